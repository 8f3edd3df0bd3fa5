package org.hubdesk.ui.reviews;

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
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.shell.UiContext;

/**
 * Not a test: run under Xvfb to look at the Case reviews screen with the demo's reviews
 * ({@code xvfb-run -a java -cp ... org.hubdesk.ui.reviews.CaseReviewScreenshots OUTDIR}).
 */
public final class CaseReviewScreenshots {
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
            CaseReviewScreenshots.start(stage);
        }
    }

    static void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("review-shots");
        Services services = Services.open(data, null);
        services.demo().createDemo(0, LocalDate.now());
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(m -> { }), () -> stage, Clock.systemDefaultZone());
        MainWindow.AppCommands none = new org.hubdesk.ui.testing.ScreenSupport.NoCommands();
        MainWindow window = new MainWindow(context, none, "Northbridge Safeguarding Children Partnership");
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.show(Area.CASE_REVIEWS);
        CaseReviewsViewModel model = ((CaseReviewsView) window.view(Area.CASE_REVIEWS)).model();
        later(800, () -> select(model, r -> r.status() == ReviewStatus.IN_PROGRESS && r.kind() == ReviewKind.RAPID_REVIEW));
        later(1400, () -> shot(scene, "case-reviews.png"));
        later(1800, () -> select(model, r -> r.kind() == ReviewKind.LCSPR && r.status() == ReviewStatus.IN_PROGRESS));
        later(2400, () -> shot(scene, "case-reviews-lcspr.png"));
        later(2600, () -> {
            for (javafx.scene.Parent p = scene.lookup("#lcspr-details").getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane s) {
                    s.setVvalue(1.0);
                    break;
                }
            }
        });
        later(3000, () -> shot(scene, "case-reviews-lcspr-follow-up.png"));
        later(3400, () -> {
            services.close();
            Platform.exit();
        });
    }

    private static void select(CaseReviewsViewModel model, java.util.function.Predicate<CaseReview> which) {
        model.reviews().stream().filter(which).findFirst().ifPresent(r -> model.selectedProperty().set(r));
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
