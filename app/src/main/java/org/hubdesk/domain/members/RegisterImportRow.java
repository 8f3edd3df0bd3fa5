package org.hubdesk.domain.members;

import java.time.LocalDate;
import java.util.List;
import org.hubdesk.domain.common.ImportRow;

/**
 * One member line of an imported register (seed 003 Appendix 2: agency, representatives, name,
 * joint membership; plus core or ad hoc, role, contact, deputy, dates), as read from the file and
 * checked, with what is wrong with it. Nothing is written while any line has errors.
 *
 * @param rowNumber the row as the spreadsheet shows it (header = 1)
 * @param agency    the agency's name, as stored when it already exists
 * @param jointWith name of the joint member, or null
 * @param deputy    name of the nominated deputy, or null
 * @param endsOn    the membership's end, for ended lines of an exported register; null when current
 */
public record RegisterImportRow(int rowNumber, String agency, AgencyKind agencyKind, boolean newAgency, String jobTitle,
                                String name, String email, String phone, boolean core, MemberRole role,
                                String jointWith, String deputy, LocalDate startsOn, List<String> errors,
                                LocalDate endsOn) implements ImportRow {
    public RegisterImportRow {
        errors = List.copyOf(errors);
    }

    /** A current line (no end date). */
    public RegisterImportRow(int rowNumber, String agency, AgencyKind agencyKind, boolean newAgency, String jobTitle,
                             String name, String email, String phone, boolean core, MemberRole role,
                             String jointWith, String deputy, LocalDate startsOn, List<String> errors) {
        this(rowNumber, agency, agencyKind, newAgency, jobTitle, name, email, phone, core, role, jointWith, deputy,
                startsOn, errors, null);
    }

    public String membershipKind() {
        return core ? "Core" : "Ad hoc";
    }
}
