package org.hubdesk.domain.members;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an agency named only in an imported register is taken to be: its kind guessed from its
 * name when the file has no Agency kind, and whether it is one of Working Together's statutory
 * safeguarding partners (the local authority, the police, and the health body that commissions,
 * i.e. the ICB or, before 2022, the CCG; not every NHS trust).
 */
public final class RegisterImportAgencies {
    private static final Pattern POLICE = words("police|constabulary");
    private static final Pattern COMMISSIONING_HEALTH = words("icb|ccg|integrated care board|clinical commissioning group");
    private static final Pattern HEALTH = words("nhs|health|healthcare|icb|ccg|hospital|hospitals|integrated care board"
            + "|clinical commissioning group");
    private static final Pattern LOCAL_AUTHORITY = words("council|borough|lb|county|city of|local authority");
    private static final Pattern EDUCATION = words("school|schools|education|academy|academies|college");
    private static final Pattern VOLUNTARY = words("voluntary|charity|charitable|volunteer|volunteers");

    private RegisterImportAgencies() {
    }

    public static AgencyKind guessKind(String agencyName) {
        String name = agencyName == null ? "" : agencyName.toLowerCase(Locale.ROOT);
        if (POLICE.matcher(name).find()) {
            return AgencyKind.POLICE;
        }
        if (HEALTH.matcher(name).find()) {
            return AgencyKind.HEALTH;
        }
        if (EDUCATION.matcher(name).find()) {
            return AgencyKind.EDUCATION;
        }
        if (VOLUNTARY.matcher(name).find()) {
            return AgencyKind.VOLUNTARY;
        }
        if (LOCAL_AUTHORITY.matcher(name).find()) {
            return AgencyKind.LOCAL_AUTHORITY;
        }
        return AgencyKind.OTHER;
    }

    public static boolean statutoryPartner(String agencyName, AgencyKind kind) {
        return switch (kind) {
            case LOCAL_AUTHORITY, POLICE -> true;
            case HEALTH -> COMMISSIONING_HEALTH.matcher(agencyName == null ? "" : agencyName.toLowerCase(Locale.ROOT)).find();
            default -> false;
        };
    }

    public static Agency newAgency(String name, AgencyKind kind) {
        return new Agency(0, name, kind, statutoryPartner(name, kind));
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }
}
