package org.hubdesk.report.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.meetings.Invitees;
import org.hubdesk.domain.meetings.MeetingStatus;

/**
 * An RFC 5545 calendar with one VEVENT for a meeting, in Europe/London time with its VTIMEZONE
 * so Outlook places it right across the clock changes. CRLF line ends; lines folded at 75 octets.
 */
public final class MeetingIcs {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String TZID = "Europe/London";

    private MeetingIcs() {
    }

    /**
     * @param uid a stable id per meeting, so a re-sent invitation updates the first one
     * @param sequence bumped each time the meeting is re-sent after a change
     */
    public static String calendar(AgendaContent agenda, String uid, Instant stamp, int sequence) {
        return build(agenda, null, uid, stamp, sequence);
    }

    /**
     * An invitation Outlook treats as a meeting request (RFC 5546 iTIP): METHOD:REQUEST with the
     * ORGANIZER and an ATTENDEE per member, or METHOD:CANCEL once the meeting is cancelled. The UID
     * stays the meeting's; an update or a cancellation carries a higher {@code sequence}.
     */
    public static String invitation(AgendaContent agenda, Invitees invitees, String uid, Instant stamp, int sequence) {
        return build(agenda, invitees, uid, stamp, sequence);
    }

    /** What an invitation says, DTSTAMP and SEQUENCE aside: a change to it means a new SEQUENCE. */
    public static String fingerprint(AgendaContent agenda, Invitees invitees, String uid) {
        String text = build(agenda, invitees, uid, Instant.EPOCH, 0);
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String build(AgendaContent agenda, Invitees invitees, String uid, Instant stamp, int sequence) {
        boolean cancelled = agenda.meeting().status() == MeetingStatus.CANCELLED;
        LocalDateTime start = agenda.meeting().startDateTime();
        int minutes = agenda.timing().totalMinutes() > 0 ? agenda.timing().totalMinutes()
                : agenda.timing().usualLengthMinutes() == null ? 120 : agenda.timing().usualLengthMinutes();
        LocalDateTime end = start.plusMinutes(minutes);
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Hubdesk//Meetings//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + (invitees == null ? "PUBLISH" : cancelled ? "CANCEL" : "REQUEST"));
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + TZID);
        lines.add("BEGIN:DAYLIGHT");
        lines.add("TZOFFSETFROM:+0000");
        lines.add("TZOFFSETTO:+0100");
        lines.add("TZNAME:BST");
        lines.add("DTSTART:19700329T010000");
        lines.add("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        lines.add("END:DAYLIGHT");
        lines.add("BEGIN:STANDARD");
        lines.add("TZOFFSETFROM:+0100");
        lines.add("TZOFFSETTO:+0000");
        lines.add("TZNAME:GMT");
        lines.add("DTSTART:19701025T020000");
        lines.add("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        lines.add("END:STANDARD");
        lines.add("END:VTIMEZONE");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid);
        lines.add("DTSTAMP:" + UTC.format(stamp));
        lines.add("SEQUENCE:" + sequence);
        lines.add("DTSTART;TZID=" + TZID + ":" + LOCAL.format(start));
        lines.add("DTEND;TZID=" + TZID + ":" + LOCAL.format(end));
        lines.add("SUMMARY:" + escape(agenda.groupName()));
        if (invitees != null) {
            lines.add("ORGANIZER" + cn(invitees.organizer().name()) + ":mailto:" + invitees.organizer().email());
            for (Invitees.Invitee a : invitees.attendees()) {
                lines.add("ATTENDEE" + cn(a.name()) + ";CUTYPE=INDIVIDUAL;ROLE=" + (a.required() ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT")
                        + ";PARTSTAT=NEEDS-ACTION;RSVP=" + (cancelled ? "FALSE" : "TRUE") + ":mailto:" + a.email());
            }
        }
        if (agenda.meeting().place() != null) {
            lines.add("LOCATION:" + escape(agenda.meeting().place()));
        }
        lines.add("DESCRIPTION:" + escape(agenda.asText()));
        lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(fold(line));
        }
        return sb.toString();
    }

    /**
     * The CN parameter (RFC 5545 §3.2): always a quoted-string, which may hold ; : and , but never a
     * DQUOTE or a control character, so those are dropped. Empty when there is no name.
     */
    static String cn(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String clean = name.replace("\"", "").replaceAll("\\p{Cntrl}", " ").strip();
        return clean.isEmpty() ? "" : ";CN=\"" + clean + "\"";
    }

    /** RFC 5545 §3.3.11 TEXT escaping. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\n", "\\n");
    }

    /**
     * RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and one space; never inside a
     * UTF-8 character, nor between a backslash and the character it escapes (some readers unfold badly).
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int chars = Character.charCount(cp);
            if (cp == '\\' && i + 1 < line.length()) {
                chars += Character.charCount(line.codePointAt(i + 1));
            }
            String unit = line.substring(i, i + chars);
            int size = unit.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(unit);
            octets += size;
            i += chars;
        }
        return out.append("\r\n").toString();
    }
}
