package org.hubdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hubdesk.domain.common.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("report.docx");
        SafeFileWriter.write(target, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("complete");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailureHalfWayLeavesNoFileAndTheOldOneUntouched() throws IOException {
        Path fresh = dir.resolve("new.pdf");
        assertThatThrownBy(() -> SafeFileWriter.write(fresh, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk trouble");
        })).isInstanceOf(UserInputException.class).hasMessageContaining("disk trouble");
        assertThat(fresh).doesNotExist();

        Path existing = dir.resolve("old.pdf");
        Files.writeString(existing, "the previous version");
        assertThatThrownBy(() -> SafeFileWriter.write(existing, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new UserInputException("A picture in the report is not a readable PNG");
        })).hasMessageContaining("PNG");
        assertThat(Files.readString(existing)).isEqualTo("the previous version");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(existing);
        }
    }

    @Test
    void aReadOnlyFolderIsAClearMessageAndNoFile() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path target = readOnly.resolve("report.docx");
            assertThatThrownBy(() -> SafeFileWriter.write(target, out -> out.write(1)))
                    .isInstanceOf(UserInputException.class).hasMessageContaining("read-only");
            try (var files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsAClearMessage() throws IOException {
        assertThatThrownBy(() -> SafeFileWriter.write(dir.resolve("nowhere/report.pdf"), out -> out.write(1)))
                .hasMessageContaining("does not exist");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> SafeFileWriter.write(folder, out -> out.write(1))).hasMessageContaining("is a folder");
    }
}
