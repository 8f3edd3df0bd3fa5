package org.hubdesk.service.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Assurance forms' service actions against a real H2 file: each saves in one go or refuses with nothing written. */
@ExtendWith(FixedDay.class)
class AssuranceFormsServiceTest {
    @TempDir
    Path dir;

    @Test
    void aNewRoundAsksItsAgenciesInOneGoAndADuplicateWritesNothing(AssuranceService audits) {
        AuditRound round = audits.startRound(AuditKind.SECTION_175, 2026, null, LocalDate.of(2026, 12, 1),
                List.of("Hillcrest Academy", "Alderbrook Primary School", "hillcrest academy"));
        assertThat(round.title()).isEqualTo("Section 175 audit 2026");
        assertThat(audits.overview(round.id()).notYetReturned()).containsExactlyInAnyOrder("Hillcrest Academy", "Alderbrook Primary School");

        assertThatThrownBy(() -> audits.startRound(AuditKind.SECTION_175, 2026, null, null, List.of("Kingsmoor High School")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already a Section 175 round for 2026");
        assertThatThrownBy(() -> audits.startRound(AuditKind.SECTION_11, null, null, null, List.of()))
                .hasMessageContaining("year the round starts in");
        assertThatThrownBy(() -> audits.startRound(null, 2026, null, null, List.of())).hasMessageContaining("Choose the audit");
        assertThat(audits.rounds()).hasSize(1);
        assertThat(audits.organisations(AuditKind.SECTION_175)).containsExactly("Alderbrook Primary School", "Hillcrest Academy");
    }

    @Test
    void aReturnTypedOnScreenIsCheckedBeforeAnythingIsWritten(AssuranceService audits) {
        AuditRound round = audits.startRound(AuditKind.SECTION_11, 2026, null, null, List.of("Testshire Police"));

        assertThatThrownBy(() -> audits.saveReturn(round.id(), " ", null, List.of(StandardRating.of(1, SelfRating.FULLY_MET, null))))
                .isInstanceOf(UserInputException.class).hasMessageContaining("agency or school the return comes from");
        assertThatThrownBy(() -> audits.saveReturn(round.id(), "Testshire Police", null,
                List.of(new StandardRating(1, null, null, null, null), new StandardRating(2, null, null, null, null))))
                .hasMessage("Rate at least one standard before saving the return");
        assertThatThrownBy(() -> audits.saveReturn(round.id(), "Testshire Police", null,
                List.of(StandardRating.of(1, SelfRating.MOSTLY_MET, "Policy signed off"),
                        new StandardRating(3, null, "Safer recruitment training for managers", null, null))))
                .hasMessageContaining("Standard 3 (Recruitment and Selection) has evidence or actions but no rating");
        assertThatThrownBy(() -> audits.saveReturn(round.id(), "Testshire Police", LocalDate.of(2026, 12, 1),
                List.of(StandardRating.of(1, SelfRating.MOSTLY_MET, null)))).hasMessageContaining("in the future");
        assertThat(audits.overview(round.id()).returnedRows()).isEmpty();

        audits.saveReturn(round.id(), "testshire police", LocalDate.of(2026, 10, 1), List.of(
                new StandardRating(1, SelfRating.MOSTLY_MET, "Policy signed off", "https://example.org/policy", "Review in 2027"),
                new StandardRating(2, SelfRating.NOT_MET, null, null, null)));
        AuditOverview o = audits.overview(round.id());
        assertThat(o.rows()).hasSize(1);
        assertThat(o.notYetReturned()).isEmpty();
        AuditOverview.Row row = o.returnedRows().get(0);
        assertThat(row.assessment().returnedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(row.assessment().rating(1).orElseThrow().evidenceLink()).isEqualTo("https://example.org/policy");
        assertThat(row.cells()).extracting(AuditOverview.Cell::text).startsWith("3", "1", "");
    }

    @Test
    void aReturnSavedFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        try (Services services = Services.open(dir.resolve("data"), null)) {
            services.demo().createEmpty(FixedDay.PARTNERSHIP);
            AssuranceService audits = FixedDay.assurance(services);
            AuditRound round = audits.startRound(AuditKind.SECTION_11, 2026, null, null, List.of("Testshire Police"));
            Versioned<SelfAssessment> mine = audits.returnForEdit(round.id(), "Testshire Police");
            Versioned<SelfAssessment> theirs = audits.returnForEdit(round.id(), "Testshire Police");
            audits.saveReturn(round.id(), "Testshire Police", LocalDate.of(2026, 10, 1),
                    List.of(StandardRating.of(1, SelfRating.FULLY_MET, "Policy signed off")), theirs.version());
            assertThatThrownBy(() -> audits.saveReturn(round.id(), "Testshire Police", LocalDate.of(2026, 10, 2),
                    List.of(StandardRating.of(1, SelfRating.NOT_MET, null)), mine.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageStartingWith("The return of Testshire Police was changed by someone else since you opened it; nothing was saved.")
                    .hasMessageContaining("Theirs now: returned 2026-10-01, ratings 1: 4.")
                    .hasMessageContaining("Yours: returned 2026-10-02, ratings 1: 1.");
            assertThat(audits.returnForEdit(round.id(), "Testshire Police").value().rating(1).orElseThrow().rating())
                    .isEqualTo(SelfRating.FULLY_MET);

            // A return a colleague entered first, for an organisation not yet in the round, is not replaced unseen either.
            Versioned<SelfAssessment> none = audits.returnForEdit(round.id(), "Testshire Council");
            assertThat(none.value().ratings()).isEmpty();
            audits.saveReturn(round.id(), "Testshire Council", LocalDate.of(2026, 10, 1),
                    List.of(StandardRating.of(1, SelfRating.MOSTLY_MET, null)), none.version());
            assertThatThrownBy(() -> audits.saveReturn(round.id(), "testshire council", LocalDate.of(2026, 10, 1),
                    List.of(StandardRating.of(1, SelfRating.PARTLY_MET, null)), none.version()))
                    .isInstanceOf(StaleEditException.class);
            assertThat(audits.returnForEdit(round.id(), "Testshire Council").value().rating(1).orElseThrow().rating())
                    .isEqualTo(SelfRating.MOSTLY_MET);
        }
    }

    @Test
    void theChallengePanelIsSavedAndItsMakeUpChecked(AssuranceService audits) {
        AuditRound round = audits.createRound(AuditKind.SECTION_11, 2026, null, null);
        List<String> agencies = List.of("Testshire Police", "Testshire Council", "Testshire ICB");
        List<String> schools = List.of("Hillcrest Academy", "Alderbrook Primary School", "Kingsmoor High School");

        assertThatThrownBy(() -> audits.savePanel(new ChallengePanel(round.id(), null, agencies, schools, List.of("Hub chair"),
                "Forum member", "Leadership evidenced well"))).isInstanceOf(UserInputException.class)
                .hasMessageContaining("give the date it was held");
        assertThatThrownBy(() -> audits.savePanel(new ChallengePanel(round.id(), LocalDate.of(2026, 9, 1),
                List.of("Testshire Police", "testshire police"), schools, List.of(), null, null))).hasMessageContaining("invited twice");
        assertThatThrownBy(() -> audits.savePanel(new ChallengePanel(round.id(), LocalDate.of(2026, 9, 1),
                List.of("A", "B", "C", "D"), schools, List.of(), null, null))).hasMessageContaining("4 agencies are invited");
        assertThat(audits.panel(round.id())).isEmpty();

        audits.savePanel(new ChallengePanel(round.id(), LocalDate.of(2026, 9, 1), agencies, schools,
                List.of("Hub chair", "Designated Nurse"), "Forum member (aged 16)", "Leadership evidenced well"));
        ChallengePanel saved = audits.panel(round.id()).orElseThrow();
        assertThat(saved.agenciesInvited()).containsExactlyElementsOf(agencies);
        assertThat(saved.schoolsInvited()).containsExactlyElementsOf(schools);
        assertThat(saved.panelMembers()).containsExactly("Hub chair", "Designated Nurse");
        assertThat(saved.youngPeopleRepresentative()).isEqualTo("Forum member (aged 16)");
        assertThat(saved.warnings()).isEmpty();
    }

    @Test
    void aCalendarEntryIsAddedThenEditedAndFeedbackNeedsFindings(Services services) {
        AuditCalendarService calendar = services.auditCalendar();
        PartnershipYear year = calendar.year(2026, LocalDate.of(2026, 11, 2));
        YearMonth month = year.firstMonth().plusMonths(2);
        CalendarEntry added = calendar.save(new CalendarEntry(0, month, CalendarEntry.Kind.OBSERVATION, "Core groups",
                "Designated Nurse", "Schools; Health", "Core group observation form", null, null));
        assertThatThrownBy(() -> calendar.save(new CalendarEntry(added.id(), month, CalendarEntry.Kind.OBSERVATION, "Core groups",
                "Designated Nurse", "Schools; Health", "Core group observation form", " ", CalendarEntry.FedBackTo.HUB)))
                .isInstanceOf(UserInputException.class).hasMessageContaining("Write the findings");
        assertThatThrownBy(() -> calendar.save(new CalendarEntry(0, month, null, " ", null, null, null, null, null)))
                .hasMessageContaining("needs its theme");

        calendar.save(new CalendarEntry(added.id(), month, CalendarEntry.Kind.OBSERVATION, "Core groups", "Designated Nurse",
                "Schools; Health", "Core group observation form", "Plans were reviewed at every core group.",
                CalendarEntry.FedBackTo.PERFORMANCE_GROUP));
        List<CalendarEntry> stored = calendar.calendar(year).stream().filter(e -> e.kind() != CalendarEntry.Kind.HUB_CYCLE).toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).findings()).isEqualTo("Plans were reviewed at every core group.");
        assertThat(stored.get(0).feedbackText()).isEqualTo("Fed back to the Performance group");
    }
}
