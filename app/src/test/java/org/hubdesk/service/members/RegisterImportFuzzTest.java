package org.hubdesk.service.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hubdesk.bench.RegisterImportFuzz;
import org.hubdesk.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short, fixed-seed version of the import fuzz harness (the long one: {@link RegisterImportFuzz#main}). */
class RegisterImportFuzzTest {
    @TempDir
    Path dir;

    @Test
    void mutatedRegistersGiveRowErrorsOrOneLineRefusalsAndNeverAPartialWrite() throws Exception {
        try (Services services = RegisterImportFuzz.open(dir.resolve("data"))) {
            services.demo().createDemo(0, LocalDate.now());
            RegisterImportFuzz.Result result = RegisterImportFuzz.run(services, Files.createDirectories(dir.resolve("files")),
                    RegisterImportServiceTest.SAMPLE, 20261204L, 300);
            assertThat(result.failures()).isEmpty();
            assertThat(result.cases()).isEqualTo(300);
            // The mutations reach every outcome, so the harness exercises what it claims to.
            assertThat(result.rowErrors()).isPositive();
            assertThat(result.refusals()).isPositive();
            assertThat(result.imported()).isPositive();
        }
    }
}
