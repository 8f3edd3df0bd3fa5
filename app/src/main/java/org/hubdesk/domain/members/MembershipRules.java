package org.hubdesk.domain.members;

import java.util.Collection;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;

/** The rules a register edit must keep, checked before anything is written. */
public final class MembershipRules {
    private MembershipRules() {
    }

    /**
     * @param candidate   the membership being added or changed
     * @param sameGroup   the group's other memberships (the candidate's own old version excluded)
     * @param people      everyone the candidate refers to, by id
     */
    public static void check(Membership candidate, Collection<Membership> sameGroup, Map<Long, Person> people) {
        Person member = people.get(candidate.personId());
        if (member == null) {
            throw new UserInputException("The member no longer exists");
        }
        for (Membership other : sameGroup) {
            if (other.id() != candidate.id() && other.personId() == candidate.personId() && other.overlaps(candidate)) {
                throw new UserInputException(member.fullName() + " already holds a membership of this group for that period;"
                        + " end it first or change the dates");
            }
        }
        if (candidate.jointWithPersonId() != null) {
            Person partner = people.get(candidate.jointWithPersonId());
            if (partner == null) {
                throw new UserInputException("The joint member no longer exists");
            }
            if (partner.agencyId() != member.agencyId()) {
                throw new UserInputException("A joint membership pairs two people of the same agency: "
                        + member.fullName() + " and " + partner.fullName() + " work for different agencies");
            }
        }
        if (candidate.deputyPersonId() != null && people.get(candidate.deputyPersonId()) == null) {
            throw new UserInputException("The nominated deputy no longer exists");
        }
    }
}
