package org.hubdesk.ui.plan;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.Controls;

/**
 * Under "Current data and performance": which performance indicators the plan pulls in (their
 * trend charts and latest values go into the plan's Word and PDF) and Choose indicators….
 */
final class PlanIndicatorsBox {
    private PlanIndicatorsBox() {
    }

    static Node of(DeliveryPlanViewModel model) {
        PlanIndicators indicators = model.indicators;
        Label chosen = new Label();
        chosen.setId("plan-indicators");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("evidence-meta");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> indicators.chosen.isEmpty()
                ? "No performance indicators chosen: Choose indicators… adds their trend charts to the plan's Word and PDF."
                : "Charts in the plan's Word and PDF: " + String.join("; ", indicators.chosen.stream().map(Indicator::name).toList()),
                indicators.chosen));
        Button choose = Controls.button("Choose indicators…", "choose-indicators",
                "Pick indicators of the multi-agency dataset (Assurance > Performance data)", () -> choose(model));
        choose.disableProperty().bind(model.readOnly.or(Bindings.isEmpty(indicators.available)));
        choose.setMinWidth(Button.USE_PREF_SIZE);
        HBox row = new HBox(8, chosen, choose);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        return row;
    }

    /** A tick box per indicator, ticked for those chosen; OK saves the ticked ones in the list's order. */
    static void choose(DeliveryPlanViewModel model) {
        PlanIndicators indicators = model.indicators;
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(6);
        String theme = null;
        for (Indicator i : indicators.available) {
            if (!i.theme().equals(theme)) {
                theme = i.theme();
                Label heading = new Label(theme);
                heading.setStyle("-fx-font-weight: bold;");
                list.getChildren().add(heading);
            }
            CheckBox box = new CheckBox(i.name());
            box.setId("indicator-" + i.id());
            box.setUserData(i.id());
            box.setSelected(indicators.chosen.stream().anyMatch(c -> c.id() == i.id()));
            boxes.add(box);
            list.getChildren().add(box);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setPrefSize(520, 380);
        scroll.setFitToWidth(true);
        Label help = new Label("The plan's Word and PDF show each ticked indicator's latest values and its trend chart.");
        help.setWrapText(true);
        CheckedDialog.create(model.context.owner().get(), "Current data and performance: indicators", new VBox(8, help, scroll),
                "indicators-ok", () -> indicators.choose(boxes.stream().filter(CheckBox::isSelected).map(b -> (Long) b.getUserData())
                        .toList())).showAndWait();
    }
}
