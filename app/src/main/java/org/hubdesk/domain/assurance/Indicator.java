package org.hubdesk.domain.assurance;

import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One measure of the quarterly multi-agency dataset (seed 002 section 8): its name, safeguarding
 * theme, the agency that provides it, its unit, which way is better and an optional target.
 */
public record Indicator(long id, String name, String theme, String agency, String unit, Polarity polarity, Double target) {
    /** The themes seed 002 section 8 names, offered first; any other theme may be typed. */
    public static final java.util.List<String> THEMES = java.util.List.of(
            "Referrals to MASH and Early Help",
            "Child Protection conferences and planning",
            "Domestic abuse",
            "Children missing from home/care",
            "Youth justice",
            "Mental health",
            "0-2-year-olds",
            "Hospital admissions");

    public Indicator {
        if (name == null || name.isBlank()) {
            throw new UserInputException("An indicator needs a name");
        }
        if (theme == null || theme.isBlank()) {
            throw new UserInputException("The indicator '" + name.strip() + "' needs a theme, e.g. " + THEMES.get(0));
        }
        name = name.strip();
        theme = theme.strip();
        agency = UserText.optional(agency);
        unit = UserText.optional(unit);
        polarity = polarity == null ? Polarity.NEITHER : polarity;
    }

    public Indicator withId(long newId) {
        return new Indicator(newId, name, theme, agency, unit, polarity, target);
    }

    /** "412" or "71.5%" as the unit asks. */
    public String format(double value) {
        String number = value == Math.rint(value) && Math.abs(value) < 1e12 ? Long.toString((long) value)
                : String.format(java.util.Locale.UK, "%.1f", value);
        return unit != null && (unit.equals("%") || unit.equalsIgnoreCase("percent")) ? number + "%" : number;
    }
}
