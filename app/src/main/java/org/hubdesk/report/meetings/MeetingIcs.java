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
 * An RFC 5545 calendar with one VEVENT for a meeting (or, published, the forward planner's events), in Europe/London time with its VTIMEZONE
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

    /** One VEVENT: what the meeting invitation and the forward planner have in common. */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location, String description,
                        boolean cancelled, int sequence) {
    }

    /**
     * A calendar of several events to publish (METHOD:PUBLISH), such as the forward planner's year:
     * Outlook and other calendars import each event, and a later file with the same UIDs updates them.
     */
    public static String publish(List<Event> events, Instant stamp) {
        return calendar("PUBLISH", events, null, stamp);
    }

    /** The host part of every UID Hubdesk writes, from the partnership's name: "northbridge-scp.hubdesk.invalid". */
    public static String uidDomain(String partnership) {
        String slug = partnership == null ? "hubdesk" : partnership.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "hubdesk" : slug) + ".hubdesk.invalid";
    }

    private static String build(AgendaContent agenda, Invitees invitees, String uid, Instant stamp, int sequence) {
        boolean cancelled = agenda.meeting().status() == MeetingStatus.CANCELLED;
        LocalDateTime start = agenda.meeting().startDateTime();
        int minutes = agenda.timing().totalMinutes() > 0 ? agenda.timing().totalMinutes()
                : agenda.timing().usualLengthMinutes() == null ? 120 : agenda.timing().usualLengthMinutes();
        Event event = new Event(uid, start, start.plusMinutes(minutes), agenda.groupName(), agenda.meeting().place(), agenda.asText(),
                cancelled, sequence);
        return calendar(invitees == null ? "PUBLISH" : cancelled ? "CANCEL" : "REQUEST", List.of(event), invitees, stamp);
    }

    private static String calendar(String method, List<Event> events, Invitees invitees, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Hubdesk//Meetings//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + method);
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
        for (Event e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + e.uid());
            lines.add("DTSTAMP:" + UTC.format(stamp));
            lines.add("SEQUENCE:" + e.sequence());
            lines.add("DTSTART;TZID=" + TZID + ":" + LOCAL.format(e.start()));
            lines.add("DTEND;TZID=" + TZID + ":" + LOCAL.format(e.end()));
            lines.add("SUMMARY:" + escape(e.summary()));
            if (invitees != null) {
                lines.add("ORGANIZER" + cn(invitees.organizer().name()) + ":mailto:" + invitees.organizer().email());
                for (Invitees.Invitee a : invitees.attendees()) {
                    lines.add("ATTENDEE" + cn(a.name()) + ";CUTYPE=INDIVIDUAL;ROLE=" + (a.required() ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT")
                            + ";PARTSTAT=NEEDS-ACTION;RSVP=" + (e.cancelled() ? "FALSE" : "TRUE") + ":mailto:" + a.email());
                }
            }
            if (e.location() != null) {
                lines.add("LOCATION:" + escape(e.location()));
            }
            lines.add("DESCRIPTION:" + escape(e.description()));
            lines.add("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            lines.add("TRANSP:OPAQUE");
            lines.add("END:VEVENT");
        }
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
