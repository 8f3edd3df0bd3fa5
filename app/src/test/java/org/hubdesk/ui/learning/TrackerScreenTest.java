package org.hubdesk.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.ui.testing.ScreenSupport.visible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.TitledPane;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.service.learning.LearningReports;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user takes one piece of learning round the loop on the tracker screen, from identified to closed. */
@WindowOn(Data.EMPTY)
class TrackerScreenTest extends MainWindowScreenTest {
    private TrackerLine line(TrackerViewModel model, long id) {
        return model.lines.stream().filter(l -> l.record().id() == id).findFirst().orElseThrow();
    }

    @Test
    void aFindingGoesFromIdentifiedThroughDisseminationAndImpactToClosed(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        LearningRecord r = services.learningTracker().add(LearningRecord.identified(LearningSourceKind.AUDIT, null, "MAA-4",
                "Assurance and Review Group", "Audit of strategy discussions", today.minusMonths(1), null,
                "Schools were seldom invited to strategy discussions."));
        robot.interact(() -> window.show(Area.LEARNING));
        LearningView area = (LearningView) window.view(Area.LEARNING);
        robot.clickOn(robot.lookup(".tab-pane > .tab-header-area .tab").nth(1).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#tracker-table").query().isVisible()).isTrue();
        TrackerViewModel model = area.tracker().model();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.selected.set(line(model, r.id())));
        assertThat(line(model, r.id()).stage()).isEqualTo(LearningStage.IDENTIFIED);

        robot.clickOn(visible(robot, "#key-messages")).write("Invite the school to every strategy discussion.");
        robot.clickOn(visible(robot, "#target-audiences")).write("Designated safeguarding leads; social workers");
        robot.clickOn(visible(robot, "#save-messages"));
        assertThat(errors).isEmpty();
        assertThat(line(model, r.id()).stage()).isEqualTo(LearningStage.MESSAGES_AGREED);

        robot.clickOn(visible(robot, "#purpose-workforce")).write("Schools hear of every strategy discussion");
        robot.clickOn(visible(robot, "#save-row-workforce"));
        robot.interact(() -> {
            model.methodAudience.set(Audience.WORKFORCE);
            model.method.set("7-minute briefing for team meetings");
            model.methodOwner.set("Business manager");
            model.methodDue.set(today.plusWeeks(2));
        });
        robot.clickOn(visible(robot, "#add-method"));
        assertThat(errors).isEmpty();
        assertThat(line(model, r.id()).stage()).isEqualTo(LearningStage.DISSEMINATING);
        assertThat(services.learningTracker().plan(r.id()).row(Audience.WORKFORCE).purpose()).isEqualTo("Schools hear of every strategy discussion");
        long methodId = services.learningTracker().plan(r.id()).actions().get(0).id();
        robot.clickOn(visible(robot, "#method-done-" + methodId));
        assertThat(line(model, r.id()).stage()).isEqualTo(LearningStage.AWAITING_IMPACT_REVIEW);
        // What the user typed elsewhere stays through the saves.
        assertThat(model.keyMessages.get()).isEqualTo("Invite the school to every strategy discussion.");

        robot.interact(() -> robot.lookup("#tracker-briefing").queryAs(TitledPane.class).setExpanded(true));
        robot.interact(() -> model.briefing.get(5).set("Who in your team attends strategy discussions?"));
        robot.clickOn(visible(robot, "#save-briefing"));
        assertThat(services.learningTracker().briefing(r.id()).part(5)).isEqualTo("Who in your team attends strategy discussions?");
        Path pdf = dir.resolve("briefing.pdf");
        robot.interact(() -> model.export(LearningReports.BRIEFING, pdf));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(Files.size(pdf)).isPositive();

        robot.clickOn(visible(robot, "#measure-multi-agency-audit"));
        robot.clickOn(visible(robot, "#impact-how")).write("Re-audit strategy discussions");
        robot.interact(() -> model.impactDue.set(today.minusDays(1)));
        robot.clickOn(visible(robot, "#plan-impact"));
        assertThat(errors).isEmpty();
        assertThat(line(model, r.id()).overdue()).contains("impact review due " + today.minusDays(1));
        robot.interact(() -> model.overdueOnly.set(true));
        assertThat(model.lines).extracting(l -> l.record().id()).contains(r.id());
        robot.interact(() -> model.overdueOnly.set(false));

        robot.clickOn(visible(robot, "#impact-outcome")).write("Schools invited in 9 of 10 discussions");
        robot.clickOn(visible(robot, "#record-outcome"));
        assertThat(errors).isEmpty();
        assertThat(line(model, r.id()).stage()).isEqualTo(LearningStage.CLOSED);
        robot.interact(() -> model.stageFilter.set(LearningStage.IDENTIFIED));
        assertThat(model.lines).extracting(l -> l.record().id()).doesNotContain(r.id());
    }

    @Test
    void homeOpensARecordOnTheTrackerTab(FxRobot robot) {
        LearningRecord r = services.learningTracker().add(LearningRecord.identified(LearningSourceKind.USER_FEEDBACK, null, "Survey 3",
                "Learning Hub", "Practitioner survey", LocalDate.now().minusDays(3), null, "Few knew the escalation policy."));
        robot.interact(() -> window.open(org.hubdesk.domain.home.DuePlace.LEARNING, r.id()));
        WaitForAsyncUtils.waitForFxEvents();
        TrackerViewModel model = ((LearningView) window.view(Area.LEARNING)).tracker().model();
        assertThat(model.selected.get().record().id()).isEqualTo(r.id());
        assertThat(robot.lookup("#tracker-table").query().isVisible()).isTrue();
        assertThat(errors).isEmpty();
    }
}
