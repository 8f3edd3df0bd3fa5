package org.hubdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Test support for the command line: runs it as an admin would, against one data folder, and keeps
 * the exit code and what it printed on stdout and stderr.
 */
final class CliRun {
    /** One run: its exit code and what it printed. */
    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    /** {@code hubdesk --data-dir DATA ARGS...}. */
    static Result run(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return runExactly(all);
    }

    /** {@code hubdesk ARGS... --data-dir DATA}: the option given after the subcommand, as it is inherited. */
    static Result runDataDirLast(Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return runExactly(all);
    }

    static Result runExactly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
