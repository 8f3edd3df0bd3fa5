package org.hubdesk.domain.members;

import java.time.LocalDate;
import org.hubdesk.domain.common.UserInputException;

/** A person's seat on a group, for a period; ended memberships are kept as history. */
public record Membership(long id, long groupId, long personId, boolean core, MemberRole role,
                         Long jointWithPersonId, Long deputyPersonId, LocalDate startsOn, LocalDate endsOn) {
    public Membership {
        if (role == null) {
            role = MemberRole.MEMBER;
        }
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            throw new UserInputException("The end date " + endsOn + " must fall after the start date " + startsOn);
        }
        if (jointWithPersonId != null && jointWithPersonId == personId) {
            throw new UserInputException("A joint membership pairs two different people");
        }
        if (deputyPersonId != null && deputyPersonId == personId) {
            throw new UserInputException("A member cannot be their own deputy");
        }
    }

    public Membership withId(long newId) {
        return new Membership(newId, groupId, personId, core, role, jointWithPersonId, deputyPersonId, startsOn, endsOn);
    }

    public Membership endedOn(LocalDate day) {
        return new Membership(id, groupId, personId, core, role, jointWithPersonId, deputyPersonId, startsOn, day);
    }

    /** Whether two periods share at least one day; an open end runs for ever. */
    public boolean overlaps(Membership other) {
        LocalDate aStart = startsOn == null ? LocalDate.MIN : startsOn;
        LocalDate bStart = other.startsOn == null ? LocalDate.MIN : other.startsOn;
        LocalDate aEnd = endsOn == null ? LocalDate.MAX : endsOn;
        LocalDate bEnd = other.endsOn == null ? LocalDate.MAX : other.endsOn;
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }
}
