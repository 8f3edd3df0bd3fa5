package org.hubdesk.domain.assurance;

import org.hubdesk.domain.common.UserText;

/** One quarter's figure of an indicator with the providing agency's commentary. */
public record IndicatorValue(long indicatorId, Quarter quarter, double value, String commentary) {
    public IndicatorValue {
        if (quarter == null) {
            throw new IllegalArgumentException("A value needs its quarter");
        }
        if (!Double.isFinite(value)) {
            throw new org.hubdesk.domain.common.UserInputException("A value must be a number");
        }
        commentary = UserText.optional(commentary);
    }
}
