package org.hubdesk.ui.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.hubdesk.service.Services;
import org.hubdesk.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared setup of the TestFX tests of the main window: one store in a temp folder for the
 * test class (filled once, with the demo or an empty partnership; or a fresh one per test with
 * {@link #openOwn}), the main window on it at 1280x800, background failures collected in
 * {@link #errors}. A subclass names its data with {@code @WindowOn(Data.DEMO)}, or overrides
 * {@link #start(Stage)} for another size or a store of each test's own; {@link MainWindowExtension}
 * calls it as TestFX calls a {@code @Start} method.
 */
@ExtendWith(MainWindowExtension.class)
public abstract class MainWindowScreenTest {
    /** What the class's store is filled with (before the toolkit starts) and the window shows, at 1280x800. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface WindowOn {
        Data value();
    }

    /** What a new store is filled with. */
    public enum Data {
        DEMO, EMPTY,
        /** Nothing: the test makes its partnership itself, with the window open. */
        NONE;

        /** Opens the store in {@code folder}, filling it with this the first time (a store already filled is left as it is). */
        public Services open(Path folder) {
            Services services = Services.open(folder, null);
            if (this == NONE || services.demo().hasPartnership()) {
                return services;
            }
            if (this == DEMO) {
                services.demo().createDemo(0, LocalDate.now());
            } else {
                services.demo().createEmpty("Test partnership");
            }
            return services;
        }
    }

    @TempDir
    protected static Path dir;

    /** A folder of each test's own: for a store per test ({@link #openOwn}) or files the test writes. */
    @TempDir
    protected Path testDir;

    protected Services services;
    protected MainWindow window;
    protected Stage stage;
    protected final List<String> errors = new ArrayList<>();

    /** Shows the window on the class's {@link WindowOn} data, or only keeps the stage; TestFX's start, run by {@link MainWindowExtension}. */
    protected void start(Stage stage) {
        Data data = dataOf(getClass());
        if (data == null) {
            // No @WindowOn: the test opens its store and the window itself (openLater), after the toolkit started.
            this.stage = stage;
            return;
        }
        open(stage, data);
    }

    /** The data the test class names with {@link WindowOn}, or null. */
    static Data dataOf(Class<?> testClass) {
        WindowOn on = testClass.getAnnotation(WindowOn.class);
        return on == null ? null : on.value();
    }

    /** Opens the class's store (filling it the first time) and shows the main window in the stage. */
    protected void open(Stage stage, Data data) {
        open(stage, data, 1280, 800);
    }

    /** As {@link #open(Stage, Data)}, the window this size (1280x768: the laptop layout). */
    protected void open(Stage stage, Data data, double width, double height) {
        open(stage, dir, data, width, height);
    }

    /** As {@link #open(Stage, Data, double, double)} on a store of this test's own in {@link #testDir}: for tests that each need a fresh one. */
    protected void openOwn(Stage stage, Data data, double width, double height) {
        open(stage, testDir, data, width, height);
    }

    private void open(Stage stage, Path folder, Data data, double width, double height) {
        this.stage = stage;
        services = data.open(folder);
        window = ScreenSupport.window(stage, services, errors, width, height);
    }

    /** For a class without {@link WindowOn}: opens the store in {@code folder} from the test, then {@link #showWindow}. */
    protected void openLater(FxRobot robot, Path folder, Data data) {
        services = data.open(folder);
        showWindow(robot);
    }

    /** Shows the main window on {@link #services} at 1280x800, from the test thread. */
    protected void showWindow(FxRobot robot) {
        robot.interact(() -> window = ScreenSupport.window(stage, services, errors, 1280, 800));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Fills the class's store before the toolkit starts (from {@link MainWindowExtension}): the data
     * can take longer to make than TestFX allows a start (the demo on a busy machine).
     */
    static void fillBeforeStart(Data data) {
        data.open(dir).close();
    }

    @AfterEach
    void closeStore() {
        if (services != null) {
            services.close();
        }
    }
}
