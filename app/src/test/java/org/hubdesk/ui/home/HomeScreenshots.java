package org.hubdesk.ui.home;

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
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;

/**
 * Not a test: run under Xvfb to look at Home with the demo partnership
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.reviews.HomeScreenshots OUTDIR}).
 */
public final class HomeScreenshots {
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
            HomeScreenshots.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("home-shots");
        Services services = Services.open(data, null);
        services.demo().createDemo(0, LocalDate.now());
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(m -> { }), () -> stage, Clock.systemDefaultZone());
        MainWindow.AppCommands none = new MainWindow.AppCommands() {
            @Override
            public void newDatabase() {
            }

            @Override
            public void openDatabase() {
            }

            @Override
            public void backUpNow() {
            }

            @Override
            public void about() {
            }

            @Override
            public void exit() {
            }
        };
        MainWindow window = new MainWindow(context, none, "Northbridge Safeguarding Children Partnership");
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        later(800, () -> shot(scene, "home.png"));
        later(1200, () -> window.show(Area.GOVERNANCE));
        later(1800, () -> shot(scene, "governance.png"));
        later(1900, () -> scene.getRoot().lookupAll("#governance-area .scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        later(2100, () -> shot(scene, "governance-flow.png"));
        later(2200, () -> window.open(org.hubdesk.domain.home.DuePlace.GROUP, services.governance().groupNamed("Learning Hub").id()));
        later(2600, () -> shot(scene, "members-from-home.png"));
        later(2700, () -> {
            javafx.scene.control.Button terms = (javafx.scene.control.Button) scene.lookup("#group-terms");
            Platform.runLater(terms::fire);
        });
        later(3400, () -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).findFirst()
                .ifPresent(w -> shot(w.getScene(), "terms.png")));
        later(4000, () -> {
            services.close();
            Platform.exit();
        });
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
