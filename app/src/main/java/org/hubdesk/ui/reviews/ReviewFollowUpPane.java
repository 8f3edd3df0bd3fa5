package org.hubdesk.ui.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.ui.common.Controls;

/**
 * The lower half of a chosen review: an LCSPR's commissioning, milestones and actions, a
 * seriously good review's briefing, and every review's learning with "Send to the learning
 * tracker". Built fresh each time a review is shown; the state is in {@link ReviewFollowUpModel}.
 */
final class ReviewFollowUpPane {
    private ReviewFollowUpPane() {
    }

    static List<Node> build(ReviewFollowUpModel m, CaseReviewService.Detail d, LocalDate today) {
        CaseReview r = d.review();
        List<Node> out = new ArrayList<>();
        if (r.kind() == ReviewKind.LCSPR) {
            out.add(lcspr(m, r.id()));
        }
        if (r.kind() == ReviewKind.LCSPR || r.kind() == ReviewKind.SINGLE_AGENCY || !d.milestones().isEmpty()) {
            out.add(milestones(m, r.id(), d.milestones(), today));
        }
        if (r.kind() != ReviewKind.LED_ELSEWHERE || !d.actions().isEmpty()) {
            out.add(actions(m, r.id(), d.actions(), today));
        }
        if (r.kind() == ReviewKind.SERIOUSLY_GOOD) {
            out.add(briefing(m, r.id()));
        }
        out.add(learning(m, r.id()));
        return out;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(26);
        f.setAccessibleText(accessible);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static DatePicker date(String id, javafx.beans.property.ObjectProperty<LocalDate> value, String name) {
        return org.hubdesk.ui.common.DatePickers.iso(id, value, name);
    }

    private static Node lcspr(ReviewFollowUpModel m, long id) {
        GridPane g = Controls.sectionGrid();
        CheckBox independent = new CheckBox("Independent reviewer");
        independent.setId("lcspr-independent");
        independent.selectedProperty().bindBidirectional(m.independent);
        g.addRow(0, new Label("Commissioned on:"), date("lcspr-commissioned", m.commissionedOn, "Commissioned on"));
        g.addRow(1, new Label("Reviewer:"), field("lcspr-reviewer", m.reviewer, "Reviewer"));
        g.add(independent, 1, 2);
        g.addRow(3, new Label("Published on:"), date("lcspr-published", m.publishedOn, "Published on"));
        g.add(Controls.rowButton("save-lcspr", "Save LCSPR details", () -> m.saveLcsprDetails(id)), 1, 4);
        return Controls.section("lcspr-details", "LCSPR commissioning and publication", g);
    }

    /** A section's list: one node per item, or {@code none} when there are none (a form may follow). */
    private static <T> VBox lines(List<T> items, String none, java.util.function.Function<T, Node> line) {
        VBox box = new VBox(6);
        if (items.isEmpty()) {
            box.getChildren().add(new Label(none));
        }
        for (T item : items) {
            box.getChildren().add(line.apply(item));
        }
        return box;
    }

    private static Node milestones(ReviewFollowUpModel m, long id, List<Milestone> list, LocalDate today) {
        VBox box = lines(list, "No milestones yet: add the review's stages below (scoping, panel, report, publication).", x -> {
            String state = x.doneOn() != null ? "done " + x.doneOn() : x.overdue(today) ? "overdue" : "open";
            Label line = new Label(x.title() + " · due " + (x.dueOn() == null ? "-" : x.dueOn()) + " · " + state);
            line.setWrapText(true);
            HBox row = new HBox(8, line);
            HBox.setHgrow(line, javafx.scene.layout.Priority.ALWAYS);
            if (x.doneOn() == null) {
                Button done = Controls.rowButton("milestone-done-" + x.id(), "Done today", () -> m.markMilestoneDone(id, x.id(), today));
                done.setAccessibleText("Mark " + x.title() + " done today");
                row.getChildren().add(done);
            }
            return row;
        });
        GridPane add = Controls.sectionGrid();
        add.addRow(0, new Label("Milestone:"), field("milestone-title", m.milestoneTitle, "Milestone"));
        add.addRow(1, new Label("Due on:"), date("milestone-due", m.milestoneDue, "Milestone due on"));
        add.add(Controls.rowButton("add-milestone", "Add milestone", () -> m.addMilestone(id)), 1, 2);
        box.getChildren().add(add);
        return Controls.section("milestones", "Milestones", box);
    }

    private static Node actions(ReviewFollowUpModel m, long id, List<ActionItem> list, LocalDate today) {
        VBox box = lines(list, "No recommendations or actions yet.", a -> {
            Label line = new Label(a.description() + (a.leadText() == null ? "" : " – " + a.leadText())
                    + (a.timescale() == null ? "" : ", due " + a.timescale()) + " · " + a.statusLabel(today).toLowerCase(Locale.ROOT));
            line.setWrapText(true);
            return line;
        });
        TextField when = field("action-timescale", m.actionTimescale, "Action timescale");
        when.setPrefColumnCount(9);
        when.setPromptText("2027-06 or 2027-06-01");
        GridPane g = Controls.sectionGrid();
        g.addRow(0, new Label("Action:"), field("action-text", m.actionText, "Action"));
        g.addRow(1, new Label("Lead:"), field("action-lead", m.actionLead, "Action lead"));
        g.addRow(2, new Label("Timescale:"), when);
        g.add(Controls.rowButton("add-action", "Add action", () -> m.addAction(id)), 1, 3);
        box.getChildren().add(g);
        return Controls.section("review-actions", "Recommendations and actions (shared action log)", box);
    }

    private static Node briefing(ReviewFollowUpModel m, long id) {
        GridPane g = Controls.sectionGrid();
        g.addRow(0, new Label("Shared at:"), field("shared-at", m.sharedAt, "Shared at meeting"));
        g.addRow(1, new Label("Briefing session:"), date("briefing-on", m.briefingOn, "Briefing session date"));
        g.add(Controls.rowButton("save-briefing", "Save briefing", () -> m.saveBriefing(id)), 1, 2);
        return Controls.section("briefing", "Sharing and briefing session (seed 002 section 7)", g);
    }

    private static Node learning(ReviewFollowUpModel m, long id) {
        TextArea text = new TextArea();
        text.setId("review-learning");
        text.setAccessibleText("What the review has taught");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(m.learning);
        Label note = new Label("Saved learning is noted at the next Multi-Agency Learning Forum under "
                + "\"Noting current and pending learning reviews\".");
        note.setWrapText(true);
        HBox buttons = new HBox(8, Controls.rowButton("save-learning", "Save learning", () -> m.saveLearning(id)),
                Controls.rowButton("send-to-tracker", "Send to the learning tracker", () -> m.sendToTracker(id)));
        return Controls.section("review-learning-pane", "Learning from this review", new VBox(6, text, note, buttons));
    }
}
