package org.hubdesk.service.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.meetings.MeetingRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/** A meeting's documents: agenda and minutes (DOCX, PDF), its .ics invitation and its meeting pack. */
final class MeetingExports {
    private final Database database;
    private final Clock clock;
    private final ReportService documents;

    MeetingExports(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.documents = new ReportService(database, MeetingDocuments.catalogue(), database.directory());
    }

    private MeetingDetail load(DSLContext ctx, long meetingId) {
        return MeetingLoader.load(ctx, meetingId, LocalDate.now(clock));
    }

    private static Meeting requireMeeting(MeetingRepository repo, long meetingId) {
        return MeetingLoader.requireMeeting(repo, meetingId);
    }

    public AgendaContent agendaContent(long meetingId) {
        return database.transaction(ctx -> {
            MeetingDetail d = load(ctx, meetingId);
            String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
            Map<Long, String> names = new HashMap<>();
            new MembersRepository(ctx).people().forEach(p -> names.put(p.id(), p.fullName()));
            return new AgendaContent(partnership, d.group().name(), d.meeting(), d.timing(), d.deadlines(), names);
        });
    }

    /** Writes the agenda as DOCX or PDF on the report engine (the partnership's branding); returns the file written. */
    public Path exportAgenda(long meetingId, ReportFormat format, Path out) {
        requireExists(meetingId);
        return documents.export(MeetingDocuments.AGENDA, ReportScope.ofItem(meetingId), format, out, (f, m) -> { }).file();
    }

    /** Writes the minutes (as edited, else a fresh draft) as DOCX or PDF; returns the file written. */
    public Path exportMinutes(long meetingId, ReportFormat format, Path out) {
        requireExists(meetingId);
        return documents.export(MeetingDocuments.MINUTES, ReportScope.ofItem(meetingId), format, out, (f, m) -> { }).file();
    }

    private void requireExists(long meetingId) {
        database.run(ctx -> requireMeeting(new MeetingRepository(ctx), meetingId));
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
            String partnership = new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name).orElse(null);
            Map<Long, String> names = new HashMap<>();
            new MembersRepository(ctx).people().forEach(p -> names.put(p.id(), p.fullName()));
            AgendaContent agenda = new AgendaContent(partnership, d.group().name(), d.meeting(), d.timing(), d.deadlines(), names);
            Invitees invitees = Invitees.of(d.group().name(), d.expected(), organizerEmail);
            String uid = meetingUid(d.meeting(), partnership);
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
            ReportFormat.PDF.renderer().render(documents.build(MeetingDocuments.AGENDA, ReportScope.ofItem(meetingId), LocalDate.now(clock)),
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
