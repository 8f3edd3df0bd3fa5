package org.hubdesk.ui.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user opens Assurance: the Section 11 heat map and a return's evidence, an indicator's trend chart, the calendar. */
class AssuranceScreenTest extends MainWindowScreenTest {
    @Override
    protected void start(Stage stage) {
        openOwn(stage, Data.NONE, 1280, 800);
    }

    @Test
    void theDemoShowsTheHeatMapAReturnsEvidenceAChartAndTheCalendar(FxRobot robot) {
        services.demo().createDemo(0, LocalDate.now());
        robot.interact(() -> window.show(Area.ASSURANCE));
        AssuranceViewModel model = ((AssuranceView) window.view(Area.ASSURANCE)).model();
        assertThat(errors).isEmpty();
        assertThat(model.rounds).hasSize(4);

        // Choose the Section 11 round that has a previous round.
        ListView<?> rounds = robot.lookup("#rounds").queryAs(ListView.class);
        int index = 0;
        for (int i = 0; i < model.rounds.size(); i++) {
            if (model.rounds.get(i).round().kind() == AuditKind.SECTION_11 && model.rounds.get(i).previous() != null) {
                index = i;
            }
        }
        int chosen = index;
        robot.interact(() -> rounds.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.overview.get().round().kind()).isEqualTo(AuditKind.SECTION_11);
        Label cell = robot.lookup("#heat-1-1").queryAs(Label.class);
        int score = Integer.parseInt(cell.getText().substring(0, 1));
        assertThat(cell.getStyle()).contains(SelfRating.ofScore(score).hex());
        assertThat(robot.lookup("#not-returned").queryAs(Label.class).getText()).contains("Northbridge Probation Delivery Unit");
        assertThat(robot.lookup("#panel").queryAs(Label.class).getText()).contains("Young People's Safeguarding Forum representative");

        robot.clickOn("#heat-org-2");
        String second = model.overview.get().returnedRows().get(1).organisation();
        assertThat(model.selectedRow.get().organisation()).isEqualTo(second);
        TableView<?> ratings = robot.lookup("#ratings").queryAs(TableView.class);
        assertThat(ratings.getItems()).hasSize(8);

        robot.clickOn("#tab-performance");
        robot.clickOn(indicatorCell(robot, "Contacts to MASH"));
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> chart = robot.lookup("#trend-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(chart.getData().get(0).getData()).hasSize(8);
        robot.clickOn(indicatorCell(robot, "Early Help assessments started"));
        assertThat(chart.getData()).hasSize(2);
        assertThat(robot.lookup("#exceptions").lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("below the target of 300"));

        robot.clickOn("#tab-calendar");
        TableView<?> calendar = robot.lookup("#calendar").queryAs(TableView.class);
        assertThat(calendar.getItems()).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmptyPartnershipSaysWhatToDoOnEachTab(FxRobot robot) {
        services.demo().createEmpty("Test partnership");
        robot.interact(() -> window.show(Area.ASSURANCE));
        assertThat(robot.lookup("#audits-empty").queryAs(Label.class).getText()).contains("hubdesk audit new");
        assertThat(robot.lookup("#overview-empty").queryAs(Label.class).getText()).contains("no audit rounds");
        robot.clickOn("#tab-performance");
        assertThat(robot.lookup("#performance-empty").queryAs(Label.class).getText()).contains("import-performance");
        assertThat(robot.lookup("#indicator-empty").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#tab-calendar");
        assertThat(robot.lookup("#calendar-empty").queryAs(Label.class).getText()).contains("No audits or observations planned");
        assertThat(errors).isEmpty();
    }

    private static javafx.scene.Node indicatorCell(FxRobot robot, String name) {
        return robot.lookup("#indicators").lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().replace("! ", "").startsWith(name + "\n")).queryAs(javafx.scene.Node.class);
    }
}
