package org.hubdesk.ui.hub;

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
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.plan.PlanSummary;
import org.hubdesk.service.Services;
import org.hubdesk.service.demo.DemoService;
import org.hubdesk.service.plan.DeliveryPlanDemo;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;

/**
 * Not a test: run under Xvfb to look at the hub timeline of the demo at 1280x800, the delivery
 * plan's cycle selected in its audits month, Learning Hub meetings marked
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.hub.TimelineScreenshots OUTDIR}); the README's
 * docs/screenshots/hub-timeline.png comes from here.
 */
public final class TimelineScreenshots {
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
            TimelineScreenshots.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("hubdemo");
        Services services = Services.open(data, null);
        services.demo().createDemo(0, LocalDate.now());
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(m -> { }), () -> stage, Clock.systemDefaultZone());
        MainWindow window = new MainWindow(context, new MainWindow.AppCommands() {
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
        }, DemoService.DEMO_PARTNERSHIP);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.show(Area.HUB_TIMELINE);
        TimelineView view = (TimelineView) window.view(Area.HUB_TIMELINE);
        PlanSummary plan = services.plans().plans().stream().filter(p -> DeliveryPlanDemo.DEMO_PRIORITY.equals(p.priorityTitle()))
                .findFirst().orElseThrow();
        HubCycle cycle = services.hub().programme().cycle(plan.hubCycleId()).orElseThrow();
        // Zoomed out so the whole partnership year and the programme running into next year show at once.
        later(600, () -> view.model().monthWidthProperty().set(36));
        later(900, () -> view.model().selectedPhaseIdProperty().set(cycle.phases().get(1).id()));
        later(1500, () -> shot(scene, "hub-timeline.png"));
        later(1900, () -> {
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
