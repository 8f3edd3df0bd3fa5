package org.hubdesk.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A business manager writes evidence, adds an action (after a mistyped timescale), keeps a version,
 * edits the plan and compares: everything is in the store as it is made.
 */
class DeliveryPlanScreenTest extends MainWindowScreenTest {
    @Override
    protected void start(Stage stage) {
        // The headless test screen is 1280x800; the 1366x768 laptop layout is checked under Xvfb (README).
        openOwn(stage, Data.DEMO, 1280, 768);
        window.show(Area.DELIVERY_PLANS);
    }

    private DeliveryPlanView view() {
        return (DeliveryPlanView) window.view(Area.DELIVERY_PLANS);
    }

    private DeliveryPlan stored() {
        return services.plans().load(view().model().plan.get().id());
    }

    private void scrollTo(FxRobot robot, DeliveryPlanSection section) {
        robot.interact(() -> view().scrollTo(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void writeEvidenceAddAnActionKeepAVersionEditAndCompare(FxRobot robot) {
        // Write evidence, with bold from the toolbar.
        scrollTo(robot, DeliveryPlanSection.SELF_ASSESSMENT);
        robot.clickOn("#add-self-assessment");
        robot.clickOn("#evidence-text").write("Peer challenge: training records do not match ");
        robot.write("the returns");
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < "the returns".length(); i++) {
            robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        }
        robot.release(KeyCode.SHIFT);
        robot.clickOn("#evidence-text-bold");
        robot.clickOn("#evidence-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().evidenceIn(DeliveryPlanSection.SELF_ASSESSMENT)).extracting(EvidenceEntry::text)
                .contains("Peer challenge: training records do not match **the returns**");

        // A mistyped timescale: a clear message, the dialog stays open with what was typed.
        scrollTo(robot, DeliveryPlanSection.ACTION_PLAN);
        robot.clickOn("#add-action");
        robot.clickOn("#action-description").write("Check Section 11 training evidence with two agencies");
        robot.clickOn("#action-lead").write("Business unit");
        robot.clickOn("#action-timescale").write("next spring");
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-error").queryAs(Label.class).getText()).contains("'next spring' is not a timescale");
        assertThat(robot.lookup("#action-description").queryTextInputControl().getText())
                .isEqualTo("Check Section 11 training evidence with two agencies");
        robot.doubleClickOn("#action-timescale").eraseText(11).write("2027-06");
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<DeliveryPlanViewModel.ActionRow> table = robot.lookup("#action-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(r -> r.action().description())
                .contains("Check Section 11 training evidence with two agencies");
        assertThat(stored().actions()).hasSize(6);
        // Reorder from the keyboard: Alt+Up moves the new action above the last demo action.
        robot.clickOn("Check Section 11 training evidence with two agencies");
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().actions().get(4).description()).isEqualTo("Check Section 11 training evidence with two agencies");
        assertThat(services.actions().all()).extracting(a -> a.description()).contains("Check Section 11 training evidence with two agencies");

        // Keep a version (the demo already has 'First phase knowledge', so month 4's name is offered).
        robot.clickOn("Versions");
        robot.clickOn("#keep-version");
        robot.clickOn("#version-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.plans().versions(stored().id())).extracting(PlanVersion.Summary::name)
                .containsExactly(PlanVersion.FIRST_PHASE_KNOWLEDGE, PlanVersion.LEARNING_AND_CHANGE_PHASE);

        // Edit the guidance: saved while typing, within the debounce.
        scrollTo(robot, DeliveryPlanSection.GUIDANCE);
        robot.clickOn("#text-guidance");
        robot.press(KeyCode.CONTROL).press(KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL);
        robot.write("\n- Local neglect toolkit (draft)");
        WaitForAsyncUtils.sleep((long) DeliveryPlanView.SAVE_DELAY.toMillis() + 300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().text(DeliveryPlanSection.GUIDANCE)).endsWith("- Local neglect toolkit (draft)");
        robot.clickOn("#plan-find");  // leaving the text ends the editing session: one undo step

        // Compare the new version with now: the guidance shows as added.
        @SuppressWarnings("unchecked")
        ListView<PlanVersion.Summary> versions = robot.lookup("#plan-versions").queryAs(ListView.class);
        robot.interact(() -> versions.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#compare-now");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparison-heading").queryAs(Label.class).getText())
                .contains("from 'Learning and change phase' to 'Now'").contains("1 added, 0 changed, 0 removed");
        assertThat(robot.lookup(".change-added").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("Local neglect toolkit"));

        // Compare the two versions: the evidence and the action written before the second one.
        robot.clickOn("#close-comparison");
        robot.interact(() -> versions.getSelectionModel().selectIndices(0, 1));
        robot.clickOn("#compare-two");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparison-heading").queryAs(Label.class).getText())
                .contains("from 'First phase knowledge' to 'Learning and change phase'");
        assertThat(robot.lookup(".change-added").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("training records do not match the returns"))
                .anySatisfy(t -> assertThat(t).contains("Check Section 11 training evidence"));
        robot.clickOn("#close-comparison");

        // Undo the guidance edit as one step; redo brings it back.
        robot.clickOn("#plan-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().text(DeliveryPlanSection.GUIDANCE)).doesNotContain("Local neglect toolkit");
        robot.clickOn("#plan-redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().text(DeliveryPlanSection.GUIDANCE)).endsWith("- Local neglect toolkit (draft)");
        assertThat(errors).isEmpty();
    }

    @Test
    void aLinkToAMissingFileIsExplainedAndTheTextIsKept(FxRobot robot) {
        scrollTo(robot, DeliveryPlanSection.SINGLE_AGENCY_AUDITS);
        robot.clickOn("#add-single-agency-audits");
        robot.clickOn("#evidence-text").write("Health visiting audit of 12 families");
        robot.clickOn("#evidence-link").write(testDir.resolve("no-such-report.docx").toString());
        robot.clickOn("#evidence-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-error").queryAs(Label.class).getText()).startsWith("There is no file at");
        assertThat(robot.lookup("#evidence-text").queryTextInputControl().getText()).isEqualTo("Health visiting audit of 12 families");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(stored().evidenceIn(DeliveryPlanSection.SINGLE_AGENCY_AUDITS)).extracting(EvidenceEntry::text)
                .doesNotContain("Health visiting audit of 12 families");
    }

    @Test
    void anOldVersionOpensReadOnly(FxRobot robot) {
        robot.clickOn("Versions");
        @SuppressWarnings("unchecked")
        ListView<PlanVersion.Summary> versions = robot.lookup("#plan-versions").queryAs(ListView.class);
        robot.interact(() -> versions.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#open-version");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#read-only-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#text-guidance").queryTextInputControl().isEditable()).isFalse();
        // The version was kept before the audits: its multi-agency audit section is empty.
        assertThat(view().model().evidence(DeliveryPlanSection.MULTI_AGENCY_AUDITS)).isEmpty();
        robot.clickOn("#back-to-current");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view().model().evidence(DeliveryPlanSection.MULTI_AGENCY_AUDITS)).hasSize(1);
        assertThat(robot.lookup("#text-guidance").queryTextInputControl().isEditable()).isTrue();
    }
}
