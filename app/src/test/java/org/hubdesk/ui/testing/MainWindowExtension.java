package org.hubdesk.ui.testing;

import javafx.stage.Stage;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX's {@code ApplicationExtension} for {@link MainWindowScreenTest}s: it starts each test's
 * window with the test's {@link MainWindowScreenTest#start(Stage)}, inherited or overridden (TestFX's
 * own extension only calls a {@code @Start} declared in the test class itself, so every screen test
 * had to repeat one), and fills the class's store with its {@link MainWindowScreenTest.WindowOn}
 * data before the toolkit starts: the demo can take longer to make than TestFX allows a start.
 */
public final class MainWindowExtension implements TestInstancePostProcessor, BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final FxRobot robot = new FxRobot();
    private ApplicationFixture fixture;

    @Override
    public void beforeAll(ExtensionContext context) {
        Data data = MainWindowScreenTest.dataOf(context.getRequiredTestClass());
        if (data != null) {
            MainWindowScreenTest.fillBeforeStart(data);
        }
    }

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) {
        MainWindowScreenTest screen = (MainWindowScreenTest) test;
        fixture = new ApplicationFixture() {
            @Override
            public void init() {
            }

            @Override
            public void start(Stage stage) {
                screen.start(stage);
            }

            @Override
            public void stop() {
            }
        };
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new ApplicationAdapter(fixture));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupAfterTest(robot, new ApplicationAdapter(fixture));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }
}
