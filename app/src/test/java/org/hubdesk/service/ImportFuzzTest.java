package org.hubdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.hubdesk.bench.ImportFuzz;
import org.hubdesk.bench.ImportFuzzTargets;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short, fixed-seed version of the import fuzz harness (the long one: {@link ImportFuzz#main}),
 * for each spreadsheet import: mutated files give row errors or a one-line refusal, never a crash
 * or a partial write.
 */
// Stays on H2: the fuzz harness (900 imports) keeps its own H2 store with backups off; kept out of the PostgreSQL pass for time.
@Tag("h2-only")
class ImportFuzzTest {
    @TempDir
    Path dir;

    static Stream<String> imports() {
        return Stream.of("register", "assessment", "performance");
    }

    @ParameterizedTest
    @MethodSource("imports")
    void mutatedSpreadsheetsGiveRowErrorsOrOneLineRefusalsAndNeverAPartialWrite(String name) throws Exception {
        try (Services services = ImportFuzz.open(dir.resolve("data"))) {
            services.demo().createDemo(0, LocalDate.now());
            ImportFuzz.Result result = ImportFuzz.run(services, Files.createDirectories(dir.resolve("files")),
                    ImportFuzzTargets.named(name), 20261204L, 300);
            assertThat(result.failures()).isEmpty();
            assertThat(result.cases()).isEqualTo(300);
            // The mutations reach every outcome, so the harness exercises what it claims to.
            assertThat(result.rowErrors()).isPositive();
            assertThat(result.refusals()).isPositive();
            assertThat(result.imported()).isPositive();
        }
    }
}
