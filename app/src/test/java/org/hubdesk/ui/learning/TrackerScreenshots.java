package org.hubdesk.ui.learning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;
import org.hubdesk.ui.testing.ScreenSupport.NoCommands;

/**
 * Not a test: run under Xvfb to look at the learning tracker with the demo's records
 * ({@code xvfb-run -a java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.ui.learning.TrackerScreenshots OUTDIR}).
 */
public final class TrackerScreenshots {
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "target/screens");
        Files.createDirectories(out);
        Application.launch(App.class, args);
    }

    /** The JavaFX application; kept apart so main can start it from a plain class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            TrackerScreenshots.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Services services = Services.open(Files.createTempDirectory("tracker-shots"), null);
        services.demo().createDemo(0, LocalDate.now());
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(m -> { }), () -> stage, Clock.systemDefaultZone());
        MainWindow window = new MainWindow(context, new NoCommands(), "Northbridge Safeguarding Children Partnership");
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.show(Area.LEARNING);
        LearningView area = (LearningView) window.view(Area.LEARNING);
        area.showTracker(true);
        TrackerViewModel model = area.tracker().model();
        later(800, () -> model.lines().stream().filter(l -> l.stage() == LearningStage.DISSEMINATING).findFirst()
                .ifPresent(l -> model.selectedProperty().set(l)));
        later(1500, () -> shot(scene, "learning-tracker.png"));
        later(1600, () -> {
            if (System.getProperty("debugWidths") != null) {
                dump(scene.lookup("#tracker-heading").getParent(), 0);
            }
        });
        later(1900, () -> {
            services.close();
            Platform.exit();
        });
    }

    private static void dump(javafx.scene.Node n, int depth) {
        if (depth > 6 || !(n instanceof javafx.scene.layout.Region r)) {
            return;
        }
        System.out.println("  ".repeat(depth) + r.getClass().getSimpleName() + " " + r.getId() + " min=" + Math.round(r.minWidth(-1)) + " w=" + Math.round(r.getWidth()));
        r.getChildrenUnmodifiable().forEach(c -> dump(c, depth + 1));
    }

    private static void later(long ms, Runnable r) {
        javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(ms));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void shot(Scene scene, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
