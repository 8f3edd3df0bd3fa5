package org.hubdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import static org.hubdesk.ui.meetings.MeetingsTables.column;
import static org.hubdesk.ui.meetings.MeetingsTables.groupNames;
import static org.hubdesk.ui.meetings.MeetingsTables.reloadWhenChosen;

import org.hubdesk.domain.meetings.AttendanceReport;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;

/** The Meetings area's attendance record tab: who came to the meetings held in a period, by member and by agency. */
final class AttendancePane {
    /** Below this share of meetings attended the chair reports a member "by exception" (seed 004 Appendix A §3). */
    private static final int EXCEPTION_PERCENT = 75;

    private AttendancePane() {
    }

    /** The tab's content; it reloads whenever its tab is chosen. */
    static Node build(MeetingsViewModel model, TabPane root) {
        ComboBox<Group> group = new ComboBox<>(model.groups);
        group.setPromptText("All groups");
        group.setConverter(groupNames("All groups"));
        LocalDate today = model.context.today();
        DatePicker from = org.hubdesk.ui.common.DatePickers.iso(today.minusYears(1));
        DatePicker to = org.hubdesk.ui.common.DatePickers.iso(today);
        Button count = new Button("Count");
        count.setDefaultButton(false);
        Runnable reload = () -> model.loadAttendance(group.getValue(), from.getValue(), to.getValue());
        count.setOnAction(e -> reload.run());
        Label summary = new Label();
        summary.setWrapText(true);

        TableView<AttendanceReport.MemberTally> members = new TableView<>();
        members.setId("attendance-members");
        members.getColumns().setAll(List.of(
                column("Member", 170, (AttendanceReport.MemberTally m) -> m.name()),
                column("Agency", 190, AttendanceReport.MemberTally::agencyName),
                column("Group", 170, AttendanceReport.MemberTally::groupName),
                column("Meetings", 70, m -> String.valueOf(m.meetings())),
                column("Present", 65, m -> String.valueOf(m.present())),
                column("Deputy", 60, m -> String.valueOf(m.deputy())),
                column("Apologies", 75, m -> String.valueOf(m.apologies())),
                column("Absent", 60, m -> String.valueOf(m.absent())),
                column("Not recorded", 90, m -> String.valueOf(m.notRecorded())),
                // Colour is never the only signal: a low figure also says so.
                column("Attended", 120, m -> m.percent() + "%" + (m.percent() < EXCEPTION_PERCENT ? " (below " + EXCEPTION_PERCENT + "%)" : ""))));
        members.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(AttendanceReport.MemberTally m, boolean empty) {
                super.updateItem(m, empty);
                setStyle(!empty && m != null && m.percent() < EXCEPTION_PERCENT ? "-fx-background-color: #fde8e8;" : "");
            }
        });
        TableView<AttendanceReport.AgencyTally> agencies = new TableView<>();
        agencies.setId("attendance-agencies");
        agencies.getColumns().setAll(List.of(
                column("Agency", 220, (AttendanceReport.AgencyTally a) -> a.agencyName()),
                column("Meetings", 70, a -> String.valueOf(a.meetings())),
                column("Represented", 90, a -> String.valueOf(a.represented())),
                column("Share", 60, a -> a.percent() + "%")));
        model.attendance.addListener((o, a, r) -> {
            if (r == null) {
                return;
            }
            members.getItems().setAll(r.members());
            agencies.getItems().setAll(r.agencies());
            summary.setText(r.meetings() + " held meetings. Highlighted and marked \"below\": members attending (in person or by deputy) fewer than "
                    + EXCEPTION_PERCENT + "% of their meetings – " + r.below(EXCEPTION_PERCENT).size() + " to report by exception.");
        });
        HBox filters = new HBox(8, new Label("Group"), group, new Label("From"), from, new Label("to"), to, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        SplitPane tables = new SplitPane(members, agencies);
        tables.setDividerPositions(0.7);
        VBox box = new VBox(8, filters, summary, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        reloadWhenChosen(root, 2, reload);
        return box;
    }
}
