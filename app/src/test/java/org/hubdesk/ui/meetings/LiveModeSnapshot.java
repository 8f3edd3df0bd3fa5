package org.hubdesk.ui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.Services;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.shell.UiContext;
import org.hubdesk.ui.testing.ScreenSupport;
import org.hubdesk.ui.testing.ScreenSupport.Harness;
import static org.hubdesk.ui.testing.ScreenSupport.snap;

/**
 * Not a test: renders live mode and the meetings area to PNGs for a person to look at
 * (run under xvfb-run with the jar and test classes on the class path; args: data dir, out dir).
 */
public final class LiveModeSnapshot {
    public static void main(String[] args) throws Exception {
        Harness harness = Harness.demo(args);
        Path out = harness.out();
        Services services = harness.services();
        long forum = services.members().groupNamed("Multi-Agency Learning Forum").id();
        MeetingDetail d = services.meetings().newMeeting(forum, LocalDate.now(), LocalTime.now().withSecond(0).withNano(0).minusMinutes(20),
                "Civic Offices, Committee Room 2");
        long id = d.meeting().id();
        services.meetings().startMeeting(id);
        int n = 0;
        for (RegisterEntry e : d.expected()) {
            AttendanceStatus s = n++ % 5 == 3 ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT;
            if (e.agencyKind() == org.hubdesk.domain.members.AgencyKind.POLICE) {
                s = AttendanceStatus.APOLOGIES;
            }
            services.meetings().checkIn(id, e.personId(), s, null, null);
        }
        // Item 4 began 33 minutes ago (planned 30): the clock shows the overrun in red.
        services.meetings().goToItem(id, d.items().get(3).id());
        services.database().run(ctx -> ctx.execute("update meeting set current_item_started_at = dateadd('MINUTE', -33, current_timestamp) where id = " + id));
        services.meetings().recordDecision(id, d.items().get(3).id(), "Agreed a learning event on strategy discussions in the spring");
        services.meetings().recordNote(id, d.items().get(3).id(), "Schools were not invited to the strategy discussion");
        RegisterEntry declarant = d.expected().get(1);
        services.meetings().declareInterest(id, declarant.personId(), d.items().get(3).id(), "manages the allocated social worker");

        harness.runOnce(() -> {
            Stage stage = new Stage();
            UiContext context = ScreenSupport.context(stage, services, m -> { });
            LiveMeetingViewModel model = new LiveMeetingViewModel(context, id);
            LiveMeetingView live = new LiveMeetingView(model, () -> { });
            Scene scene = ScreenSupport.show(stage, live.node(), 1366, 768);
            model.start();
            model.tick();
            snap(scene, out.resolve("live-mode.png"));

            Stage second = new Stage();
            MeetingsView meetings = new MeetingsView(context);
            Scene s2 = ScreenSupport.show(second, meetings.node(), 1280, 800);
            meetings.shown();
            meetings.model().select(services.meetings().meetings(forum).stream()
                    .filter(m -> m.meeting().meetingDate().isAfter(LocalDate.now())).findFirst().orElseThrow().meeting().id());
            snap(s2, out.resolve("agenda-builder.png"));
        });
    }

}
