package org.hubdesk.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.hubdesk.domain.planner.PlannerEvent;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The forward planner tab as a user works it: add an event, choose it, edit it in the same form
 * filled in, delete it (confirmed) and take the delete back with Ctrl+Z; a series edited whole and
 * deleted one event at a time or whole; a series over a bank holiday says what it left out.
 */
@WindowOn(Data.EMPTY)
class PlannerScreenTest extends MainWindowScreenTest {
    /** Each test in a month of its own: the class shares one store. */
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 4);
    private static final LocalDate SERIES = LocalDate.of(2031, 6, 3);

    @Test
    void addEditDeleteAndUndoAnEventThroughTheScreen(FxRobot robot) {
        openPlanner(robot);
        robot.clickOn("#planner-add");
        robot.clickOn("#planner-title").write("Learning event: strategy discussions");
        robot.interact(() -> robot.lookup("#planner-date").queryAs(DatePicker.class).setValue(TUESDAY));
        robot.clickOn("#planner-place").write("Northbridge Library");
        robot.clickOn("#planner-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#planner-month")).isEqualTo("March 2031");
        assertThat(text(robot, "#planner-status")).startsWith("Added 1 event: Learning event: strategy discussions");
        PlannerEvent added = only(services.planner().events(TUESDAY, TUESDAY));
        assertThat(listed(robot)).containsExactly(added);

        // Choose it in the list beneath, edit it: the form comes filled in.
        robot.clickOn(robot.lookup("#planner-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#planner-edit");
        TextField title = robot.lookup("#planner-title").queryAs(TextField.class);
        assertThat(title.getText()).isEqualTo("Learning event: strategy discussions");
        assertThat(robot.lookup("#planner-date").queryAs(DatePicker.class).getValue()).isEqualTo(TUESDAY);
        assertThat(robot.lookup("#planner-place").queryAs(TextField.class).getText()).isEqualTo("Northbridge Library");
        assertThat(robot.lookup("#planner-repeat").tryQuery()).as("a single event's edit has no repeat rule").isEmpty();
        robot.interact(title::clear);
        robot.clickOn(title).write("Learning event: strategy discussions after Child A");
        robot.clickOn("#planner-ok");
        WaitForAsyncUtils.waitForFxEvents();
        PlannerEvent edited = services.planner().event(added.id());
        assertThat(edited.title()).isEqualTo("Learning event: strategy discussions after Child A");
        assertThat(listed(robot)).containsExactly(edited);
        assertThat(text(robot, "#planner-status")).isEqualTo("Changed 'Learning event: strategy discussions after Child A'");

        // Delete asks first; Ctrl+Z puts it back under its own id.
        robot.clickOn("#planner-delete");
        assertThat(dialogText(robot)).isEqualTo("Delete 'Learning event: strategy discussions after Child A' on 2031-03-04?");
        clickInDialog(robot, "Delete");
        assertThat(services.planner().events(TUESDAY, TUESDAY)).isEmpty();
        assertThat(listed(robot)).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.planner().events(TUESDAY, TUESDAY)).containsExactly(edited);
        assertThat(listed(robot)).containsExactly(edited);
        assertThat(errors).isEmpty();
    }

    @Test
    void aSeriesIsEditedWholeAndDeletedOneEventOrWhole(FxRobot robot) {
        openPlanner(robot);
        addWeeklySeries(robot, "Young People's Safeguarding Forum workshop", SERIES, SERIES.plusWeeks(3));
        assertThat(text(robot, "#planner-status")).isEqualTo("Added 4 events in the series: Young People's Safeguarding Forum workshop");
        List<PlannerEvent> series = services.planner().events(SERIES, SERIES.plusWeeks(3));
        assertThat(series).hasSize(4);

        // A click on the calendar chooses the event; the form asks whether the change is for it or the series.
        robot.clickOn(robot.lookup("#planner-day-" + SERIES.plusWeeks(1) + " .planner-event").queryAs(Node.class));
        assertThat(robot.lookup("#planner-list").queryAs(ListView.class).getSelectionModel().getSelectedItem()).isEqualTo(series.get(1));
        ScreenSupport.shootFrontWindow(robot, "planner-chosen.png");
        robot.clickOn("#planner-edit");
        ScreenSupport.shootFrontWindow(robot, "planner-edit-series.png");
        robot.clickOn("#planner-scope-series");
        robot.clickOn("#planner-place").write("Northbridge Youth Centre");
        robot.clickOn("#planner-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.planner().events(SERIES, SERIES.plusWeeks(3))).hasSize(4)
                .allMatch(e -> "Northbridge Youth Centre".equals(e.place()));
        assertThat(text(robot, "#planner-status")).isEqualTo("Changed 4 events of the series 'Young People's Safeguarding Forum workshop'");

        chooseInList(robot, 1);
        robot.clickOn("#planner-delete");
        ScreenSupport.shootFrontWindow(robot, "planner-delete-series.png");
        assertThat(dialogText(robot)).contains("is one of a series (repeats every week on Tuesday, until 2031-06-24)");
        clickInDialog(robot, "Delete this event");
        assertThat(services.planner().events(SERIES, SERIES.plusWeeks(3))).extracting(PlannerEvent::day)
                .containsExactly(SERIES, SERIES.plusWeeks(2), SERIES.plusWeeks(3));
        // The keyboard way: the Delete key in the list asks the same.
        chooseInList(robot, 0);
        robot.push(KeyCode.DELETE);
        clickInDialog(robot, "Delete the whole series");
        assertThat(services.planner().events(SERIES, SERIES.plusWeeks(3))).isEmpty();
        assertThat(listed(robot)).isEmpty();
        assertThat(text(robot, "#planner-status")).startsWith("Deleted 3 events of the series");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.planner().events(SERIES, SERIES.plusWeeks(3))).hasSize(3);
        assertThat(errors).isEmpty();
    }

    @Test
    void aSeriesOverABankHolidayLeavesItOutAndSaysSo(FxRobot robot) {
        openPlanner(robot);
        // The first Monday of May 2031 is the early May bank holiday.
        LocalDate mayDay = LocalDate.of(2031, 5, 5);
        addWeeklySeries(robot, "Information Highway session", mayDay, mayDay.plusWeeks(2));
        assertThat(text(robot, "#planner-status")).isEqualTo("Added 2 events in the series: Information Highway session."
                + " Left out 2031-05-05 (Early May bank holiday), a bank holiday.");
        assertThat(listed(robot)).extracting(PlannerEvent::day).containsExactly(mayDay.plusWeeks(1), mayDay.plusWeeks(2));
        assertThat(errors).isEmpty();
    }

    private void openPlanner(FxRobot robot) {
        robot.interact(() -> window.show(Area.GOVERNANCE));
        robot.clickOn("Forward planner");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void addWeeklySeries(FxRobot robot, String title, LocalDate first, LocalDate until) {
        robot.clickOn("#planner-add");
        robot.clickOn("#planner-title").write(title);
        robot.interact(() -> {
            robot.lookup("#planner-date").queryAs(DatePicker.class).setValue(first);
            ComboBox<String> repeat = robot.lookup("#planner-repeat").query();
            repeat.setValue("Weekly");
            robot.lookup("#planner-until").queryAs(DatePicker.class).setValue(until);
        });
        robot.clickOn("#planner-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseInList(FxRobot robot, int row) {
        robot.clickOn(robot.lookup("#planner-list .list-cell").nth(row).queryAs(Node.class));
    }

    @SuppressWarnings("unchecked")
    private static List<PlannerEvent> listed(FxRobot robot) {
        return List.copyOf(robot.lookup("#planner-list").queryAs(ListView.class).getItems());
    }

    private static PlannerEvent only(List<PlannerEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The front dialog's pane (an alert or a form). */
    private static DialogPane frontDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> windows = Window.getWindows();
        return (DialogPane) windows.get(windows.size() - 1).getScene().getRoot();
    }

    private static String dialogText(FxRobot robot) {
        return frontDialog(robot).getContentText();
    }

    private static void clickInDialog(FxRobot robot, String buttonText) {
        DialogPane pane = frontDialog(robot);
        Button button = pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> buttonText.equals(b.getText())).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
