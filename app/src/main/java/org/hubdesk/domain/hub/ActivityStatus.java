package org.hubdesk.domain.hub;

import java.util.Arrays;
import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/** Where a hub activity stands. */
public enum ActivityStatus implements Labelled {
    PLANNED,
    IN_PROGRESS,
    DONE;

    public static ActivityStatus parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return Arrays.stream(values())
                .filter(s -> s.label().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UserInputException("Unknown activity status '" + text + "': use planned, in progress or done"));
    }

    @Override
    public String toString() {
        return label();
    }
}
