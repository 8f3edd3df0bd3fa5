package org.hubdesk.service.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.Meeting;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.report.ReportFormat;
import org.hubdesk.report.meetings.AgendaContent;
import org.hubdesk.report.meetings.MeetingIcs;
import org.hubdesk.domain.meetings.Invitees;
import org.hubdesk.store.meetings.InvitationRepository;
import org.hubdesk.report.meetings.MeetingPack;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.service.report.ReportService;
import org.hubdesk.store.Database;

/** A meeting's documents: agenda and minutes (DOCX, PDF), its .ics invitation and its meeting pack. */
final class MeetingExports extends MeetingsPart {
    private final ReportService documents;

    MeetingExports(Database database, Clock clock) {
        super(database, clock);
        this.documents = new ReportService(database, MeetingDocuments.catalogue(), database.directory());
    }

    public AgendaContent agendaContent(long meetingId) {
        return database.transaction(ctx -> MeetingLoader.agendaContent(ctx, load(ctx, meetingId)));
    }

    /** Writes the agenda as DOCX or PDF on the report engine (the partnership's branding); returns the file written. */
    public Path exportAgenda(long meetingId, ReportFormat format, Path out) {
        return export(MeetingDocuments.AGENDA, meetingId, format, out);
    }

    /** Writes the minutes (as edited, else a fresh draft) as DOCX or PDF; returns the file written. */
    public Path exportMinutes(long meetingId, ReportFormat format, Path out) {
        return export(MeetingDocuments.MINUTES, meetingId, format, out);
    }

    /** One of {@link MeetingDocuments}' reports of a meeting that must exist; returns the file written. */
    private Path export(String document, long meetingId, ReportFormat format, Path out) {
        onMeeting(meetingId, (ctx, repo, meeting) -> meeting);
        return documents.export(document, ReportScope.ofItem(meetingId), format, out, (f, m) -> { }).file();
    }

    /** Writes the .ics invitation for a meeting, from the group's chair. */
    public void writeIcs(long meetingId, Path out) {
        writeInvitation(meetingId, null, out);
    }

    /**
     * Writes the meeting's invitation as Outlook takes it, a meeting request: METHOD:REQUEST, from
     * {@code organizerEmail} (null: the group's chair) to every member expected with an e-mail
     * address; METHOD:CANCEL once the meeting is cancelled. The UID is the meeting's own; each time
     * what the invitation says changes (moved, cancelled, attendees), its SEQUENCE goes up by one.
     */
    public MeetingService.InvitationWritten writeInvitation(long meetingId, String organizerEmail, Path out) {
        checkFolder(out);
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            AgendaContent agenda = MeetingLoader.agendaContent(ctx, d);
            Invitees invitees = Invitees.of(d.group().name(), d.expected(), organizerEmail);
            String uid = meetingUid(d.meeting(), agenda.partnershipName());
            String fingerprint = MeetingIcs.fingerprint(agenda, invitees, uid);
            InvitationRepository sent = new InvitationRepository(ctx);
            InvitationRepository.LastSent last = sent.lastSent(meetingId);
            int sequence = Invitees.sequence(last.sequence(), last.fingerprint(), fingerprint);
            writeFile(out, MeetingIcs.invitation(agenda, invitees, uid, clock.instant(), sequence).getBytes(StandardCharsets.UTF_8));
            sent.sent(meetingId, sequence, fingerprint);
            return new MeetingService.InvitationWritten(out, d.meeting().status() == MeetingStatus.CANCELLED ? "CANCEL" : "REQUEST", sequence,
                    invitees.attendees().size(), invitees.organizer().email(), invitees.withoutEmail());
        });
    }

    /** One UID per meeting for ever, so updates and cancellations reach the event Outlook already holds. */
    private static String meetingUid(Meeting m, String partnership) {
        return "hubdesk-meeting-" + m.id() + "-" + m.groupId() + "@" + MeetingIcs.uidDomain(partnership);
    }

    /**
     * Writes the meeting pack: the agenda as the report engine writes it (tagged, branded), then each
     * attached PDF paper; says which papers came without tags for screen readers.
     */
    public MeetingPack.Written writePack(long meetingId, Path out) {
        AgendaContent agenda = agendaContent(meetingId);
        MeetingPack.papers(agenda.timing());
        checkFolder(out);
        java.io.ByteArrayOutputStream agendaPdf = new java.io.ByteArrayOutputStream();
        try {
            ReportFormat.PDF.renderer().render(documents.build(MeetingDocuments.AGENDA, ReportScope.ofItem(meetingId), today()),
                    documents.branding(), agendaPdf);
        } catch (IOException e) {
            throw new UserInputException("The agenda for the meeting pack could not be written: " + e.getMessage(), e);
        }
        String title = "Meeting pack: " + agenda.groupName() + " " + agenda.meeting().meetingDate();
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(tmp)) {
            MeetingPack.Written written = MeetingPack.write(agendaPdf.toByteArray(), title, agenda.timing(), stream);
            stream.close();
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return written;
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: a stray .part file is harmless.
            }
        }
    }

    private static void writeFile(Path out, byte[] bytes) {
        checkFolder(out);
        try {
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void checkFolder(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist");
        }
    }
}
