package org.hubdesk.ui.meetings;

import static org.hubdesk.ui.meetings.LiveMeetingView.label;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.meetings.Attendance;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.ui.common.Lists;

/** A line of live mode's register: name and agency, with one toggle per attendance status. */
final class LiveRegisterCell extends Lists.GraphicCell<RegisterEntry> {
    private final LiveMeetingViewModel model;
    private final Consumer<RegisterEntry> deputy;

    /** @param deputy opens the chair's box for the name of the deputy attending for a member */
    LiveRegisterCell(LiveMeetingViewModel model, Consumer<RegisterEntry> deputy) {
        this.model = model;
        this.deputy = deputy;
        setStyle("-fx-background-color: transparent;");
    }

    @Override
    protected Node graphic(RegisterEntry e) {
        Attendance a = model.attendanceOf(e).orElse(null);
        Label name = label(e.personName() + (e.core() ? "" : " (ad hoc)"), 18, null);
        String sub = e.agencyName() + (a != null && a.status() == AttendanceStatus.DEPUTY_ATTENDING
                ? " · deputy: " + (a.deputyName() != null ? a.deputyName() : e.deputyName()) : "");
        Label agency = label(sub, 13, null);
        agency.setStyle(agency.getStyle() + "-fx-text-fill: #aab4c3;");
        ToggleGroup group = new ToggleGroup();
        HBox toggles = new HBox(4);
        for (AttendanceStatus s : AttendanceStatus.values()) {
            ToggleButton t = new ToggleButton(shortLabel(s));
            t.setId("attend-" + s.name().toLowerCase(Locale.ROOT) + "-" + e.personId());
            t.setToggleGroup(group);
            t.setFocusTraversable(false);
            t.setSelected(a != null && a.status() == s);
            t.setStyle("-fx-font-size: 1em;" + (t.isSelected() ? " -fx-text-fill: white; -fx-font-weight: bold; -fx-background-color: "
                    + colour(s) + ";" : ""));
            t.setOnAction(ev -> {
                if (s == AttendanceStatus.DEPUTY_ATTENDING) {
                    deputy.accept(e);
                } else {
                    model.checkIn(e, s, null);
                }
            });
            toggles.getChildren().add(t);
        }
        VBox box = new VBox(2, name, agency, toggles);
        box.setPadding(new Insets(4, 0, 6, 0));
        return box;
    }

    private static String colour(AttendanceStatus s) {
        return switch (s) {
            case PRESENT -> "#1f7a4d";
            case APOLOGIES -> "#a86b00";
            case DEPUTY_ATTENDING -> "#2f5f9e";
            case ABSENT -> "#a83232";
        };
    }

    private static String shortLabel(AttendanceStatus s) {
        return switch (s) {
            case PRESENT -> "Present";
            case APOLOGIES -> "Apologies";
            case DEPUTY_ATTENDING -> "Deputy";
            case ABSENT -> "Absent";
        };
    }
}
