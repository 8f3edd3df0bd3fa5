package org.hubdesk.ui.meetings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.hubdesk.domain.members.Group;

/** Table columns and name converters shared by the Meetings area's tabs. */
final class MeetingsTables {
    private MeetingsTables() {
    }

    static <T> TableColumn<T, String> column(String name, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue() == null ? "" : value.apply(cd.getValue())));
        return c;
    }

    static StringConverter<Group> groupNames(String none) {
        return names(Group::name, none);
    }

    static <T> StringConverter<T> names(Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? none : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
