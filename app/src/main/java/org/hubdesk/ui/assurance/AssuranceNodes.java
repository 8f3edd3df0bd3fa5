package org.hubdesk.ui.assurance;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.hubdesk.ui.common.Converters;
import org.hubdesk.ui.common.Lists;

/** Small pieces the Assurance panes and forms share: the tabs' lists, empty-state labels, heat map headers, choices with a "none" line. */
final class AssuranceNodes {
    private AssuranceNodes() {
    }

    /** A wrapped label with an id: what a pane says when it has nothing to show. */
    static Label emptyLabel(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    /**
     * The list a tab chooses from, left of the chosen item's detail: {@code items} shown by {@code text},
     * its choice and the view model's {@code chosen} kept together, {@code empty} said when there are none.
     */
    static <T> ListView<T> chooser(String id, ObservableList<T> items, Function<T, String> text, ObjectProperty<T> chosen, Label empty) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        Lists.textCells(list, text);
        list.setPlaceholder(empty);
        Lists.selectionMirrors(list, chosen);
        return list;
    }

    /** A heat map heading: the organisation column left-aligned and wide, a standard's number centred. */
    static Label header(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 4;");
        l.setMinWidth(text.length() > 3 ? 260 : 54);
        l.setAlignment(text.length() > 3 ? Pos.CENTER_LEFT : Pos.CENTER);
        return l;
    }

    /** A drop-down of {@code items} headed by a "none" line ({@code noneLabel}) whose value is null. */
    static <T> ComboBox<T> choice(String id, List<T> items, String noneLabel, Function<T, String> label, T value) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Converters.showing(label, noneLabel));
        box.setValue(value);
        return box;
    }

    /** A drop-down that offers {@code names} but takes any name typed. */
    static ComboBox<String> names(String id, List<String> names, String value, String accessibleName) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(names);
        box.setEditable(true);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAccessibleText(accessibleName);
        box.getEditor().setText(value == null ? "" : value);
        return box;
    }
}
