package org.hubdesk.domain.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The standing items that fill themselves when a new agenda is made: "Actions from last meeting"
 * lists the group's open actions, and the cases noted under "Noting individual cases for next
 * meeting" become the next meeting's case-learning items.
 */
public final class CarryOver {
    /** How long an added case-learning item lasts, as in seed 003 Appendix I. */
    public static final int CASE_LEARNING_MINUTES = 30;

    private CarryOver() {
    }

    /** One line per open action, oldest agreed first, as the agenda prints it. */
    public static List<String> actionLines(List<ActionLogEntry> openActions, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (ActionLogEntry e : openActions) {
            StringBuilder line = new StringBuilder(e.action().description());
            String owner = e.owner();
            if (!owner.isEmpty()) {
                line.append(" – ").append(owner);
            }
            if (e.action().timescale() != null) {
                line.append(", due ").append(e.action().timescale());
            }
            line.append(" (").append(e.action().statusLabel(today).toLowerCase(java.util.Locale.ROOT)).append(')');
            lines.add(line.toString());
        }
        return lines;
    }

    /** The cases noted at a meeting for the next one: the sub-points of its cases-for-next-meeting items. */
    public static List<String> casesNoted(List<AgendaItem> previousAgenda) {
        return previousAgenda.stream().filter(i -> i.role() == StandingRole.CASES_FOR_NEXT_MEETING)
                .flatMap(i -> i.subPoints().stream()).toList();
    }

    /**
     * Fills a new agenda's standing items. Cases go into the case-learning slots in order; cases
     * beyond the template's slots get an extra slot each after the last one (the timing then shows
     * any overrun, and the chair decides what to drop).
     */
    public static List<AgendaItem> fill(List<AgendaItem> agenda, List<String> actionLines, List<String> cases) {
        return fill(agenda, actionLines, cases, null);
    }

    /** The title of seed 003's standing item, by which agendas saved before it had a role are still found. */
    public static final String IMPACT_ITEM_TITLE = "Evidencing impact of learning";

    /** Is this the item where the Forum updates the learning tracker's impact reviews? */
    public static boolean isImpactOfLearning(AgendaItem item) {
        return item.role() == StandingRole.IMPACT_OF_LEARNING
                || (item.role() == StandingRole.NONE && item.title().startsWith(IMPACT_ITEM_TITLE));
    }

    /** The title of seed 003's item 3, by which agendas saved before it had a role are still found. */
    public static final String LEARNING_REVIEWS_TITLE = "Noting current and pending learning reviews";

    /** Is this the item where the Forum notes the current and pending case reviews? */
    public static boolean isLearningReviews(AgendaItem item) {
        return item.role() == StandingRole.LEARNING_REVIEWS
                || (item.role() == StandingRole.NONE && item.title().startsWith(LEARNING_REVIEWS_TITLE));
    }

    /**
     * As {@link #fill(List, List, List)}, and the impact-of-learning item lists {@code impactReviews}
     * (one line per review falling due by the meeting); null leaves that item as it is.
     */
    public static List<AgendaItem> fill(List<AgendaItem> agenda, List<String> actionLines, List<String> cases,
                                        List<String> impactReviews) {
        return fill(agenda, actionLines, cases, impactReviews, null);
    }

    /**
     * As {@link #fill(List, List, List, List)}, and the learning-reviews item lists
     * {@code learningReviews} (one line per case review noted); null leaves that item as it is.
     */
    public static List<AgendaItem> fill(List<AgendaItem> agenda, List<String> actionLines, List<String> cases,
                                        List<String> impactReviews, List<String> learningReviews) {
        List<AgendaItem> out = new ArrayList<>();
        int nextCase = 0;
        int lastCaseSlot = -1;
        int caseSlots = 0;
        for (AgendaItem item : agenda) {
            AgendaItem filled = item;
            if (item.role() == StandingRole.ACTIONS_FROM_LAST_MEETING) {
                filled = item.withSubPoints(actionLines.isEmpty() ? List.of("No open actions") : actionLines);
            } else if (impactReviews != null && isImpactOfLearning(item)) {
                filled = item.withSubPoints(impactReviews.isEmpty() ? List.of("No impact reviews due") : impactReviews);
            } else if (learningReviews != null && isLearningReviews(item)) {
                filled = item.withSubPoints(learningReviews.isEmpty() ? List.of("No current or pending learning reviews") : learningReviews);
            } else if (item.role() == StandingRole.CASE_LEARNING) {
                caseSlots++;
                if (nextCase < cases.size() && item.caseReference() == null) {
                    filled = item.withCase(cases.get(nextCase++));
                }
            }
            out.add(filled);
            if (item.role() == StandingRole.CASE_LEARNING) {
                lastCaseSlot = out.size() - 1;
            }
        }
        if (nextCase < cases.size()) {
            int insertAt = lastCaseSlot >= 0 ? lastCaseSlot + 1 : Math.min(2, out.size());
            long meetingId = agenda.isEmpty() ? 0 : agenda.get(0).meetingId();
            for (int c = nextCase; c < cases.size(); c++) {
                caseSlots++;
                out.add(insertAt++, new AgendaItem(0, meetingId, 0, "Individual case learning " + caseSlots, AgendaItemKind.DISCUSSION,
                        null, null, CASE_LEARNING_MINUTES, List.of(), null, cases.get(c), StandingRole.CASE_LEARNING));
            }
        }
        List<AgendaItem> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            numbered.add(out.get(i).withSortOrder(i));
        }
        return numbered;
    }
}
