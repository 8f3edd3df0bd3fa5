package org.hubdesk.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.ui.testing.ScreenSupport.visible;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.DatePicker;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.reviews.CaseReview;
import org.hubdesk.domain.reviews.Milestone;
import org.hubdesk.domain.reviews.ReviewKind;
import org.hubdesk.domain.reviews.ReviewStatus;
import org.hubdesk.service.reviews.CaseReviewService;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user follows an LCSPR through on screen: commissioning, a milestone, an action, its learning sent on, publication. */
@WindowOn(Data.EMPTY)
class ReviewFollowUpScreenTest extends MainWindowScreenTest {
    @Test
    void anLcsprIsCommissionedGivenAMilestoneAnActionAndItsLearningThenPublished(FxRobot robot) {
        LocalDate today = LocalDate.now();
        CaseReview lcspr = services.reviews().record(ReviewKind.LCSPR, "Adolescent exploitation", "YP-12", today.minusDays(30),
                "Police", "Police; Education");
        robot.interact(() -> window.show(Area.CASE_REVIEWS));
        CaseReviewsViewModel model = ((CaseReviewsView) window.view(Area.CASE_REVIEWS)).model();
        robot.interact(() -> model.selected.set(model.reviews.stream().filter(r -> r.id() == lcspr.id()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(visible(robot, "#lcspr-reviewer")).write("Independent reviewer A");
        robot.clickOn(visible(robot, "#save-lcspr"));
        assertThat(errors).isEmpty();
        CaseReview saved = services.reviews().detail(lcspr.id()).review();
        assertThat(saved.lcspr().reviewer()).isEqualTo("Independent reviewer A");
        assertThat(saved.lcspr().independentReviewer()).isTrue();
        assertThat(saved.lcspr().commissionedOn()).isEqualTo(today);
        assertThat(saved.status()).isEqualTo(ReviewStatus.IN_PROGRESS);

        robot.clickOn(visible(robot, "#milestone-title")).write("Practitioner event");
        robot.interact(() -> model.followUp.milestoneDue.set(today.plusWeeks(3)));
        robot.clickOn(visible(robot, "#add-milestone"));
        assertThat(errors).isEmpty();
        List<Milestone> milestones = services.reviews().detail(lcspr.id()).milestones();
        assertThat(milestones).extracting(Milestone::title).containsExactly("Practitioner event");
        robot.clickOn(visible(robot, "#milestone-done-" + milestones.get(0).id()));
        assertThat(services.reviews().detail(lcspr.id()).milestones().get(0).doneOn()).isEqualTo(today);

        robot.clickOn(visible(robot, "#action-text")).write("Schools to join strategy discussions");
        robot.clickOn(visible(robot, "#action-lead")).write("Education safeguarding lead");
        robot.clickOn(visible(robot, "#action-timescale")).write("not a date");
        robot.clickOn(visible(robot, "#add-action"));
        // A bad timescale is named and nothing typed is lost.
        assertThat(model.message.get()).contains("'not a date' is not a timescale");
        assertThat(model.followUp.actionText.get()).isEqualTo("Schools to join strategy discussions");
        errors.clear();
        robot.interact(() -> model.followUp.actionTimescale.set(today.plusMonths(2).toString().substring(0, 7)));
        robot.clickOn(visible(robot, "#add-action"));
        CaseReviewService.Detail d = services.reviews().detail(lcspr.id());
        assertThat(d.actions()).extracting(a -> a.description() + " / " + a.leadText())
                .containsExactly("Schools to join strategy discussions / Education safeguarding lead");

        robot.clickOn(visible(robot, "#review-learning")).write("Schools were not invited to strategy discussions.");
        robot.clickOn(visible(robot, "#send-to-tracker"));
        assertThat(errors).isEmpty();
        assertThat(services.reviews().detail(lcspr.id()).review().learning()).isEqualTo("Schools were not invited to strategy discussions.");
        List<LearningRecord> records = services.learningTracker().tracker().stream().map(l -> l.record()).toList();
        assertThat(records).anySatisfy(r -> assertThat(r.sourceReference()).contains("YP-12"));
        assertThat(model.message.get()).startsWith("Learning ").endsWith("recorded in the learning tracker");
        // Sending twice is refused with a sentence, not a second record.
        robot.clickOn(visible(robot, "#send-to-tracker"));
        assertThat(services.learningTracker().tracker()).hasSameSizeAs(records);
        assertThat(model.message.get()).contains("is already on the tracker");
        errors.clear();

        robot.interact(() -> robot.lookup("#lcspr-published").queryAs(DatePicker.class).setValue(today));
        robot.clickOn(visible(robot, "#save-lcspr"));
        assertThat(services.reviews().detail(lcspr.id()).review().status()).isEqualTo(ReviewStatus.COMPLETED);
    }
}
