package org.hubdesk.domain.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;

/**
 * The safeguarding partners' decision after a rapid review: each of the eight criteria of seed
 * 002 section 5 ticked or not with a note, and the outcome. Every criterion is answered; one not
 * given counts as not met.
 */
public record LcsprDecision(LocalDate decidedOn, List<CriterionAnswer> answers, ReviewOutcome outcome) {
    public LcsprDecision {
        if (decidedOn == null) {
            throw new UserInputException("The LCSPR decision needs the date it was made");
        }
        if (outcome == null) {
            throw new UserInputException("Choose the outcome: LCSPR, single agency review or no further review");
        }
        Map<LcsprCriterion, CriterionAnswer> byCriterion = new EnumMap<>(LcsprCriterion.class);
        for (CriterionAnswer a : answers == null ? List.<CriterionAnswer>of() : answers) {
            byCriterion.put(a.criterion(), a);
        }
        List<CriterionAnswer> all = new ArrayList<>();
        for (LcsprCriterion c : LcsprCriterion.values()) {
            all.add(byCriterion.getOrDefault(c, new CriterionAnswer(c, false, null)));
        }
        answers = List.copyOf(all);
    }

    public long criteriaMet() {
        return answers.stream().filter(CriterionAnswer::met).count();
    }

    /**
     * A warning when the outcome does not follow from the ticks: an LCSPR with no criterion met, or
     * no LCSPR although some are. The partners may still decide so; the record then says why.
     */
    public String consistencyWarning() {
        if (outcome == ReviewOutcome.LCSPR && criteriaMet() == 0) {
            return "An LCSPR is chosen but no criterion is ticked as met";
        }
        if (outcome != ReviewOutcome.LCSPR && criteriaMet() > 0) {
            return criteriaMet() + " of the criteria are ticked as met but the outcome is not an LCSPR; say why in the notes";
        }
        return null;
    }

    /** The decision record as printed: heading lines, one line per criterion, the outcome. */
    public List<String> recordLines(String title, String caseReference) {
        List<String> lines = new ArrayList<>();
        lines.add("LCSPR decision: " + title + (caseReference == null ? "" : " (" + caseReference + ")"));
        lines.add("Decided on: " + decidedOn);
        lines.add("Following a Rapid Review, an LCSPR may be appropriate where the case:");
        for (CriterionAnswer a : answers) {
            lines.add((a.met() ? "[x] " : "[ ] ") + a.criterion().text() + (a.note() == null ? "" : " (" + a.note() + ")"));
        }
        lines.add("Criteria met: " + criteriaMet() + " of " + answers.size());
        lines.add("Outcome: " + outcome.label());
        return lines;
    }
}
