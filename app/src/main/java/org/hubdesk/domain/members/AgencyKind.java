package org.hubdesk.domain.members;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/** The kinds of agency in a safeguarding partnership; the first three are the statutory partners. */
public enum AgencyKind implements Labelled {
    LOCAL_AUTHORITY,
    POLICE,
    HEALTH,
    EDUCATION,
    VOLUNTARY,
    OTHER;

    private static final List<AgencyKind> STATUTORY_PARTNERS = List.of(LOCAL_AUTHORITY, POLICE, HEALTH);

    /** Working Together's three safeguarding partners, in this order: local authority, police, health. */
    public static List<AgencyKind> statutoryPartners() {
        return STATUTORY_PARTNERS;
    }

    /** One of {@link #statutoryPartners()}. */
    public boolean isStatutoryPartnerKind() {
        return STATUTORY_PARTNERS.contains(this);
    }

    public static AgencyKind parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(values())
                .filter(k -> k.label().toLowerCase(Locale.ROOT).equals(wanted)
                        || k.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UserInputException(
                        "Unknown agency kind '" + text + "': use one of local authority, police, health, education, voluntary, other"));
    }

    @Override
    public String toString() {
        return label();
    }
}
