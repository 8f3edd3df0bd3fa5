package org.hubdesk.service.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.Conflict;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.PhaseKind;
import org.hubdesk.domain.hub.PhaseLengths;
import org.hubdesk.domain.hub.PlannedCycle;
import org.hubdesk.domain.hub.TimelineLayout;
import java.time.LocalTime;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.service.meetings.MeetingService;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub service against saves from an older load: each test starts from an empty store with one cycle, "Neglect", planned from May 2027. */
class HubStaleSavesTest {
    @TempDir
    Path dir;

    private Services services;
    private HubService hub;
    private long cycle;

    @BeforeEach
    void planNeglect() {
        services = TestStores.openEmpty(dir, "Test Partnership");
        hub = new HubService(services.database(), Clock.fixed(HubServiceTest.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        cycle = hub.planProgramme(List.of("Neglect"), YearMonth.of(2027, 5)).get(0).cycle().id();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    @Test
    void aLeadChosenFromAnOlderLoadIsRefusedAndTheColleaguesLeadStays() {
        Agency police = services.members().addAgency(new Agency(0, "Test Constabulary", AgencyKind.POLICE, true));
        Person dci = services.members().addPerson(new Person(0, "Ione Quarrel", "DCI", police.id(), null, null));
        Person ds = services.members().addPerson(new Person(0, "Tamsin Wold", "DS", police.id(), null, null));
        HubService.Programme mine = hub.programme();
        HubService.Programme theirs = hub.programme();
        hub.setLead(cycle, dci.id(), theirs.version(cycle));
        HubCycle saved = hub.programme().cycle(cycle).orElseThrow();

        assertThatThrownBy(() -> hub.setLead(cycle, ds.id(), mine.version(cycle)))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The hub cycle 'Neglect' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: lead Ione Quarrel, members none. Yours: lead Tamsin Wold, members none."
                        + " Open it again to see their change, then make yours on top of it.");
        assertThat(hub.programme().cycle(cycle).orElseThrow()).isEqualTo(saved);
        // Loaded again, the screen's save goes through on top of theirs.
        hub.setLead(cycle, ds.id(), hub.programme().version(cycle));
        assertThat(hub.programme().cycle(cycle).orElseThrow().leadPersonId()).isEqualTo(ds.id());
    }

    @Test
    void phaseDatesTypedFromAnOlderLoadAreRefusedAndTheColleaguesDatesStay() {
        Integer mine = hub.programme().version(cycle);
        long audits = hub.programme().cycle(cycle).orElseThrow().phases().get(1).id();
        hub.setPhaseDates(audits, YearMonth.of(2027, 6), YearMonth.of(2027, 7), false, hub.programme().version(cycle));
        HubCycle saved = hub.programme().cycle(cycle).orElseThrow();

        assertThatThrownBy(() -> hub.setPhaseDates(audits, YearMonth.of(2027, 6), YearMonth.of(2027, 9), false, mine))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The hub cycle 'Neglect' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: Single- and multi-agency audits 2027-06 to 2027-07, activities ")
                .hasMessageContaining(". Yours: Single- and multi-agency audits 2027-06 to 2027-09, activities ");
        assertThat(hub.programme().cycle(cycle).orElseThrow()).isEqualTo(saved);
        assertThat(HubServiceTest.schedule(saved)).isEqualTo("2027-05 2027-06+2 2027-08 2027-09");
    }

    @Test
    void aCycleMovedOrAPhaseStretchedFromAnOlderLoadIsRefusedAndTheColleaguesDatesStay() {
        Integer mine = hub.programme().version(cycle);
        HubCycle before = hub.programme().cycle(cycle).orElseThrow();
        long audits = before.phases().get(1).id();
        // A colleague moves the cycle a month later (the drag or the Later button, from their fresh load).
        hub.moveCycle(cycle, 1, false, hub.programme().version(cycle));
        HubCycle saved = hub.programme().cycle(cycle).orElseThrow();
        assertThat(saved.firstMonth()).isEqualTo(before.firstMonth().plusMonths(1));

        assertThatThrownBy(() -> hub.moveCycle(cycle, 2, false, mine))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The hub cycle 'Neglect' was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: from " + saved.firstMonth() + " to " + saved.lastMonth())
                // A move is relative: "yours" is your move made on their dates, what saving it now would give.
                .hasMessageContaining(". Yours: from " + saved.firstMonth().plusMonths(2) + " to " + saved.lastMonth().plusMonths(2));
        assertThatThrownBy(() -> hub.stretchPhase(audits, 3, false, mine)).isInstanceOf(StaleEditException.class);
        assertThat(hub.programme().cycle(cycle).orElseThrow()).isEqualTo(saved);
        // From the load after the colleague's move, the same drag is saved.
        hub.moveCycle(cycle, 2, false, hub.programme().version(cycle));
        assertThat(hub.programme().cycle(cycle).orElseThrow().firstMonth()).isEqualTo(before.firstMonth().plusMonths(3));
    }

    @Test
    void activitiesEditedFromAnOlderLoadAreRefusedAndTheColleaguesActivitiesStay() {
        HubService.Programme mine = hub.programme();
        HubPhase audits = mine.cycle(cycle).orElseThrow().phases().get(1);
        Activity single = audits.activities().get(0);
        hub.setActivityStatus(single.id(), ActivityStatus.DONE, hub.programme().version(cycle));
        HubCycle saved = hub.programme().cycle(cycle).orElseThrow();

        List<Activity> renamed = audits.activities().stream()
                .map(a -> a.id() == single.id() ? new Activity(a.id(), "Single-agency audits of neglect cases", a.status()) : a).toList();
        assertThatThrownBy(() -> hub.editActivities(audits.id(), renamed, mine.version(cycle)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: Single- and multi-agency audits 2027-06 to 2027-06, activities '"
                        + single.description() + "' Done")
                .hasMessageContaining("Yours: Single- and multi-agency audits 2027-06 to 2027-06, activities "
                        + "'Single-agency audits of neglect cases' Planned");
        assertThatThrownBy(() -> hub.setActivityStatus(single.id(), ActivityStatus.IN_PROGRESS, mine.version(cycle)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Yours: Single- and multi-agency audits 2027-06 to 2027-06, activities '"
                        + single.description() + "' In progress");
        assertThat(hub.programme().cycle(cycle).orElseThrow()).isEqualTo(saved);
    }
}
