package org.hubdesk.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.domain.members.Person;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user records a hub recommendation and an action for it on the Learning screen, then undoes the action. */
@WindowOn(Data.DEMO)
class LearningScreenTest extends MainWindowScreenTest {
    @Test
    void addARecommendationAndAnActionThenUndoTheAction(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Area.LEARNING));
        LearningViewModel model = ((LearningView) window.view(Area.LEARNING)).model();
        assertThat(model.selectedCycle.get()).isNotNull();
        long cycleId = model.selectedCycle.get().cycleId();
        int before = model.recommendations.size();

        robot.clickOn("#add-recommendation");
        robot.clickOn("#rec-learned").write("Referrals lacked the child's voice");
        robot.clickOn("#rec-ok");
        // Nothing typed is lost when a rule is broken: the dialog says what is missing and stays open.
        assertThat(robot.lookup("#rec-error").queryAs(Label.class).getText()).contains("Write the recommendation");
        assertThat(robot.lookup("#rec-learned").queryTextInputControl().getText()).isEqualTo("Referrals lacked the child's voice");
        robot.clickOn("#rec-text").write("Referral forms ask what the child said");
        robot.clickOn("#rec-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(recommendationTexts(robot)).hasSize(before + 1).contains("Referral forms ask what the child said");

        robot.clickOn("Referral forms ask what the child said");
        assertThat(model.selectedRecommendation.get().recommendation().text()).isEqualTo("Referral forms ask what the child said");
        Person lead = services.members().people().get(0);
        robot.clickOn("#add-action");
        robot.clickOn("#action-description").write("Update the referral form");
        @SuppressWarnings("unchecked")
        ComboBox<String> leadBox = robot.lookup("#action-lead").queryAs(ComboBox.class);
        robot.clickOn(leadBox.getEditor()).write(lead.fullName());
        robot.clickOn("#action-timescale").write("2027-06");
        robot.clickOn("#action-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(actions(robot)).extracting(ActionItem::description).containsExactly("Update the referral form");
        assertThat(actions(robot).get(0).leadPersonId()).isEqualTo(lead.id());
        assertThat(stored(cycleId)).anySatisfy(r -> assertThat(r.actions()).extracting(ActionItem::description)
                .containsExactly("Update the referral form"));

        snapshot(robot, Path.of("target", "screenshots", "learning.png"));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(actions(robot)).isEmpty();
        assertThat(recommendationTexts(robot)).contains("Referral forms ask what the child said");
        RecommendationActions saved = stored(cycleId).stream()
                .filter(r -> r.recommendation().text().equals("Referral forms ask what the child said")).findFirst().orElseThrow();
        assertThat(saved.actions()).isEmpty();
        assertThat(saved.recommendation().whatWasLearned()).isEqualTo("Referrals lacked the child's voice");
    }

    /** For people to look at (not asserted): the screen with the new recommendation and its action. */
    private void snapshot(FxRobot robot, Path file) throws Exception {
        java.nio.file.Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
    }

    private List<RecommendationActions> stored(long cycleId) {
        return services.recommendations().forCycle(cycleId);
    }

    private static List<String> recommendationTexts(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<RecommendationActions> table = robot.lookup("#recommendation-table").queryAs(TableView.class);
        return table.getItems().stream().map(r -> r.recommendation().text()).toList();
    }

    private static List<ActionItem> actions(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ActionItem> table = robot.lookup("#action-table").queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    @Test
    void aRecommendationsLearningIsSentToTheTrackerTab(FxRobot robot) {
        robot.interact(() -> window.show(Area.LEARNING));
        LearningView area = (LearningView) window.view(Area.LEARNING);
        LearningViewModel model = area.model();
        robot.interact(() -> model.selectedRecommendation.set(model.recommendations.get(model.recommendations.size() - 1)));
        long recId = model.selectedRecommendation.get().recommendation().id();
        int before = services.learningTracker().tracker().size();
        robot.clickOn("#recommendation-to-tracker");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(services.learningTracker().tracker()).hasSize(before + 1);
        TrackerViewModel tracker = area.tracker().model();
        assertThat(tracker.selected.get().record().hubCycleId())
                .isEqualTo(model.selectedRecommendation.get().recommendation().hubCycleId());
        assertThat(tracker.message.get()).contains("recorded from the recommendation");
        assertThat(robot.lookup("#tracker-table").query().isVisible()).isTrue();
        assertThat(recId).isPositive();
    }
}
