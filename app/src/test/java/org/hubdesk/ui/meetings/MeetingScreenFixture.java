package org.hubdesk.ui.meetings;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.service.Services;
import org.hubdesk.testing.DemoData;
import org.hubdesk.ui.shell.UiContext;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The meeting screen tests' shared set-up: a demo store with one new meeting today, made before
 * the stage (outside TestFX's set-up timeout, slow on a loaded machine), and the meetings screen
 * showing it, with any background error failing the test. As an extension it is the whole set-up
 * of a test class: {@code @RegisterExtension static final MeetingScreenFixture MEETING =
 * new MeetingScreenFixture("Learning Hub", LocalTime.of(14, 0));} and {@code MEETING.show(stage)}
 * in its {@code @Start}.
 */
final class MeetingScreenFixture implements BeforeAllCallback, AfterAllCallback {
    private final DemoData demo = new DemoData(0);
    private final String group;
    private final LocalTime start;
    private MeetingDetail meeting;

    /** The demo with a meeting of {@code group} planned today at {@code start}, for one test class. */
    MeetingScreenFixture(String group, LocalTime start) {
        this.group = group;
        this.start = start;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        demo.beforeAll(context);
        meeting = plan(demo.services(), group, start);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        demo.afterAll(context);
    }

    Services services() {
        return demo.services();
    }

    /** The meeting planned, as it was when planned. */
    MeetingDetail meeting() {
        return meeting;
    }

    /** Shows the meetings screen on {@code stage} with the meeting selected. */
    MeetingsView show(Stage stage) {
        return show(stage, services(), meeting);
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
        UiContext context = ScreenSupport.context(stage, services, errors);
        MeetingsView view = new MeetingsView(context);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
        view.shown();
        view.model().select(meeting.meeting().id());
        return view;
    }
}
