package org.hubdesk.domain.meetings;

import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * A line of an agenda, as seed 003 Appendix I lays it out (item, paper/discussion, lead, time),
 * with sub-points, an attached paper and, for case-learning items, the case reference.
 */
public record AgendaItem(long id, long meetingId, int sortOrder, String title, AgendaItemKind kind, Long leadPersonId,
                         String leadText, int minutes, List<String> subPoints, String paperPath, String caseReference,
                         StandingRole role) {
    public static final int MAX_MINUTES = 480;

    public AgendaItem {
        title = UserText.required(title, "An agenda item needs a title", 300,
                length -> "The title of an agenda item is too long (at most 300 characters)");
        checkMinutes(title, minutes);
        if (kind == null) {
            kind = AgendaItemKind.DISCUSSION;
        }
        if (role == null) {
            role = StandingRole.NONE;
        }
        leadText = UserText.optional(leadText);
        paperPath = UserText.optional(paperPath);
        caseReference = UserText.optional(caseReference);
        subPoints = subPoints == null ? List.of()
                : subPoints.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** The one check of an item's length, shared by agenda items and template items. */
    static void checkMinutes(String title, int minutes) {
        if (minutes <= 0) {
            throw new UserInputException("'" + title + "' must last at least 1 minute, not " + minutes);
        }
        if (minutes > MAX_MINUTES) {
            throw new UserInputException("'" + title + "' cannot last " + minutes + " minutes (at most " + MAX_MINUTES + ")");
        }
    }

    public static AgendaItem fromTemplate(long meetingId, int sortOrder, TemplateItem t) {
        return new AgendaItem(0, meetingId, sortOrder, t.title(), t.kind(), null, null, t.minutes(), t.subPoints(), null, null, t.role());
    }

    /** Whether the attached paper can go in a PDF pack. */
    public boolean paperIsPdf() {
        return paperPath != null && paperPath.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public AgendaItem withId(long newId) {
        return new AgendaItem(newId, meetingId, sortOrder, title, kind, leadPersonId, leadText, minutes, subPoints, paperPath, caseReference, role);
    }

    public AgendaItem withSortOrder(int order) {
        return new AgendaItem(id, meetingId, order, title, kind, leadPersonId, leadText, minutes, subPoints, paperPath, caseReference, role);
    }

    public AgendaItem withSubPoints(List<String> points) {
        return new AgendaItem(id, meetingId, sortOrder, title, kind, leadPersonId, leadText, minutes, points, paperPath, caseReference, role);
    }

    public AgendaItem withMinutes(int newMinutes) {
        return new AgendaItem(id, meetingId, sortOrder, title, kind, leadPersonId, leadText, newMinutes, subPoints, paperPath, caseReference, role);
    }

    public AgendaItem withCase(String reference) {
        return new AgendaItem(id, meetingId, sortOrder, title, kind, leadPersonId, leadText, minutes, subPoints, paperPath, reference, role);
    }

    public AgendaItem withPaper(String path) {
        return new AgendaItem(id, meetingId, sortOrder, title, kind, leadPersonId, leadText, minutes, subPoints, path, caseReference, role);
    }
}
