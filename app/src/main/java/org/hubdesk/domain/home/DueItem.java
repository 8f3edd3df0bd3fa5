package org.hubdesk.domain.home;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;

/**
 * One thing that needs the business unit: the day it is due, what kind of thing it is, a line of
 * text that says so in words (an overdue item's text starts with "overdue", so colour is never the
 * only signal), and the place and record where it is dealt with.
 */
public record DueItem(LocalDate date, DueKind kind, String text, boolean overdue, DuePlace place, long targetId) {
    public static final String OVERDUE = "overdue: ";

    public DueItem {
        if (date == null || kind == null || place == null) {
            throw new UserInputException("A due item needs a date, a kind and a place");
        }
        if (text == null || text.isBlank()) {
            throw new UserInputException("A due item needs a text");
        }
        text = text.strip().replace('\n', ' ').replace('\r', ' ');
        if (overdue && !text.startsWith(OVERDUE)) {
            text = OVERDUE + text;
        }
    }

    /** An item that is overdue when its day is before {@code today}. */
    public static DueItem of(LocalDate date, DueKind kind, String text, LocalDate today, DuePlace place, long targetId) {
        return new DueItem(date, kind, text, date.isBefore(today), place, targetId);
    }

    /** The line of {@code hubdesk due}: {@code YYYY-MM-DD  KIND  TEXT}. */
    public String line() {
        return date + "  " + kind.name() + "  " + text;
    }
}
