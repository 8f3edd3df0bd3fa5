package org.hubdesk.cli;

import java.io.PrintWriter;
import org.hubdesk.service.ImportCheck;
import picocli.CommandLine.Option;

/**
 * {@code --dry-run}, and how every import (members, performance data, a self-assessment) ends once its preview is
 * printed: refused with the preview's summary on any error, stopped at a dry run, else it goes ahead.
 */
final class DryRun {
    @Option(names = "--dry-run", description = "Only show what would be imported")
    boolean dryRun;

    /** The preview printed so far goes out; then, on any error, its summary is the one-line error and nothing is written. */
    static void refuseErrors(PrintWriter out, ImportCheck<?> preview) {
        out.flush();
        preview.requireNoErrors();
    }

    /** On a dry run, says what would have been imported and returns true: the import stops there. */
    boolean stops(PrintWriter out, String wouldImport) {
        if (dryRun) {
            out.println("Dry run: " + wouldImport + "; nothing was written");
        }
        return dryRun;
    }
}
