package org.hubdesk.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A user ticks two performance indicators for the plan's "Current data and performance"; the choice is stored in that order. */
@WindowOn(Data.DEMO)
class PlanIndicatorsScreenTest extends MainWindowScreenTest {
    @Override
    protected void start(Stage stage) {
        open(stage, Data.DEMO, 1280, 768);
        window.show(Area.DELIVERY_PLANS);
    }

    @Test
    void twoIndicatorsAreChosenForCurrentData(FxRobot robot) {
        DeliveryPlanViewModel model = ((DeliveryPlanView) window.view(Area.DELIVERY_PLANS)).model();
        assertThat(robot.lookup("#plan-indicators").queryAs(Label.class).getText()).startsWith("No performance indicators chosen");
        List<Indicator> available = List.copyOf(model.indicators.available);
        assertThat(available).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn(ScreenSupport.visible(robot, "#choose-indicators"));
        robot.clickOn("#indicator-" + available.get(0).id());
        robot.clickOn("#indicator-" + available.get(1).id());
        ScreenSupport.shootFrontWindow(robot, "form-plan-indicators.png");
        robot.clickOn("#indicators-ok");
        long planId = model.plan.get().id();
        assertThat(services.plans().chosenIndicators(planId)).containsExactly(available.get(0).id(), available.get(1).id());
        assertThat(robot.lookup("#plan-indicators").queryAs(Label.class).getText())
                .isEqualTo("Charts in the plan's Word and PDF: " + available.get(0).name() + "; " + available.get(1).name());
        assertThat(errors).isEmpty();
    }
}
