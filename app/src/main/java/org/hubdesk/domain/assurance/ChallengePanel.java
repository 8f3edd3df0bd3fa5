package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        youngPeopleRepresentative = StandardRating.blankToNull(youngPeopleRepresentative);
        findings = StandardRating.blankToNull(findings);
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
