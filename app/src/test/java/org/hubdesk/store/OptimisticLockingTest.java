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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row versions (V85) on the embedded store: a save from a stale opening is refused, nothing overwritten. */
class OptimisticLockingTest {
    @TempDir
    Path dir;

    @Test
    void aSaveFromAStaleOpeningIsRefusedAndEverySaveMovesTheVersionOn() {
        try (Services services = new Services(Database.open(dir, null))) {
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
}
