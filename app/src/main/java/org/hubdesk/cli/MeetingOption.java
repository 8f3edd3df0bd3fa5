package org.hubdesk.cli;

import picocli.CommandLine.Option;

/** {@code --meeting ID}, for the exports of one meeting (agenda, minutes, invitation, pack). */
final class MeetingOption {
    @Option(names = "--meeting", required = true, paramLabel = "ID", description = "The meeting's id (see 'meeting list')")
    long id;
}
