package org.hubdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.service.Services;
import org.hubdesk.ui.shell.MainWindow;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user adds a member to the Forum's register, closes Hubdesk, reopens it: the member is there. */
@ExtendWith(ApplicationExtension.class)
class MembersScreenTest {
    private static final String FORUM = "Multi-Agency Learning Forum";

    @TempDir
    static Path dir;

    private Stage stage;
    private Services services;
    private final java.util.List<String> errors = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Data.DEMO.open(dir);
        show(services);
    }

    private void show(Services s) {
        MainWindow window = ScreenSupport.window(stage, s, errors, 1280, 800);
        // Home opens first; this test is about the Members area.
        window.show(org.hubdesk.ui.shell.Area.MEMBERS);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void addMemberThroughTheScreenSurvivesClosingAndReopening(FxRobot robot) {
        addMember(robot, "Quillon Testperson", "Detective Inspector, Public Protection", "Northbridge Constabulary (Police)",
                "quillon.testperson@northbridge-police.example");

        assertThat(errors).isEmpty();
        assertThat(tableNames(robot)).contains("Quillon Testperson");

        // Undo and redo from the keyboard, as the Edit menu offers.
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableNames(robot)).doesNotContain("Quillon Testperson");
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tableNames(robot)).contains("Quillon Testperson");

        // Close the database as quitting does, then reopen the same folder.
        robot.interact(() -> services.close());
        services = Services.open(dir, null);
        Group forum = services.members().groupNamed(FORUM);
        assertThat(services.members().register(forum.id()).entries()).extracting(RegisterEntry::personName)
                .contains("Quillon Testperson");
        robot.interact(() -> show(services));
        selectForum(robot);
        assertThat(tableNames(robot)).contains("Quillon Testperson");
    }

    @Test
    void aBrokenRuleIsShownInTheDialogAndNothingTypedIsLost(FxRobot robot) {
        addMember(robot, "Rowan Mistyped", null, "Northbridge Borough Council (Local authority)", "rowan.at.nowhere");
        Label error = robot.lookup("#member-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("'rowan.at.nowhere' is not a well-formed e-mail address");
        assertThat(robot.lookup("#member-name").queryTextInputControl().getText()).isEqualTo("Rowan Mistyped");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(tableNames(robot)).doesNotContain("Rowan Mistyped");
    }

    private static void selectForum(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<Group> groups = robot.lookup("#group-list").queryAs(ListView.class);
        Group forum = groups.getItems().stream().filter(g -> g.name().equals(FORUM)).findFirst().orElseThrow();
        robot.clickOn(FORUM);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(groups.getSelectionModel().getSelectedItem()).isEqualTo(forum);
    }

    private static List<String> tableNames(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<RegisterEntry> table = robot.lookup("#register-table").queryAs(TableView.class);
        return table.getItems().stream().map(RegisterEntry::personName).toList();
    }

    /** Adds a member to the Forum as a user does: the Add dialog filled in (no job title when null) and OK. */
    private static void addMember(FxRobot robot, String name, String jobTitle, String agency, String email) {
        selectForum(robot);
        robot.clickOn("#add-member");
        robot.clickOn("#member-name").write(name);
        if (jobTitle != null) {
            robot.clickOn("#member-job-title").write(jobTitle);
        }
        robot.clickOn("#member-agency");
        robot.clickOn(agency);
        robot.clickOn("#member-email").write(email);
        robot.clickOn("#member-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
