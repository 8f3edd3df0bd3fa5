package org.hubdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The anchor of the cold-start benchmark: a JavaFX hello-world window, started the same way as the
 * app (same java, same classpath). Prints "usable EPOCH_MILLIS" once its first frame is painted
 * and the FX thread has taken one more event (as a key press would be), then exits.
 */
public final class HelloWindow {
    private HelloWindow() {
    }

    /** A plain main class, as the app's: a main class extending Application does not start from the classpath. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The hello-world window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1280, 760);
            stage.setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    StartupProbe.report("usable", System.currentTimeMillis());
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        }
    }
}
