package org.hubdesk.ui.meetings;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.hubdesk.ui.shell.UiContext;

/** Opens the chair's live mode full screen in its own window, with its one-second clock. */
public final class LiveMeetingWindow {
    private LiveMeetingWindow() {
    }

    /**
     * @param afterClose run when the window closes (the meeting may have ended or just been left,
     *                   to resume later where it was)
     */
    public static LiveMeetingView open(UiContext context, long meetingId, Window owner, boolean fullScreen, Runnable afterClose) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        LiveMeetingViewModel model = new LiveMeetingViewModel(context, meetingId);
        LiveMeetingView view = new LiveMeetingView(model, stage::close);
        Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        stage.setOnHidden(e -> {
            ticks.stop();
            afterClose.run();
        });
        stage.setTitle("Hubdesk – live meeting");
        Scene scene = new Scene((Parent) view.node(), 1366, 768);
        // The system's text size, as the main window has it: every size in the live view is in em.
        org.hubdesk.ui.common.TextSize.follow(scene);
        stage.setScene(scene);
        // Esc cancels a capture in live mode, so full screen is left with F11 instead.
        stage.setFullScreenExitKeyCombination(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F11));
        stage.setFullScreenExitHint("F11 leaves full screen; the meeting goes on. Ctrl+E ends it.");
        stage.setFullScreen(fullScreen);
        stage.show();
        model.start();
        ticks.play();
        view.node().requestFocus();
        return view;
    }
}
