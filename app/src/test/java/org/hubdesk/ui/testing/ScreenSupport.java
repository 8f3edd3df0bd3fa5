package org.hubdesk.ui.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hubdesk.service.Services;
import org.hubdesk.service.demo.DemoService;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.UiContext;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screen tests and screenshot harnesses share: a main window with no File-menu effects,
 * scrolling a node into view, and {@link Shots}, the harness that photographs the demo's screens.
 */
public final class ScreenSupport {
    private ScreenSupport() {
    }

    /** Scrolls the nearest scroll pane so the node is in view, as a user would, and returns it. */
    public static Node visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = null;
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane s) {
                    scroll = s;
                    break;
                }
            }
            if (scroll == null) {
                return;
            }
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / extra)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /**
     * The context a screen or view model under test runs in: background work on the calling thread,
     * its failure messages to {@code errors}, dialogs owned by {@code stage} (null: no window).
     */
    public static UiContext context(Stage stage, Services services, Consumer<String> errors) {
        return new UiContext(services, BackgroundTasks.sameThread(errors), () -> stage, Clock.systemDefaultZone());
    }

    /** A main window on this stage over these services, background work on the test thread, its failures into {@code errors}. */
    public static MainWindow window(Stage stage, Services services, List<String> errors, double width, double height) {
        UiContext context = context(stage, services, errors::add);
        MainWindow window = new MainWindow(context, new NoCommands(), "Test partnership");
        stage.setScene(new Scene(window.root(), width, height));
        stage.show();
        return window;
    }

    /** Styles and lays out a scene, then saves it as a PNG: for the harnesses that are run by hand under Xvfb. */
    public static void snap(Scene scene, Path file) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
    }

    /** Steps of a harness run on the FX thread; they may throw. */
    public interface FxSteps {
        void run() throws Exception;
    }

    /**
     * A harness run by hand (not a test) on the demo: {@code args} name the data folder (made or
     * reopened with {@link MainWindowScreenTest.Data#DEMO}) and the folder for its pictures.
     */
    public record Harness(Services services, Path out) {
        public static Harness demo(String[] args) throws IOException {
            Path out = Files.createDirectories(Path.of(args[1]));
            return new Harness(MainWindowScreenTest.Data.DEMO.open(Path.of(args[0])), out);
        }

        /** Starts JavaFX, runs the steps on its thread (a failure is printed, not thrown), then closes the store and stops JavaFX. */
        public void runOnce(FxSteps steps) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(1);
            Platform.startup(() -> {
                try {
                    steps.run();
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
            done.await();
            services.close();
            Platform.exit();
        }
    }

    /** Shows a view (not the main window) on the stage at this size: for the harnesses that snap one view. */
    public static Scene show(Stage stage, Node view, double width, double height) {
        Scene scene = new Scene((Parent) view, width, height);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Saves the front window (a dialog) as a picture when -Dhubdesk.screens names a folder; otherwise does nothing. */
    public static void shootFrontWindow(FxRobot robot, String name) {
        String folder = System.getProperty("hubdesk.screens");
        if (folder == null) {
            return;
        }
        robot.interact(() -> {
            Window front = Window.getWindows().get(Window.getWindows().size() - 1);
            try {
                Files.createDirectories(Path.of(folder));
                ImageIO.write(SwingFXUtils.fromFXImage(front.getScene().snapshot(null), null), "png", Path.of(folder, name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The File menu's commands, doing nothing: a screen test never opens another database. */
    public static final class NoCommands implements MainWindow.AppCommands {
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
    }

    /**
     * A screenshot harness (not a test): run its {@code main} under Xvfb to look at screens of the demo
     * data ({@code xvfb-run -a java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.ui.X OUTDIR}).
     * The script sets the screen up and takes {@link #shot}s at set times with {@link #later}; the
     * harness closes the store and exits {@link #EXIT_AFTER} ms after the last step.
     */
    public static final class Shots {
        /** Milliseconds between the last scheduled step and closing the window. */
        public static final long EXIT_AFTER = 400;
        private static Path out;
        private static Setup setup;

        private final Services services;
        private final MainWindow window;
        private final Scene scene;
        private final Stage stage;
        private long last;

        /** How a harness opens its window: data folder prefix, partnership name, size, and its script. */
        public record Setup(String tempPrefix, String partnership, int width, int height, Consumer<Shots> script) {
            /** The demo partnership on the 1366x768 laptop screen the screens are designed for. */
            public static Setup laptop(String tempPrefix, Consumer<Shots> script) {
                return new Setup(tempPrefix, DemoService.DEMO_PARTNERSHIP, 1366, 768, script);
            }
        }

        private Shots(Services services, MainWindow window, Scene scene, Stage stage) {
            this.services = services;
            this.window = window;
            this.scene = scene;
            this.stage = stage;
        }

        /** Starts JavaFX with the demo data and runs the script; args[0] is the folder for the PNGs. */
        public static void launch(String[] args, Setup how) throws IOException {
            out = Path.of(args.length > 0 ? args[0] : "target/screens");
            Files.createDirectories(out);
            setup = how;
            Application.launch(App.class, args);
        }

        /** The JavaFX application; kept apart so main can start it from a plain class path. */
        public static final class App extends Application {
            @Override
            public void start(Stage stage) throws Exception {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                Services services = Services.open(Files.createTempDirectory(setup.tempPrefix()), null);
                services.demo().createDemo(0, LocalDate.now());
                UiContext context = context(stage, services, m -> { });
                MainWindow window = new MainWindow(context, new NoCommands(), setup.partnership());
                Scene scene = new Scene(window.root(), setup.width(), setup.height());
                scene.getStylesheets().add(org.hubdesk.ui.HubdeskApp.class.getResource("hubdesk.css").toExternalForm());
                stage.setScene(scene);
                stage.show();
                Shots shots = new Shots(services, window, scene, stage);
                setup.script().accept(shots);
                shots.later(shots.last + EXIT_AFTER, () -> {
                    services.close();
                    Platform.exit();
                });
            }
        }

        public Services services() {
            return services;
        }

        public MainWindow window() {
            return window;
        }

        public Scene scene() {
            return scene;
        }

        public Stage stage() {
            return stage;
        }

        /** Shows an area of the main window and gives its view, as the script's type for it. */
        public <V> V show(Area area, Class<V> view) {
            window.show(area);
            return view.cast(window.view(area));
        }

        /** Runs a step on the FX thread ms milliseconds after the window opened. */
        public void later(long ms, Runnable step) {
            last = Math.max(last, ms);
            PauseTransition p = new PauseTransition(Duration.millis(ms));
            p.setOnFinished(e -> step.run());
            p.play();
        }

        /** Saves the main window as OUTDIR/name. */
        public void shot(String name) {
            shot(scene, name);
        }

        /** Saves another window's scene (a dialog) as OUTDIR/name. */
        public void shot(Scene of, String name) {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(of.snapshot(null), null), "png", out.resolve(name).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
