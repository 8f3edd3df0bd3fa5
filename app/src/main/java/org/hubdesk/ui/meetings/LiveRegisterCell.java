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
            ToggleButton t = new ToggleButton(look(s).label());
            t.setId("attend-" + s.name().toLowerCase(Locale.ROOT) + "-" + e.personId());
            t.setToggleGroup(group);
            t.setFocusTraversable(false);
            t.setSelected(a != null && a.status() == s);
            t.setStyle("-fx-font-size: 1em;" + (t.isSelected() ? " -fx-text-fill: white; -fx-font-weight: bold; -fx-background-color: "
                    + look(s).colour() + ";" : ""));
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

    /** How an attendance shows on its toggle: a short label, and the colour of the toggle when chosen. */
    private record Look(String label, String colour) {
    }

    private static Look look(AttendanceStatus s) {
        return switch (s) {
            case PRESENT -> new Look("Present", "#1f7a4d");
            case APOLOGIES -> new Look("Apologies", "#a86b00");
            case DEPUTY_ATTENDING -> new Look("Deputy", "#2f5f9e");
            case ABSENT -> new Look("Absent", "#a83232");
        };
    }
}
