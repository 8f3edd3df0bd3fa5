package org.hubdesk.domain.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;

/**
 * Who a meeting invitation is from and to: the organizer (named, else the group's chair, else its
 * deputy chair) and every member expected at the meeting who has an e-mail address, core members
 * as required and ad hoc members as optional. Members with no address are named so the sender can
 * forward the invitation by hand.
 */
public record Invitees(Invitee organizer, List<Invitee> attendees, List<String> withoutEmail) {
    public record Invitee(String name, String email, boolean required) {
    }

    public Invitees {
        attendees = List.copyOf(attendees);
        withoutEmail = List.copyOf(withoutEmail);
    }

    /**
     * @param expected       the register lines current on the meeting day
     * @param organizerEmail the sender's address, or null for the chair's
     */
    public static Invitees of(String groupName, List<RegisterEntry> expected, String organizerEmail) {
        Invitee organizer;
        if (organizerEmail != null && !organizerEmail.isBlank()) {
            String email = organizerEmail.strip();
            if (!Person.isWellFormedEmail(email)) {
                throw new UserInputException("'" + email + "' is not a well-formed e-mail address for the organizer");
            }
            String name = expected.stream().filter(e -> email.equalsIgnoreCase(e.email())).map(RegisterEntry::personName).findFirst()
                    .orElse(null);
            organizer = new Invitee(name, email, true);
        } else {
            organizer = chair(expected, MemberRole.CHAIR);
            if (organizer == null) {
                organizer = chair(expected, MemberRole.DEPUTY_CHAIR);
            }
            if (organizer == null) {
                throw new UserInputException("An invitation Outlook accepts needs an organizer's e-mail address: give the chair of "
                        + groupName + " an e-mail address in the register, or name the organizer (--organizer)");
            }
        }
        List<Invitee> attendees = new ArrayList<>();
        List<String> without = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(organizer.email().toLowerCase(Locale.ROOT));
        for (RegisterEntry e : expected) {
            if (e.email() == null) {
                without.add(e.personName());
            } else if (seen.add(e.email().toLowerCase(Locale.ROOT))) {
                attendees.add(new Invitee(e.personName(), e.email(), e.core()));
            }
        }
        return new Invitees(organizer, attendees, without);
    }

    private static Invitee chair(List<RegisterEntry> expected, MemberRole role) {
        return expected.stream().filter(e -> e.role() == role && e.email() != null).findFirst()
                .map(e -> new Invitee(e.personName(), e.email(), true)).orElse(null);
    }

    /**
     * The SEQUENCE to send (RFC 5545 §3.8.7.4): 0 the first time; the same number again when
     * nothing the invitation says has changed; one more than last time when it has (a move, a
     * cancellation, a change of attendees), so Outlook updates the meeting it already holds.
     */
    public static int sequence(Integer lastSequence, String lastFingerprint, String fingerprint) {
        if (lastSequence == null) {
            return 0;
        }
        return fingerprint.equals(lastFingerprint) ? lastSequence : lastSequence + 1;
    }
}
