package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.UserText;

/**
 * The peer review challenge panel of a round (seed 002 section 9): "Three agencies and three
 * schools will be invited to attend a peer review 'challenge panel' which will be made of members
 * of the Hub, and a representative from the Young People's Safeguarding Forum."
 */
public record ChallengePanel(long roundId, LocalDate heldOn, List<String> agenciesInvited, List<String> schoolsInvited,
                             List<String> panelMembers, String youngPeopleRepresentative, String findings) {
    public static final int AGENCIES_INVITED = 3;
    public static final int SCHOOLS_INVITED = 3;

    public ChallengePanel {
        agenciesInvited = clean(agenciesInvited);
        schoolsInvited = clean(schoolsInvited);
        panelMembers = clean(panelMembers);
        youngPeopleRepresentative = UserText.optional(youngPeopleRepresentative);
        findings = UserText.optional(findings);
    }

    /**
     * What a panel entered on screen must satisfy: at most three agencies and three schools, nobody
     * invited twice, and findings only once the panel has a date.
     */
    public void check() {
        if (agenciesInvited.size() > AGENCIES_INVITED) {
            throw new UserInputException(agenciesInvited.size() + " agencies are invited; the framework invites three");
        }
        if (schoolsInvited.size() > SCHOOLS_INVITED) {
            throw new UserInputException(schoolsInvited.size() + " schools are invited; the framework invites three");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : concat(agenciesInvited, schoolsInvited)) {
            if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new UserInputException(name + " is invited twice");
            }
        }
        if (findings != null && heldOn == null) {
            throw new UserInputException("The findings come from the panel: give the date it was held");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What differs from the seed's make-up; shown beside the panel, never refused. */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (agenciesInvited.size() != AGENCIES_INVITED) {
            w.add(agenciesInvited.size() + " agencies invited; the framework invites three");
        }
        if (schoolsInvited.size() != SCHOOLS_INVITED) {
            w.add(schoolsInvited.size() + " schools invited; the framework invites three");
        }
        if (panelMembers.isEmpty()) {
            w.add("No panel members from the Hub yet");
        }
        if (youngPeopleRepresentative == null) {
            w.add("No representative from the Young People's Safeguarding Forum yet");
        }
        return w;
    }

    /** "A; B; C" as typed in one box or one cell. */
    public static List<String> split(String text) {
        return text == null ? List.of() : clean(Arrays.asList(text.split("[;\\n]")));
    }

    private static List<String> clean(List<String> names) {
        return names == null ? List.of() : names.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }
}
