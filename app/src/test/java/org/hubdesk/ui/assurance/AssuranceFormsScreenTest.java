package org.hubdesk.ui.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user with no spreadsheets: starts a Section 11 round, enters an agency's return on screen (a
 * problem is shown in the dialog, which keeps the typing), records the challenge panel and adds an
 * observation to the audit calendar. With -Dhubdesk.screens=DIR the forms are saved as pictures.
 */
@WindowOn(Data.NONE)
class AssuranceFormsScreenTest extends MainWindowScreenTest {
    @Test
    void aRoundAReturnThePanelAndACalendarEntryAreEnteredOnScreen(FxRobot robot) {
        services.demo().createEmpty("Test partnership");
        robot.interact(() -> window.show(Area.ASSURANCE));
        AssuranceViewModel model = ((AssuranceView) window.view(Area.ASSURANCE)).model();

        robot.clickOn("#new-round");
        robot.interact(() -> robot.lookup("#round-year").queryAs(javafx.scene.control.Spinner.class).getEditor().setText("2026"));
        robot.clickOn("#round-asked").write("Testshire Police\nTestshire Council");
        ScreenSupport.shootFrontWindow(robot, "form-new-round.png");
        robot.clickOn("#round-ok");
        assertThat(model.rounds).hasSize(1);
        assertThat(model.rounds.get(0).round().kind()).isEqualTo(AuditKind.SECTION_11);
        assertThat(robot.lookup("#not-returned").queryAs(Label.class).getText()).contains("Testshire Council", "Testshire Police");

        robot.clickOn("#enter-return");
        ComboBox<String> who = robot.lookup("#return-organisation").queryComboBox();
        robot.interact(() -> who.setValue("Testshire Police"));
        robot.clickOn("#evidence-3").write("Safer recruitment training for every manager");
        robot.clickOn("#return-ok");
        assertThat(robot.lookup("#dialog-error").queryAs(Label.class).getText())
                .contains("Standard 3 (Recruitment and Selection) has evidence or actions but no rating");
        assertThat(robot.lookup("#evidence-3").queryAs(TextArea.class).getText()).isEqualTo("Safer recruitment training for every manager");
        ComboBox<SelfRating> rating3 = robot.lookup("#rating-3").queryComboBox();
        robot.interact(() -> rating3.setValue(SelfRating.MOSTLY_MET));
        ComboBox<SelfRating> rating1 = robot.lookup("#rating-1").queryComboBox();
        robot.interact(() -> rating1.setValue(SelfRating.FULLY_MET));
        ScreenSupport.shootFrontWindow(robot, "form-return.png");
        robot.clickOn("#return-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heat-1-1").queryAs(Label.class).getText()).isEqualTo("4");
        assertThat(robot.lookup("#heat-1-3").queryAs(Label.class).getText()).isEqualTo("3");
        assertThat(robot.lookup("#not-returned").queryAs(Label.class).getText()).isEqualTo("Not yet returned: Testshire Council");
        TableView<?> ratings = robot.lookup("#ratings").queryAs(TableView.class);
        assertThat(ratings.getItems()).hasSize(8);

        robot.clickOn("#edit-panel");
        robot.interact(() -> robot.lookup("#panel-agency-1").queryComboBox().getEditor().setText("Testshire Police"));
        robot.interact(() -> robot.lookup("#panel-agency-2").queryComboBox().getEditor().setText("Testshire Council"));
        robot.clickOn("#panel-members").write("Learning Hub chair\nDesignated Nurse");
        robot.clickOn("#panel-young-person").write("Forum member (aged 16)");
        robot.clickOn("#panel-findings").write("Leadership evidenced well.");
        robot.clickOn("#panel-ok");
        assertThat(robot.lookup("#dialog-error").queryAs(Label.class).getText()).contains("give the date it was held");
        robot.interact(() -> robot.lookup("#panel-date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(model.today().minusDays(3)));
        ScreenSupport.shootFrontWindow(robot, "form-challenge-panel.png");
        robot.clickOn("#panel-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.panel().agenciesInvited()).containsExactly("Testshire Police", "Testshire Council");
        Node panel = ScreenSupport.visible(robot, "#panel");
        assertThat(((Label) panel).getText()).contains("Learning Hub chair; Designated Nurse", "Forum member (aged 16)");

        robot.clickOn("#tab-calendar");
        robot.clickOn("#calendar-add");
        ComboBox<Object> month = robot.lookup("#entry-month").queryComboBox();
        robot.interact(() -> month.setValue(month.getItems().get(3)));
        ComboBox<CalendarEntry.Kind> kind = robot.lookup("#entry-kind").queryComboBox();
        robot.interact(() -> kind.setValue(CalendarEntry.Kind.OBSERVATION));
        ComboBox<String> theme = robot.lookup("#entry-theme").queryComboBox();
        assertThat(theme.getItems()).contains("Strategy meetings", "Core groups", "Child protection conferences");
        robot.interact(() -> theme.setValue("Core groups"));
        robot.clickOn("#entry-lead").write("Designated Nurse");
        ComboBox<CalendarEntry.FedBackTo> fed = robot.lookup("#entry-fed-back").queryComboBox();
        robot.interact(() -> fed.setValue(CalendarEntry.FedBackTo.HUB));
        robot.clickOn("#entry-ok");
        assertThat(robot.lookup("#dialog-error").queryAs(Label.class).getText()).contains("Write the findings");
        robot.clickOn("#entry-findings").write("Plans were reviewed at every core group.");
        ScreenSupport.shootFrontWindow(robot, "form-calendar-entry.png");
        robot.clickOn("#entry-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.entries).filteredOn(e -> e.kind() == CalendarEntry.Kind.OBSERVATION)
                .extracting(CalendarEntry::theme, CalendarEntry::feedbackText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Core groups", "Fed back to the Learning Hub"));
        assertThat(errors).isEmpty();
    }
}
