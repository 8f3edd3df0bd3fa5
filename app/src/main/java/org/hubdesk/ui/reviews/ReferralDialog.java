package org.hubdesk.ui.reviews;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.reviews.CaseReference;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.ui.common.CheckedDialog;
import org.hubdesk.ui.common.Fields;

/**
 * Corrects a referral's title, case reference, referrer and agencies. Saved against the review as
 * opened: a colleague's save in between is refused in the dialog, with both versions, the typing kept.
 */
final class ReferralDialog {
    private ReferralDialog() {
    }

    static Dialog<Boolean> create(Window owner, CaseReviewsViewModel model, Versioned<CaseReview> opened) {
        CaseReview r = opened.value();
        TextField title = field("referral-title", r.title());
        TextField reference = field("referral-reference", r.caseReference());
        reference.setPromptText(CaseReference.NEVER_A_NAME);
        TextField by = field("referral-referred-by", r.referredBy());
        TextField agencies = field("referral-agencies", r.agencies());
        GridPane grid = CheckedDialog.grid();
        grid.addRow(0, new Label("Title:"), title);
        grid.addRow(1, new Label("Case reference:"), reference);
        grid.addRow(2, new Label("Referred by:"), by);
        grid.addRow(3, new Label("Agencies involved:"), agencies);
        return CheckedDialog.create(owner, "Edit referral " + r.id(), grid, "referral-ok", (done, problem) ->
                model.editReferral(opened, title.getText(), reference.getText(), by.getText(), agencies.getText(), done, problem));
    }

    private static TextField field(String id, String value) {
        TextField f = Fields.text(id, value);
        f.setPrefColumnCount(36);
        return f;
    }
}
