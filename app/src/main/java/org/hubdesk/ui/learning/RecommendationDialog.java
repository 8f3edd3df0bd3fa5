package org.hubdesk.ui.learning;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import org.hubdesk.domain.learning.BoardDecision;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.RecommendationLevel;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Fields;

/** Adds or edits a recommendation; a broken rule is shown in the dialog, which keeps what was typed. */
final class RecommendationDialog extends LearningItemDialog<Recommendation> {
    RecommendationDialog(LearningViewModel model, long cycleId, Recommendation listed) {
        super(model, listed == null ? null : model.recommendationForEdit(listed.id()), "recommendation",
                "What the hub learned and what it recommends to the Partnership Board");
        GridPane grid = Dialogs.formGrid();
        TextArea learned = Dialogs.row(grid, "What was learned:", area("rec-learned", existing == null ? null : existing.whatWasLearned()));
        TextArea text = Dialogs.row(grid, "Recommendation:", area("rec-text", existing == null ? null : existing.text()));
        ComboBox<RecommendationLevel> level = Dialogs.row(grid, "Level:", Fields.choice("rec-level", RecommendationLevel.values(),
                existing == null ? RecommendationLevel.OPERATIONAL : existing.level()));
        ComboBox<BoardDecision> decision = Dialogs.row(grid, "Board decision:", Fields.choice("rec-decision", BoardDecision.values(),
                existing == null ? BoardDecision.PROPOSED : existing.boardDecision()));
        DatePicker agreedOn = Dialogs.row(grid, "Agreed on:",
                org.hubdesk.ui.common.DatePickers.iso(existing == null ? null : existing.agreedOn()));
        agreedOn.setId("rec-agreed-on");
        agreedOn.disableProperty().bind(decision.valueProperty().isNotEqualTo(BoardDecision.AGREED));
        decision.valueProperty().addListener((o, a, d) -> {
            if (d == BoardDecision.AGREED && agreedOn.getValue() == null) {
                agreedOn.setValue(model.context().today());
            } else if (d != BoardDecision.AGREED) {
                agreedOn.setValue(null);
            }
        });
        Dialogs.form(this, grid, "rec", 560, () -> {
            Recommendation r = new Recommendation(existing == null ? 0 : existing.id(), cycleId, learned.getText(), text.getText(),
                    level.getValue(), decision.getValue(), agreedOn.getValue(), existing == null ? 0 : existing.sortOrder());
            save(r, model::addRecommendation, model::editRecommendation);
        });
    }

    private static TextArea area(String id, String value) {
        TextArea area = Fields.area(id, value, 4);
        area.setPrefColumnCount(40);
        return area;
    }
}
