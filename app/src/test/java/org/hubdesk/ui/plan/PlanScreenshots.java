package org.hubdesk.ui.plan;

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
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;

/**
 * Not a test: run under Xvfb to look at the editor at 1366x768 with the demo plan
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.plan.PlanScreenshots OUTDIR}).
 */
public final class PlanScreenshots {
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
            PlanScreenshots.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("plan-shots");
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
        window.show(Area.DELIVERY_PLANS);
        DeliveryPlanView view = (DeliveryPlanView) window.view(Area.DELIVERY_PLANS);
        later(800, () -> shot(scene, "1-top.png"));
        later(1200, () -> view.scrollTo(DeliveryPlanSection.SELF_ASSESSMENT));
        later(1800, () -> shot(scene, "2-middle.png"));
        later(2200, () -> view.scrollTo(DeliveryPlanSection.ACTION_PLAN));
        later(2800, () -> shot(scene, "3-actions.png"));
        later(3200, () -> view.model().compare(view.model().versions().get(0), null));
        later(3800, () -> shot(scene, "4-compare.png"));
        later(4200, () -> {
            view.model().comparisonProperty().set(null);
            view.model().openVersion(view.model().versions().get(0));
        });
        later(4800, () -> shot(scene, "5-version.png"));
        later(5200, () -> {
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
