package org.hubdesk.domain.reviews;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A review's case reference is never a child's name. Hubdesk refuses nothing (a reference such as
 * "Child T" or "OSCP 2027/04" is fine) but warns when a reference looks like a person's full name:
 * two to four capitalised words of letters, none of them a reference word.
 */
public final class CaseReference {
    public static final String NEVER_A_NAME = "A case reference, never a child's name (e.g. Child T, OSCP 2027/04)";

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}['’]?\\p{L}*\\p{Ll}(?:-\\p{Lu}\\p{L}*\\p{Ll})*");
    private static final Set<String> REFERENCE_WORDS = Set.of("child", "baby", "family", "sibling", "siblings", "young",
            "person", "case", "review", "infant", "boy", "girl", "children", "brothers", "sisters", "oscp", "lcspr", "rapid");

    private CaseReference() {
    }

    /** The warning to show under the field, or null when the reference does not look like a name. */
    public static String nameWarning(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String[] words = reference.strip().split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || REFERENCE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        return "'" + reference.strip() + "' looks like a full name: use a case reference, never a child's name";
    }
}
