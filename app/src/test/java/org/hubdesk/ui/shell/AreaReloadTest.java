package org.hubdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.ui.members.MembersView;
import org.hubdesk.ui.testing.MainWindowScreenTest;
import org.hubdesk.ui.testing.MainWindowScreenTest.Data;
import org.hubdesk.ui.testing.MainWindowScreenTest.WindowOn;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Going back to an area reloads its lists only when something was saved since they were loaded. */
@WindowOn(Data.DEMO)
class AreaReloadTest extends MainWindowScreenTest {
    @Test
    void anAreaShownAgainWithNothingSavedKeepsItsListsAndReloadsThemAfterAnEdit(FxRobot robot) {
        robot.interact(() -> window.show(Area.MEMBERS));
        MembersView members = (MembersView) window.view(Area.MEMBERS);
        Group loaded = members.model().groups.get(0);

        robot.interact(() -> window.show(Area.MEETINGS));
        robot.interact(() -> window.show(Area.MEMBERS));
        assertThat(members.model().groups.get(0)).as("nothing saved: the lists were not fetched again").isSameAs(loaded);

        long before = services.revision();
        services.members().saveGroup(new Group(0, "Reload Test Panel", GroupKind.SUBGROUP, "Tests reloading.", "Monthly", 60,
                QuorumRule.STATUTORY_PARTNERS, null, null));
        assertThat(services.revision()).isGreaterThan(before);
        robot.interact(() -> window.show(Area.MEETINGS));
        robot.interact(() -> window.show(Area.MEMBERS));
        assertThat(members.model().groups).extracting(Group::name).contains("Reload Test Panel");
        assertThat(members.model().groups.get(0)).isNotSameAs(loaded);
        assertThat(errors).isEmpty();
    }
}
