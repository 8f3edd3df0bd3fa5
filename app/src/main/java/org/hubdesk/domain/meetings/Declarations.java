package org.hubdesk.domain.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The rules around declarations of interest: where they are asked for (the welcome item) and who
 * the chair must be shown when a case-learning item starts (anyone who declared an interest in it).
 */
public final class Declarations {
    private Declarations() {
    }

    /** "Welcome, introductions, apologies" is where the chair asks for declarations. */
    public static boolean askedAt(AgendaItem item) {
        return item != null && item.title().toLowerCase(Locale.ROOT).startsWith("welcome");
    }

    /** The declarations against one item (null: those for the meeting as a whole), in the order made. */
    public static List<InterestDeclaration> forItem(List<InterestDeclaration> all, Long itemId) {
        return all.stream().filter(d -> Objects.equals(d.agendaItemId(), itemId)).toList();
    }

    /**
     * What the chair is shown when {@code item} starts: one line per member with a declared
     * interest in it, only for "Individual case learning N" items; empty otherwise.
     */
    public static List<String> chairAlert(AgendaItem item, List<InterestDeclaration> all, Map<Long, String> names) {
        if (item == null || item.role() != StandingRole.CASE_LEARNING) {
            return List.of();
        }
        return forItem(all, item.id()).stream().map(d -> names.getOrDefault(d.personId(), "A member") + ": " + d.text()).toList();
    }
}
