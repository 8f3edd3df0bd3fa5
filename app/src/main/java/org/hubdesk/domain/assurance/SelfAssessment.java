package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * One agency's or school's return in a round: its ratings standard by standard. Until
 * {@code returnedOn} is set the return is outstanding ("not yet returned" in the overview).
 */
public record SelfAssessment(long id, long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings) {
    public SelfAssessment {
        organisation = UserText.required(organisation, "A self-assessment needs the agency or school it comes from");
        ratings = ratings == null ? List.of() : ratings.stream().sorted(Comparator.comparingInt(StandardRating::standardNumber)).toList();
    }

    /**
     * What a return typed on screen must hold before it is saved: a rating for at least one
     * standard, and a rating for every standard that has evidence or actions written against it.
     */
    public static void checkRatings(AuditKind kind, List<StandardRating> ratings) {
        for (StandardRating r : ratings) {
            String standard = r.standardNumber() + " (" + kind.standard(r.standardNumber()) + ")";
            if (r.rating() == null && (r.evidence() != null || r.evidenceLink() != null || r.actions() != null)) {
                throw new UserInputException("Standard " + standard + " has evidence or actions but no rating: choose a rating "
                        + "from 1 (not met) to 4 (fully met)");
            }
        }
        if (ratings.stream().allMatch(r -> r.rating() == null)) {
            throw new UserInputException("Rate at least one standard before saving the return");
        }
    }

    public boolean returned() {
        return returnedOn != null;
    }

    public Optional<StandardRating> rating(int standardNumber) {
        return ratings.stream().filter(r -> r.standardNumber() == standardNumber).findFirst();
    }

    public SelfRating ratingOf(int standardNumber) {
        return rating(standardNumber).map(StandardRating::rating).orElse(null);
    }

    public SelfAssessment withId(long newId) {
        return new SelfAssessment(newId, roundId, organisation, returnedOn, ratings);
    }

    public SelfAssessment returned(LocalDate on, List<StandardRating> newRatings) {
        return new SelfAssessment(id, roundId, organisation, on, newRatings);
    }
}
