package org.hubdesk.ui.meetings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.common.Converters;

/** Table columns, name converters and the reload on showing that the Meetings area's tabs share. */
final class MeetingsTables {
    private MeetingsTables() {
    }

    static <T> TableColumn<T, String> column(String name, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        return c;
    }

    /** Runs {@code reload} each time the area's tab at {@code index} is chosen. */
    static void reloadWhenChosen(TabPane tabs, int index, Runnable reload) {
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() == index) {
                reload.run();
            }
        });
    }

    static StringConverter<Group> groupNames(String none) {
        return Converters.showing(Group::name, none);
    }
}
