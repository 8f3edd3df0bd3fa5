package org.hubdesk.cli;

import java.nio.file.Path;
import org.hubdesk.cli.CliRun.Result;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command-line test over a fresh folder per test: the commands' data folder is {@code data} in
 * it, so the files an export writes into the folder stay apart from the store.
 */
abstract class CliCommandTest {
    @TempDir
    Path dir;

    /** {@code hubdesk --data-dir DIR/data ARGS...}. */
    Result run(String... args) {
        return CliRun.run(dir.resolve("data"), args);
    }
}
