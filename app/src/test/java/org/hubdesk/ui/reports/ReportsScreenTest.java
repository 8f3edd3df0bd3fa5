package org.hubdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A user exports a group's register from the Reports screen and finds the file where they asked. */
@WindowOn(Data.DEMO)
class ReportsScreenTest extends MainWindowScreenTest {
    @TempDir
    Path out;
    /** Opens the Reports screen and chooses a report once the list, loaded in the background, shows it. */
    private static void choose(FxRobot robot, String report) throws TimeoutException {
        robot.clickOn("Reports");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(report).tryQuery().isPresent());
        robot.clickOn(report);
    }

    private void chooseRegisterOfTheLearningHub(FxRobot robot, Path folder) throws TimeoutException {
        choose(robot, "Membership register");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> group = robot.lookup("#report-group").queryAs(ComboBox.class);
        assertThat(group.isVisible()).isTrue();
        assertThat(robot.lookup("#report-year").query().isVisible()).as("the register has no year").isFalse();
        robot.interact(() -> group.getSelectionModel().select("Learning Hub"));
        robot.interact(() -> robot.lookup("#report-folder").queryAs(TextField.class).setText(folder.toString()));
    }

    @Test
    void exportsTheRegisterAsWordAndOffersToOpenIt(FxRobot robot) throws Exception {
        chooseRegisterOfTheLearningHub(robot, out);
        String fileName = robot.lookup("#report-file-name").queryAs(TextField.class).getText();
        assertThat(fileName).startsWith("register-learning-hub-").endsWith(".docx");
        robot.clickOn("#export-report");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        Path file = out.resolve(fileName);
        assertThat(file).isRegularFile();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Learning Hub membership"));
        }
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).startsWith("Saved Learning Hub membership");
        assertThat(robot.lookup("#saved-path").queryAs(TextField.class).getText()).isEqualTo(file.toString());

        // The test machine is headless: opening the file says where it is instead.
        robot.clickOn("#open-file");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).contains(file.toString());
    }

    @Test
    void choosingPdfChangesTheFileAndTheAnnualReportAsksForAYear(FxRobot robot) throws TimeoutException {
        choose(robot, "Annual report (draft)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-year").query().isVisible()).isTrue();
        robot.clickOn("#format-pdf");
        assertThat(robot.lookup("#report-file-name").queryAs(TextField.class).getText()).startsWith("annual-report-").endsWith("-draft.pdf");
    }

    @Test
    void aReadOnlyFolderIsExplainedAndNothingIsWritten(FxRobot robot) throws Exception {
        Path readOnly = Files.createDirectory(out.resolve("locked"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            chooseRegisterOfTheLearningHub(robot, readOnly);
            robot.clickOn("#export-report");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(errors).singleElement().asString().contains("read-only");
            assertThat(robot.lookup("#export-status").queryAs(Label.class).getText()).startsWith("Not saved:");
            try (var files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
