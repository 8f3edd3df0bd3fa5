package org.hubdesk.domain.hub;

import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;

/** The partnership's settings for hub cycles: phase lengths and the month its year starts in. */
public record HubSettings(PhaseLengths phaseLengths, int yearStartMonth) {
    public static final HubSettings DEFAULT = new HubSettings(PhaseLengths.ONE_MONTH_EACH, 4);

    public HubSettings {
        if (phaseLengths == null) {
            phaseLengths = PhaseLengths.ONE_MONTH_EACH;
        }
        if (yearStartMonth < 1 || yearStartMonth > 12) {
            throw new UserInputException("The partnership year must start in a month from 1 to 12, not " + yearStartMonth);
        }
    }

    public PartnershipYear yearOf(java.time.YearMonth month) {
        return PartnershipYear.containing(month, yearStartMonth);
    }

    public PartnershipYear year(int startYear) {
        return new PartnershipYear(startYear, yearStartMonth);
    }
}
