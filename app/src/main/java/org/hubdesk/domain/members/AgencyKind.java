package org.hubdesk.domain.members;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of agency in a safeguarding partnership; the first three are the statutory partners. */
public enum AgencyKind {
    LOCAL_AUTHORITY("Local authority", true),
    POLICE("Police", true),
    HEALTH("Health", true),
    EDUCATION("Education", false),
    VOLUNTARY("Voluntary", false),
    OTHER("Other", false);

    private final String label;
    private final boolean statutoryPartner;

    AgencyKind(String label, boolean statutoryPartner) {
        this.label = label;
        this.statutoryPartner = statutoryPartner;
    }

    public String label() {
        return label;
    }

    /** Working Together's three safeguarding partners: local authority, police, health. */
    public boolean isStatutoryPartnerKind() {
        return statutoryPartner;
    }

    public static AgencyKind parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Arrays.stream(values())
                .filter(k -> k.label.toLowerCase(Locale.ROOT).equals(wanted)
                        || k.name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted))
                .findFirst()
                .orElseThrow(() -> new org.hubdesk.domain.common.UserInputException(
                        "Unknown agency kind '" + text + "': use one of local authority, police, health, education, voluntary, other"));
    }

    @Override
    public String toString() {
        return label;
    }
}
