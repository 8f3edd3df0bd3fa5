package org.hubdesk.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hubdesk.domain.common.UserInputException;
import picocli.CommandLine;

/** Runs a command line and turns every failure into an exit code and one line on stderr. */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Library chatter (Flyway's migration log) is not for the admin's terminal.
        Logger.getLogger("").setLevel(Level.WARNING);
        CommandLine cl = new CommandLine(new HubdeskCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause = ex;
            while (cause != null && !(cause instanceof UserInputException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                err.println("hubdesk: " + cause.getMessage());
                return 1;
            }
            err.println("hubdesk: unexpected failure: " + ex);
            Logger.getLogger(CommandLineRunner.class.getName()).log(Level.SEVERE, "unexpected failure", ex);
            return 3;
        });
        cl.setParameterExceptionHandler((ex, commandArgs) -> {
            err.println("hubdesk: " + ex.getMessage());
            // The full path ("hubdesk export timeline"), so the hint works for nested commands too.
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
