package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.common.RecordChange;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who did what (V90): each committed change is one line with its user (this computer's user on the
 * embedded file, the database user on PostgreSQL; see TestStores).
 */
class ChangeLogTest {
    private static final String ME = TestStores.changedBy();

    @TempDir
    Path dir;

    @Test
    void eachSavedChangeIsRecordedWithItsUserAndWhatChanged() {
        try (Services services = new Services(TestStores.database(dir))) {
            assertThat(services.history().user()).isEqualTo(ME);
            long before = services.history().lastChange();
            Agency council = services.members().addAgency(new Agency(0, "Test Council", AgencyKind.LOCAL_AUTHORITY, true));
            Person p = services.members().addPerson(new Person(0, "Quentin Zephyrine", "Manager", council.id(), null, null));
            long afterAdd = services.history().lastChange();
            assertThat(afterAdd).isGreaterThan(before);

            Versioned<Person> opened = services.members().personForEdit(p.id());
            Versioned<Person> stale = services.members().personForEdit(p.id());
            services.members().updatePerson(new Person(p.id(), p.fullName(), "Director", council.id(), null, null), opened.version());
            long afterEdit = services.history().lastChange();
            assertThat(afterEdit).isGreaterThan(afterAdd);
            // A refused save leaves no line, and reading leaves none either.
            assertThatThrownBy(() -> services.members().updatePerson(
                    new Person(p.id(), p.fullName(), "Officer", council.id(), null, null), stale.version()))
                    .isInstanceOf(StaleEditException.class);
            services.members().people();
            assertThat(services.history().lastChange()).isEqualTo(afterEdit);

            List<RecordChange> history = services.history().history("person", p.id());
            assertThat(history).extracting(RecordChange::kind).containsExactly("insert", "update");
            assertThat(history).extracting(RecordChange::changedBy).containsOnly(ME);
            assertThat(history.get(0).summary()).contains("full_name: 'Quentin Zephyrine'", "job_title: 'Manager'");
            assertThat(history.get(1).summary()).isEqualTo("job_title: 'Manager' → 'Director'");
            assertThat(history.get(1).line()).contains("  " + ME + "  changed person " + p.id() + "  job_title: 'Manager' → 'Director'");

            // A statement (not a stored record) is recorded too: the action's status by a DSL update, then its deletion.
            ActionItem action = services.actions().add(ActionItem.draft("Audit neglect referrals", null, "Q. Zephyrine", null));
            services.actions().setStatus(action.id(), org.hubdesk.domain.actions.ActionStatus.DONE, java.time.LocalDate.of(2027, 1, 4));
            assertThat(services.history().history("action_item", action.id()))
                    .extracting(RecordChange::verb).startsWith("added").contains("changed");
            assertThat(services.history().history("action_item", action.id()).get(1).summary()).contains("DONE");
            assertThat(services.history().recent(1)).hasSize(1);
        }
    }

    /** On H2 only: the command reads the embedded file through --data-dir. */
    @Test
    @Tag("h2-only")
    void theHistoryCommandPrintsOneLinePerChangeAndRefusesAnUnknownTable() {
        try (Services services = Services.open(dir, null)) {
            services.demo().createDemo(0, java.time.LocalDate.of(2027, 1, 15));
            Person first = services.members().people().get(0);
            services.members().updatePerson(new Person(first.id(), first.fullName(), "Head of Service", first.agencyId(),
                    first.email(), first.phone()), services.members().personForEdit(first.id()).version());
            assertThatThrownBy(() -> services.history().history("people", 1))
                    .isInstanceOf(UserInputException.class).hasMessageStartingWith("There is no table 'people'; one of:");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"history", "person", "1", "--data-dir", dir.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  " + ME + "  added person 1  .*");
        assertThat(lines[1]).contains("changed person 1  job_title: ").endsWith("→ 'Head of Service'");

        StringWriter err2 = new StringWriter();
        int refused = CommandLineRunner.run(new String[] {"history", "people", "1", "--data-dir", dir.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertThat(refused).isNotZero();
        assertThat(err2.toString().strip()).startsWith("hubdesk: There is no table 'people'").doesNotContain("\n");
    }
}
