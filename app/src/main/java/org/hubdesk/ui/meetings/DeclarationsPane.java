package org.hubdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.meetings.InterestDeclaration;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.common.Converters;

/**
 * The chosen meeting's declarations of interest, per member and per item, as the minutes print
 * them; one can be added (before the meeting, or after it from the notes) or removed if made in error.
 */
final class DeclarationsPane {
    private record Choice(Long itemId, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private record Line(InterestDeclaration declaration, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private DeclarationsPane() {
    }

    static Node build(MeetingsViewModel model) {
        ListView<Line> list = new ListView<>();
        list.setId("declarations-list");
        list.setAccessibleText("Declarations of interest");
        list.setPlaceholder(new Label("None declared. The chair asks at \"Welcome, introductions, apologies\" (Ctrl+I in live mode)."));
        ComboBox<RegisterEntry> member = new ComboBox<>();
        member.setId("declaration-member");
        member.setPromptText("Member");
        member.setAccessibleText("Member declaring");
        member.setConverter(Converters.showing(e -> e.personName() + " (" + e.agencyName() + ")", ""));
        ComboBox<Choice> item = new ComboBox<>();
        item.setId("declaration-item");
        item.setAccessibleText("Agenda item");
        TextField text = new TextField();
        text.setId("declaration-text");
        text.setPromptText("The interest");
        text.setAccessibleText("The interest");
        HBox.setHgrow(text, Priority.ALWAYS);
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        Button add = new Button("Add declaration");
        add.setId("declaration-add");
        add.setOnAction(e -> {
            if (member.getValue() == null) {
                error.setText("Choose the member who declares the interest");
                return;
            }
            model.declareInterest(member.getValue().personId(), item.getValue() == null ? null : item.getValue().itemId(), text.getText(),
                    () -> {
                        text.clear();
                        error.setText("");
                    }, error::setText);
        });
        Button remove = new Button("Remove (made in error)");
        remove.setId("declaration-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.withdrawDeclaration(list.getSelectionModel().getSelectedItem().declaration().id()));
        model.detail.addListener((o, a, d) -> show(d, list, member, item));
        show(model.detail.get(), list, member, item);
        HBox form = new HBox(8, member, item, text, add);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, list, form, new HBox(8, remove, error));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static void show(MeetingDetail d, ListView<Line> list, ComboBox<RegisterEntry> member, ComboBox<Choice> item) {
        if (d == null) {
            list.getItems().clear();
            return;
        }
        member.getItems().setAll(d.expected());
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, "The meeting as a whole"));
        for (int i = 0; i < d.items().size(); i++) {
            choices.add(new Choice(d.items().get(i).id(), (i + 1) + ". " + d.items().get(i).title()));
        }
        item.getItems().setAll(choices);
        item.setValue(choices.get(0));
        List<Line> lines = new ArrayList<>();
        for (InterestDeclaration x : d.declarations()) {
            String where = choices.stream().filter(c -> java.util.Objects.equals(c.itemId(), x.agendaItemId())).map(Choice::text)
                    .findFirst().orElse("");
            lines.add(new Line(x, d.registerNames().getOrDefault(x.personId(), "A member") + " – " + where + ": " + x.text()));
        }
        list.getItems().setAll(lines);
    }
}
