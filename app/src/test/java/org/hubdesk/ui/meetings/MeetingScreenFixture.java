package org.hubdesk.ui.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.Services;
import org.hubdesk.ui.common.BackgroundTasks;
import org.hubdesk.ui.shell.UiContext;

/**
 * The meeting screen tests' shared set-up: a demo store with one new meeting today, made before
 * the stage (outside TestFX's set-up timeout, slow on a loaded machine), and the meetings screen
 * showing it, with any background error failing the test.
 */
final class MeetingScreenFixture {
    private MeetingScreenFixture() {
    }

    /** Fills {@code services} with the demo and plans a meeting of {@code group} today at {@code start}. */
    static MeetingDetail demoMeeting(Services services, String group, LocalTime start) {
        services.demo().createDemo(0, LocalDate.now());
        return plan(services, group, start);
    }

    /** Plans a meeting of {@code group} today at {@code start} in a store that has the demo already. */
    static MeetingDetail plan(Services services, String group, LocalTime start) {
        long groupId = services.members().groupNamed(group).id();
        return services.meetings().newMeeting(groupId, LocalDate.now(), start, "Civic Offices");
    }

    /** Shows the meetings screen on {@code stage} with {@code meeting} selected. */
    static MeetingsView show(Stage stage, Services services, MeetingDetail meeting) {
        return show(stage, services, meeting, m -> {
            throw new AssertionError(m);
        });
    }

    /** As {@link #show(Stage, Services, MeetingDetail)}, the app's error messages going to {@code errors}. */
    static MeetingsView show(Stage stage, Services services, MeetingDetail meeting, java.util.function.Consumer<String> errors) {
        UiContext context = new UiContext(services, BackgroundTasks.sameThread(errors), () -> stage, Clock.systemDefaultZone());
        MeetingsView view = new MeetingsView(context);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
        view.shown();
        view.model().select(meeting.meeting().id());
        return view;
    }
}
