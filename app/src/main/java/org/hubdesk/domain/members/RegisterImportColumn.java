package org.hubdesk.domain.members;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an imported register may carry, recognised by their header text in any order and
 * case. The first four are seed 003 Appendix 2's own headings; the export writes {@link #heading()}.
 */
public enum RegisterImportColumn {
    AGENCY("Agency", "Agency", "Organisation", "Organization"),
    JOB_TITLE("Representatives", "Representatives", "Representative", "Role", "Job title", "Post"),
    NAME("Name", "Name", "Full name"),
    JOINT("Joint membership?", "Joint membership?", "Joint membership", "Joint member", "Joint with", "Joint"),
    MEMBERSHIP("Membership", "Membership", "Core or ad hoc", "Core/ad hoc", "Membership type"),
    ROLE("Role in group", "Role in group", "Group role", "Role in the group"),
    EMAIL("E-mail", "E-mail", "Email", "E-mail address", "Email address"),
    PHONE("Phone", "Phone", "Telephone", "Phone number", "Tel"),
    DEPUTY("Deputy", "Deputy", "Nominated deputy"),
    AGENCY_KIND("Agency kind", "Agency kind", "Agency type", "Kind of agency"),
    STARTS_ON("From", "From", "Start", "Start date", "Starts on", "Member since"),
    ENDS_ON("To", "To", "End", "End date", "Ends on", "Until");

    private final String heading;
    private final List<String> keys;

    RegisterImportColumn(String heading, String... aliases) {
        this.heading = heading;
        this.keys = java.util.Arrays.stream(aliases).map(RegisterImportColumn::key).toList();
    }

    /** The heading the export writes. */
    public String heading() {
        return heading;
    }

    public boolean required() {
        return this == AGENCY || this == NAME;
    }

    public static Optional<RegisterImportColumn> forHeader(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (RegisterImportColumn column : values()) {
            if (column.keys.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Letters and digits only, lower case: "E-mail", "email" and "Joint membership?" compare as people read them. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
