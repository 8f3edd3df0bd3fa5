package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row versions (V85) on either store (TestStores): a save from a stale opening is refused, nothing overwritten. */
class OptimisticLockingTest {
    @TempDir
    Path dir;

    @Test
    void aSaveFromAStaleOpeningIsRefusedAndEverySaveMovesTheVersionOn() {
        try (Services services = new Services(TestStores.database(dir))) {
            Agency council = services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true));
            Person p = services.members().addPerson(new Person(0, "Quentin Zephyrine", "Manager", council.id(), null, null));
            Versioned<Person> first = services.members().personForEdit(p.id());
            Versioned<Person> second = services.members().personForEdit(p.id());
            services.members().updatePerson(new Person(p.id(), p.fullName(), "Director", council.id(), null, null), first.version());
            assertThatThrownBy(() -> services.members().updatePerson(
                    new Person(p.id(), p.fullName(), "Officer", council.id(), null, null), second.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessage("The details of Quentin Zephyrine was changed by someone else since you opened it; nothing was saved."
                            + " Theirs now: Quentin Zephyrine, Director. Yours: Quentin Zephyrine, Officer."
                            + " Open it again to see their change, then make yours on top of it.");
            assertThat(services.members().personForEdit(p.id()).value().jobTitle()).isEqualTo("Director");

            // The unchecked save (an import, an undo) still moves the version on, so an opening before it is stale too.
            Versioned<Person> beforeImport = services.members().personForEdit(p.id());
            services.members().updatePerson(new Person(p.id(), p.fullName(), "Imported", council.id(), null, null));
            assertThat(services.members().personForEdit(p.id()).version()).isGreaterThan(beforeImport.version());

            ActionItem action = services.actions().add(ActionItem.draft("Audit neglect referrals", null, "Q. Zephyrine", null));
            Versioned<ActionItem> a = services.actions().forEdit(action.id());
            services.actions().setStatus(action.id(), org.hubdesk.domain.actions.ActionStatus.DONE, java.time.LocalDate.of(2027, 1, 4));
            assertThatThrownBy(() -> services.actions().update(a.value(), a.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Theirs now: 'Audit neglect referrals', Done");
        }
    }

    @Test
    void theRegistersMemberDialogAndThePlansActionDialogSaveAgainstWhatTheyOpened() {
        try (Services services = new Services(TestStores.database(dir))) {
            services.demo().createDemo(0, java.time.LocalDate.of(2027, 1, 15));
            var group = services.members().groupNamed("Learning Hub");
            var entry = services.members().register(group.id()).entries().get(0);
            var membership = new org.hubdesk.domain.members.Membership(entry.membershipId(), group.id(), entry.personId(), entry.core(),
                    entry.role(), entry.jointWithPersonId(), entry.deputyPersonId(), entry.startsOn(), entry.endsOn());
            Versioned<Person> mine = services.members().personForEdit(entry.personId());
            Versioned<Person> theirs = services.members().personForEdit(entry.personId());
            Person p = mine.value();
            services.members().updateMember(new Person(p.id(), p.fullName(), "Theirs", p.agencyId(), p.email(), p.phone()),
                    theirs.version(), membership);
            assertThatThrownBy(() -> services.members().updateMember(
                    new Person(p.id(), p.fullName(), "Mine", p.agencyId(), p.email(), p.phone()), mine.version(), membership))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("Theirs now: " + p.fullName() + ", Theirs");
            assertThat(services.members().personForEdit(p.id()).value().jobTitle()).isEqualTo("Theirs");

            long planId = services.plans().plans().get(0).id();
            ActionItem action = services.plans().load(planId).actions().get(0);
            Versioned<ActionItem> opened = services.plans().actionForEdit(action.id());
            services.plans().moveAction(action.id(), 1); // a colleague reorders the action plan
            ActionItem edited = new ActionItem(action.id(), "Reworded", action.leadPersonId(), action.leadText(), action.timescale(),
                    action.status(), action.sortOrder(), action.completedOn());
            assertThatThrownBy(() -> services.plans().updateAction(edited, opened.version()))
                    .isInstanceOf(StaleEditException.class);
            Versioned<ActionItem> reopened = services.plans().actionForEdit(action.id());
            services.plans().updateAction(new ActionItem(action.id(), "Reworded", action.leadPersonId(), action.leadText(),
                    action.timescale(), action.status(), reopened.value().sortOrder(), action.completedOn()), reopened.version());
            assertThat(services.plans().actionForEdit(action.id()).value().description()).isEqualTo("Reworded");
        }
    }

    @Test
    void theGroupDialogSavesAgainstWhatItOpened() {
        try (Services services = new Services(TestStores.database(dir))) {
            services.demo().createDemo(0, java.time.LocalDate.of(2027, 1, 15));
            long id = services.members().groupNamed("Learning Hub").id();
            Versioned<org.hubdesk.domain.members.Group> mine = services.members().groupForEdit(id);
            Versioned<org.hubdesk.domain.members.Group> theirs = services.members().groupForEdit(id);
            services.members().saveGroup(withFrequency(theirs.value(), "Fortnightly"), theirs.version());
            assertThatThrownBy(() -> services.members().saveGroup(withFrequency(mine.value(), "Quarterly"), mine.version()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageStartingWith("The group Learning Hub was changed by someone else since you opened it; nothing was saved.")
                    .hasMessageContaining("Theirs now: Learning Hub, ").hasMessageContaining(", Fortnightly, ")
                    .hasMessageContaining("Yours: Learning Hub, ").hasMessageContaining(", Quarterly, ");
            assertThat(services.members().groupNamed("Learning Hub").meetingFrequency()).isEqualTo("Fortnightly");
            // Opened again, the edit goes on top.
            Versioned<org.hubdesk.domain.members.Group> again = services.members().groupForEdit(id);
            services.members().saveGroup(withFrequency(again.value(), "Quarterly"), again.version());
            assertThat(services.members().groupNamed("Learning Hub").meetingFrequency()).isEqualTo("Quarterly");
        }
    }

    private static org.hubdesk.domain.members.Group withFrequency(org.hubdesk.domain.members.Group g, String frequency) {
        return new org.hubdesk.domain.members.Group(g.id(), g.name(), g.kind(), g.purpose(), frequency, g.usualLengthMinutes(),
                g.quorumRule(), g.reportsToGroupId(), g.termsReviewDate());
    }
}
