package org.hubdesk.domain.members;

import java.time.LocalDate;

/**
 * One line of a group's membership register as seed 003 Appendix 2 shows it (agency,
 * representatives, name, joint membership) plus core/ad hoc, role, deputy and dates.
 */
public record RegisterEntry(long membershipId, long groupId, long personId, String personName, String jobTitle,
                            String email, long agencyId, String agencyName, AgencyKind agencyKind,
                            boolean statutoryPartner, boolean core, MemberRole role,
                            Long jointWithPersonId, String jointWithName,
                            Long deputyPersonId, String deputyName,
                            LocalDate startsOn, LocalDate endsOn) {

    public boolean isCurrent() {
        return isCurrentOn(LocalDate.now());
    }

    public boolean isCurrentOn(LocalDate day) {
        return (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || endsOn.isAfter(day));
    }

    public boolean joint() {
        return jointWithPersonId != null;
    }

    public String membershipKind() {
        return core ? "Core" : "Ad hoc";
    }
}
