package org.hubdesk.domain.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One event on the forward planner: what, what kind, when, where, for whom and who organises it.
 * An occurrence of a recurring series carries the series' id and rule, so the series can be
 * found together while each date stays its own.
 */
public record PlannerEvent(long id, String title, EventKind kind, LocalDateTime starts, LocalDateTime ends, String place,
                           String audience, String organiser, String seriesId, String seriesRule) {
    public PlannerEvent {
        title = UserText.required(title, "An event needs a title", 300,
                length -> "An event's title is at most 300 characters");
        if (kind == null) {
            kind = EventKind.OTHER;
        }
        if (starts == null) {
            throw new UserInputException("An event needs a date and a start time");
        }
        if (ends == null || !ends.isAfter(starts)) {
            throw new UserInputException("'" + title + "' must end after it starts (" + starts.toLocalTime() + ")");
        }
        if (!ends.toLocalDate().equals(starts.toLocalDate())) {
            throw new UserInputException("'" + title + "' must end on the day it starts");
        }
        place = clean(place, "place", 300);
        audience = clean(audience, "audience", 300);
        organiser = clean(organiser, "organiser", 200);
    }

    private static String clean(String text, String what, int max) {
        return UserText.optional(text, max, length -> "The " + what + " is at most " + max + " characters");
    }

    public LocalDate day() {
        return starts.toLocalDate();
    }

    /** The same event on another day, same times; for the occurrences of a series. */
    public PlannerEvent on(LocalDate day, String newSeriesId, String rule) {
        return new PlannerEvent(0, title, kind, day.atTime(starts.toLocalTime()), day.atTime(ends.toLocalTime()), place, audience,
                organiser, newSeriesId, rule);
    }

    public PlannerEvent withId(long newId) {
        return new PlannerEvent(newId, title, kind, starts, ends, place, audience, organiser, seriesId, seriesRule);
    }

    /** "2027-03-05 12:30–13:30  Information Highway session  Learning from Child Q · Online" */
    public String line() {
        return day() + " " + starts.toLocalTime() + "–" + ends.toLocalTime() + "  " + kind.label() + "  " + title
                + (place == null ? "" : " · " + place);
    }
}
