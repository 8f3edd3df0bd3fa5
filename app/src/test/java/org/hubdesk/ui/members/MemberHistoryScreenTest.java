package org.hubdesk.ui.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.ui.shell.Area;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The business manager asks who changed a member: History… lists each change with its user. */
@WindowOn(Data.DEMO)
class MemberHistoryScreenTest extends MainWindowScreenTest {
    @Test
    void historyListsTheMembersChangesWithWhoMadeThem(FxRobot robot) throws Exception {
        Group hub = services.governance().groupNamed("Learning Hub");
        RegisterEntry first = services.members().register(hub.id()).entries().get(0);
        Person p = services.members().personForEdit(first.personId()).value();
        services.members().updatePerson(new Person(p.id(), p.fullName(), "Head of Service", p.agencyId(), p.email(), p.phone()),
                services.members().personForEdit(p.id()).version());
        robot.interact(() -> window.show(Area.MEMBERS));
        robot.interact(() -> ((MembersView) window.view(Area.MEMBERS)).model().selectGroup(hub.id()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<RegisterEntry> table = robot.lookup("#register-table").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(e -> e.membershipId() == first.membershipId()).findFirst()
                .ifPresent(e -> table.getSelectionModel().select(e)));
        robot.clickOn("#member-history");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#history-lines").queryAs(ListView.class);
        String me = System.getProperty("user.name");
        assertThat(lines.getItems()).anyMatch(l -> l.contains("  " + me + "  added person " + p.id()))
                .anyMatch(l -> l.contains("  " + me + "  added membership " + first.membershipId()))
                .anyMatch(l -> l.contains("changed person " + p.id()) && l.endsWith("→ 'Head of Service'"));
        String shots = System.getenv("HUBDESK_SCREENSHOTS");
        if (shots != null) {
            robot.interact(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(lines.getScene().snapshot(null), null), "png",
                            Path.of(shots, "member-history.png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.interact(() -> ((javafx.stage.Stage) lines.getScene().getWindow()).close());
        assertThat(errors).isEmpty();
    }
}
