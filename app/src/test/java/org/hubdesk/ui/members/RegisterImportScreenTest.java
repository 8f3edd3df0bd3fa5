package org.hubdesk.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.service.Services;
import org.hubdesk.ui.shell.UiContext;
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

/** Importing a register from the screen: problems shown per line, nothing written until confirmed. */
@ExtendWith(ApplicationExtension.class)
class RegisterImportScreenTest {
    @TempDir
    static Path dir;

    private Services services;
    private MembersView view;
    private Group hub;

    @Start
    void start(Stage stage) {
        services = Data.DEMO.open(dir.resolve("db"));
        hub = services.members().groupNamed("Working Group");
        UiContext context = ScreenSupport.context(stage, services, m -> { });
        view = new MembersView(context);
        view.model().selectedGroup.set(hub);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aFileWithABadLineShowsTheProblemAndCannotBeImported(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Agency,Representatives,Name,E-mail\n"
                + "Northbridge Borough Council,Service Manager,Imogen Goodline,imogen.goodline@northbridge-council.example\n"
                + "Northbridge Constabulary,Detective Sergeant,Barnaby Badmail,barnaby-at-police\n");
        int before = services.members().register(hub.id()).entries().size();
        Platform.runLater(() -> view.importFrom(csv));
        WaitForAsyncUtils.waitForFxEvents();

        Button importButton = robot.lookup("#import-confirm").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<RegisterImportRow> preview = robot.lookup("#import-preview-table").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(2);
        assertThat(preview.getItems().get(1).errors()).anyMatch(e -> e.contains("barnaby-at-police"));
        robot.clickOn("Cancel");
        assertThat(services.members().register(hub.id()).entries()).hasSize(before);
    }

    @Test
    void aGoodFileIsImportedWhenTheUserConfirms(FxRobot robot) throws Exception {
        Path csv = dir.resolve("good.csv");
        Files.writeString(csv, "Agency,Representatives,Name,E-mail\n"
                + "Northbridge Borough Council,Service Manager,Imogen Goodline,imogen.goodline@northbridge-council.example\n");
        Platform.runLater(() -> view.importFrom(csv));
        WaitForAsyncUtils.waitForFxEvents();
        Button importButton = robot.lookup("#import-confirm").queryButton();
        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn(importButton);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK"); // the "Imported 1 members" notice
        assertThat(services.members().register(hub.id()).entries()).extracting(RegisterEntry::personName)
                .contains("Imogen Goodline");
        @SuppressWarnings("unchecked")
        TableView<RegisterEntry> table = robot.lookup("#register-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(RegisterEntry::personName).contains("Imogen Goodline");
    }
}
