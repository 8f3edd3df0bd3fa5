package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;

/**
 * One round of a self-assessment audit (seed 002 section 9: "a cycle of section 11 audits every
 * two years"), named by the year it starts in. The previous round is the latest earlier round of
 * the same kind.
 */
public record AuditRound(long id, AuditKind kind, int startYear, String title, LocalDate returnsDueOn) {
    public static final int CYCLE_YEARS = 2;

    public AuditRound {
        if (kind == null) {
            throw new UserInputException("Choose the audit: Section 11, Section 175 or the VCS checklist");
        }
        if (startYear < 2000 || startYear > 2100) {
            throw new UserInputException("The round's year, " + startYear + ", is not a year between 2000 and 2100");
        }
        title = title == null || title.isBlank() ? kind.label() + " audit " + startYear : title.strip();
    }

    public AuditRound withId(long newId) {
        return new AuditRound(newId, kind, startYear, title, returnsDueOn);
    }

    /** "Section 11 audit 2026 (round 3)" style one-liner without the id. */
    public String label() {
        return title;
    }
}
