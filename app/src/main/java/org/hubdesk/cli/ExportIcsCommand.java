package org.hubdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hubdesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/** {@code hubdesk export ics}: a meeting's calendar invitation. */
@Command(name = "ics", mixinStandardHelpOptions = true,
        description = {"A meeting invitation (.ics, RFC 5545/5546) with its agenda, which Outlook opens as a meeting request:",
            "METHOD:REQUEST from the organizer to every member with an e-mail address; METHOD:CANCEL once the meeting is cancelled.",
            "The UID is the meeting's own; after a change, the next file carries a higher SEQUENCE, so it updates the first."})
final class ExportIcsCommand extends FeatureCommand.Action<ExportCommand> {
    @Mixin
    MeetingOption meeting;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics")
    Path out;

    @Option(names = "--organizer", paramLabel = "EMAIL", description = "Who sends it (default: the group's chair, else its deputy chair)")
    String organizer;

    @Override
    void run(Services services, PrintWriter stdout) {
        var written = services.meetings().writeInvitation(meeting.id, organizer, out);
        stdout.println("Wrote " + out.toAbsolutePath() + ": " + written.method() + ", sequence " + written.sequence() + ", from "
                + written.organizer() + " to " + written.attendees() + " members");
        if (!written.withoutEmail().isEmpty()) {
            stdout.println("No e-mail address, so not invited (forward it to them): " + String.join(", ", written.withoutEmail()));
        }
    }
}
