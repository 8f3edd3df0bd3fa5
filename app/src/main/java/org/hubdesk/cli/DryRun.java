package org.hubdesk.cli;

import java.io.PrintWriter;
import org.hubdesk.domain.common.UserInputException;
import picocli.CommandLine.Option;

/**
 * {@code --dry-run}, and how every import (members, performance data, a self-assessment) ends once its preview is
 * printed: refused with the preview's summary on any error, stopped at a dry run, else it goes ahead.
 */
final class DryRun {
    @Option(names = "--dry-run", description = "Only show what would be imported")
    boolean dryRun;

    /** On any error: the preview printed so far goes out, then the summary as the one-line error; nothing is written. */
    static void refuseErrors(PrintWriter out, boolean hasErrors, String summary) {
        if (hasErrors) {
            out.flush();
            throw new UserInputException(summary);
        }
    }

    /** On a dry run, says what would have been imported and returns true: the import stops there. */
    boolean stops(PrintWriter out, String wouldImport) {
        if (dryRun) {
            out.println("Dry run: " + wouldImport + "; nothing was written");
        }
        return dryRun;
    }
}
