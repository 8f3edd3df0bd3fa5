package org.hubdesk.domain.hub;

import java.util.Arrays;
import java.util.Locale;
import org.hubdesk.domain.common.UserInputException;

/** Where a hub activity stands. */
public enum ActivityStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ActivityStatus parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values())
                .filter(s -> s.label.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UserInputException("Unknown activity status '" + text + "': use planned, in progress or done"));
    }

    @Override
    public String toString() {
        return label;
    }
}
