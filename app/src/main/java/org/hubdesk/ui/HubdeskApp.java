package org.hubdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class HubdeskApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(HubdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hubdesk");
        stage.setScene(new Scene(new Label("Hubdesk"), 800, 600));
        stage.show();
    }
}
