package org.hubdesk.domain.meetings;

import static org.hubdesk.domain.meetings.AgendaItemKind.DECISION;
import static org.hubdesk.domain.meetings.AgendaItemKind.DISCUSSION;
import static org.hubdesk.domain.meetings.AgendaItemKind.INFORMATION;
import static org.hubdesk.domain.meetings.AgendaItemKind.PAPER;
import static org.hubdesk.domain.meetings.StandingRole.ACTIONS_FROM_LAST_MEETING;
import static org.hubdesk.domain.meetings.StandingRole.CASES_FOR_NEXT_MEETING;
import static org.hubdesk.domain.meetings.StandingRole.CASE_LEARNING;
import static org.hubdesk.domain.meetings.StandingRole.IMPACT_OF_LEARNING;
import static org.hubdesk.domain.meetings.StandingRole.LEARNING_REVIEWS;
import static org.hubdesk.domain.meetings.StandingRole.NONE;

import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.GroupKind;

/** A group's standard agenda, from which each new meeting's agenda starts. */
public record AgendaTemplate(long groupId, List<TemplateItem> items) {
    public AgendaTemplate {
        if (items == null || items.isEmpty()) {
            throw new UserInputException("A standard agenda needs at least one item");
        }
        items = List.copyOf(items);
    }

    public int totalMinutes() {
        return items.stream().mapToInt(TemplateItem::minutes).sum();
    }

    /**
     * Seed 003 Appendix I, the Multi-Agency Learning Forum Standard Agenda Template, item for
     * item (13 items, 2 hours); the partnership's own place names are left out of the titles.
     */
    public static final List<TemplateItem> LEARNING_FORUM = List.of(
            TemplateItem.of("Welcome, introductions, apologies", INFORMATION, 5, NONE),
            TemplateItem.of("Actions from last meeting", DISCUSSION, 5, ACTIONS_FROM_LAST_MEETING),
            TemplateItem.of("Noting current and pending learning reviews", INFORMATION, 5, LEARNING_REVIEWS,
                    "Domestic Homicide Reviews", "Safeguarding Adults Reviews", "Child Safeguarding Practice Reviews"),
            TemplateItem.of("Individual case learning 1", DISCUSSION, 30, CASE_LEARNING),
            TemplateItem.of("Individual case learning 2", DISCUSSION, 30, CASE_LEARNING),
            TemplateItem.of("Evidencing impact of learning – updating the tracker", DISCUSSION, 15, IMPACT_OF_LEARNING),
            TemplateItem.of("Domestic abuse training programme", PAPER, 5, NONE),
            TemplateItem.of("Safeguarding Adults Board training programme", PAPER, 5, NONE),
            TemplateItem.of("Safeguarding Children Partnership training programme", PAPER, 5, NONE),
            TemplateItem.of("Tri-borough Learning Forum", INFORMATION, 5, NONE, "Update from the Safeguarding Children Partnership"),
            TemplateItem.of("Noting individual cases for next meeting", DISCUSSION, 5, CASES_FOR_NEXT_MEETING),
            TemplateItem.of("Agreeing future meeting dates", DECISION, 2, NONE),
            TemplateItem.of("AOB", INFORMATION, 2, NONE));

    /** The monthly Learning Hub (seed 000): the cycle's business, then actions agreed for members to follow up. */
    public static final List<TemplateItem> LEARNING_HUB = List.of(
            TemplateItem.of("Welcome, introductions, apologies", INFORMATION, 5, NONE),
            TemplateItem.of("Actions from last meeting", DISCUSSION, 10, ACTIONS_FROM_LAST_MEETING),
            TemplateItem.of("Delivery plan: progress on this cycle's priority", PAPER, 20, NONE),
            TemplateItem.of("This month's activity", DISCUSSION, 60, NONE,
                    "Initial scoping, audits, feedback or recommendations, as the cycle's month requires"),
            TemplateItem.of("Agreeing actions for members before the next meeting", DECISION, 15, NONE),
            TemplateItem.of("Date of next meeting", INFORMATION, 5, NONE),
            TemplateItem.of("AOB", INFORMATION, 5, NONE));

    /** Boards and subgroups: a short business agenda. */
    public static final List<TemplateItem> BUSINESS = List.of(
            TemplateItem.of("Welcome, introductions, apologies", INFORMATION, 5, NONE),
            TemplateItem.of("Minutes and actions from last meeting", DISCUSSION, 10, ACTIONS_FROM_LAST_MEETING),
            TemplateItem.of("Reports for decision", DECISION, 40, NONE),
            TemplateItem.of("Reports for information", INFORMATION, 20, NONE),
            TemplateItem.of("Risks and escalations", DISCUSSION, 10, NONE),
            TemplateItem.of("AOB", INFORMATION, 5, NONE));

    public static AgendaTemplate defaultFor(long groupId, GroupKind kind) {
        return new AgendaTemplate(groupId, switch (kind == null ? GroupKind.OTHER : kind) {
            case LEARNING_FORUM -> LEARNING_FORUM;
            case LEARNING_HUB -> LEARNING_HUB;
            default -> BUSINESS;
        });
    }
}
