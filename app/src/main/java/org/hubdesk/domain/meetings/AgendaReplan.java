package org.hubdesk.domain.meetings;

import java.util.ArrayList;
import java.util.List;

/**
 * The chair's re-plan of a late meeting: the minutes over are taken from the discussion items
 * still to come, in proportion to their planned length (largest remainders get the odd minutes),
 * each keeping at least one minute. Paper, information and decision items (AOB, dates, training
 * papers) keep their minutes. If the discussion items cannot give enough, the shortfall says by
 * how much the meeting will still run over.
 */
public record AgendaReplan(int overrunMinutes, List<Change> changes, int shortfallMinutes) {
    public static final int MINIMUM_MINUTES = 1;

    public record Change(AgendaItem item, int before, int after) {
    }

    public AgendaReplan {
        changes = List.copyOf(changes);
    }

    /** Whether re-planning shortens this item: discussion items do; the rest are fixed. */
    public static boolean shortens(AgendaItem item) {
        return item.kind() == AgendaItemKind.DISCUSSION;
    }

    /** The re-plan for the items after {@code currentIndex}, given how many minutes the meeting runs over. */
    public static AgendaReplan plan(List<AgendaItem> items, int currentIndex, int overrunMinutes) {
        if (overrunMinutes <= 0) {
            return new AgendaReplan(Math.max(0, overrunMinutes), List.of(), 0);
        }
        List<AgendaItem> flexible = new ArrayList<>();
        for (AgendaItem item : items.subList(Math.min(items.size(), Math.max(0, currentIndex + 1)), items.size())) {
            if (shortens(item)) {
                flexible.add(item);
            }
        }
        int total = flexible.stream().mapToInt(AgendaItem::minutes).sum();
        int spare = flexible.stream().mapToInt(i -> i.minutes() - MINIMUM_MINUTES).sum();
        int cut = Math.min(overrunMinutes, spare);
        if (cut <= 0) {
            return new AgendaReplan(overrunMinutes, List.of(), overrunMinutes);
        }
        int[] cuts = new int[flexible.size()];
        double[] remainders = new double[flexible.size()];
        int given = 0;
        for (int i = 0; i < flexible.size(); i++) {
            double exact = (double) cut * flexible.get(i).minutes() / total;
            cuts[i] = Math.min((int) Math.floor(exact), flexible.get(i).minutes() - MINIMUM_MINUTES);
            remainders[i] = exact - cuts[i];
            given += cuts[i];
        }
        while (given < cut) {
            int best = -1;
            for (int i = 0; i < flexible.size(); i++) {
                if (flexible.get(i).minutes() - cuts[i] > MINIMUM_MINUTES && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            cuts[best]++;
            remainders[best] -= 1;
            given++;
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < flexible.size(); i++) {
            if (cuts[i] > 0) {
                AgendaItem item = flexible.get(i);
                changes.add(new Change(item, item.minutes(), item.minutes() - cuts[i]));
            }
        }
        return new AgendaReplan(overrunMinutes, changes, overrunMinutes - cut);
    }

    public boolean changesAnything() {
        return !changes.isEmpty();
    }

    /** The agenda with the changes applied, in the same order. */
    public List<AgendaItem> apply(List<AgendaItem> items) {
        List<AgendaItem> out = new ArrayList<>();
        for (AgendaItem item : items) {
            out.add(changes.stream().filter(c -> c.item().id() == item.id()).findFirst()
                    .map(c -> item.withMinutes(c.after())).orElse(item));
        }
        return out;
    }

    /** For the chair to confirm and for the minutes: "15 min over: Individual case learning 2 30→22 min, …". */
    public String summary() {
        if (overrunMinutes <= 0) {
            return "The meeting is on time: nothing to re-plan";
        }
        if (changes.isEmpty()) {
            return AgendaTiming.describe(overrunMinutes) + " over, and no discussion items left to shorten";
        }
        List<String> parts = new ArrayList<>();
        for (Change c : changes) {
            parts.add(c.item().title() + " " + c.before() + "→" + c.after() + " min");
        }
        return AgendaTiming.describe(overrunMinutes) + " over: " + String.join(", ", parts)
                + (shortfallMinutes > 0 ? "; still " + AgendaTiming.describe(shortfallMinutes) + " over" : "");
    }
}
