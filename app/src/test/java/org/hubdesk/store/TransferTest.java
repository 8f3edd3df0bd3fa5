package org.hubdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.hubdesk.cli.CommandLineRunner;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `hubdesk transfer` between two embedded files (the server legs are in TeamDatabaseTest): every row, counted. */
// Stays on H2: a transfer between two embedded files; the server legs are in TeamDatabaseTest.
@Tag("h2-only")
class TransferTest {
    @TempDir
    Path dir;

    @Test
    void theWholePartnershipIsCopiedWithItsIdsAndHistoryAndCountedTableByTable() {
        Path from = dir.resolve("laptop");
        Path to = dir.resolve("copy");
        Map<String, Long> counts;
        String history;
        try (Services services = Services.open(from, null)) {
            services.demo().createDemo(1, LocalDate.of(2027, 1, 15));
            Person first = services.members().people().get(0);
            services.members().updatePerson(new Person(first.id(), first.fullName(), "Head of Service", first.agencyId(),
                    first.email(), first.phone()), services.members().personForEdit(first.id()).version());
            counts = services.database().counts();
            history = services.history().history("person", first.id()).toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"transfer", "--from", from.toString(),
            "--to", "jdbc:h2:file:" + to.resolve("hubdesk")}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains(String.format("%-32s %8d %8d%n", "person", counts.get("person"), counts.get("person")))
                .doesNotContain("DIFFERS")
                .contains("Copied " + counts.values().stream().mapToLong(Long::longValue).sum() + " rows in " + counts.size()
                        + " tables from " + from + " to " + to + "; the counts match.");
        try (Services copy = Services.open(to, null)) {
            assertThat(copy.database().counts()).isEqualTo(counts);
            Person first = copy.members().people().get(0);
            assertThat(first.jobTitle()).isEqualTo("Head of Service");
            assertThat(copy.history().history("person", first.id()).toString()).isEqualTo(history);
            // New records get new ids after the copied ones.
            Person added = copy.members().addPerson(new Person(0, "Quentin Zephyrine", null, first.agencyId(), null, null));
            assertThat(added.id()).isEqualTo(counts.get("person") + 1);
        }

        // Into a store that already holds data: refused, nothing changed.
        StringWriter again = new StringWriter();
        int refused = CommandLineRunner.run(new String[] {"transfer", "--from", from.toString(), "--to", to.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(again));
        assertThat(refused).isEqualTo(1);
        assertThat(again.toString().strip()).contains("already holds data").doesNotContain("\n");
        assertThat(again.toString()).contains("give --replace to delete it and copy over it");
        StringWriter none = new StringWriter();
        assertThat(CommandLineRunner.run(new String[] {"transfer", "--from", dir.resolve("nothing").toString(), "--to",
            dir.resolve("x").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(none))).isEqualTo(1);
        assertThat(none.toString()).contains("There is no Hubdesk database in " + dir.resolve("nothing"));
    }

    @Test
    void aTargetThatHoldsDataIsReplacedOnlyWhenAskedWithReplace() {
        Path from = dir.resolve("laptop");
        Path to = dir.resolve("office");
        Map<String, Long> counts;
        try (Services services = Services.open(from, null)) {
            services.demo().createDemo(0, LocalDate.of(2027, 1, 15));
            counts = services.database().counts();
        }
        long held;
        try (Services other = Services.open(to, null)) {
            other.demo().createDemo(1, LocalDate.of(2027, 1, 15));
            Person first = other.members().people().get(0);
            other.members().addPerson(new Person(0, "Quentin Zephyrine", null, first.agencyId(), null, null));
            held = other.database().counts().values().stream().mapToLong(Long::longValue).sum();
        }
        assertThat(held).isGreaterThan(counts.values().stream().mapToLong(Long::longValue).sum());

        StringWriter refusedErr = new StringWriter();
        StringWriter refusedOut = new StringWriter();
        assertThat(CommandLineRunner.run(new String[] {"transfer", "--from", from.toString(), "--to", to.toString()},
                new PrintWriter(refusedOut), new PrintWriter(refusedErr))).isEqualTo(1);
        assertThat(refusedOut.toString()).isEmpty();
        assertThat(refusedErr.toString().strip()).startsWith("hubdesk: " + to + " already holds data: " + held + " rows in ")
                .endsWith("); nothing was copied: give --replace to delete it and copy over it, or choose an empty store")
                .doesNotContain("\n");
        try (Services untouched = Services.open(to, null)) {
            assertThat(untouched.database().counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(held);
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"transfer", "--from", from.toString(), "--to", to.toString(), "--replace"},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Replacing what " + to + " holds: " + held + " rows in ")
                .contains("; the counts match.").doesNotContain("DIFFERS");
        try (Services replaced = Services.open(to, null)) {
            assertThat(replaced.database().counts()).isEqualTo(counts);
            assertThat(replaced.members().people()).extracting(Person::fullName).doesNotContain("Quentin Zephyrine");
            Person first = replaced.members().people().get(0);
            assertThat(replaced.members().addPerson(new Person(0, "Quentin Zephyrine", null, first.agencyId(), null, null)).id())
                    .isEqualTo(counts.get("person") + 1);
        }
    }
}
