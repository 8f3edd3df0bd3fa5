package org.hubdesk.domain.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.Labels;

/**
 * What makes a meeting of a group quorate. The default is seed 004 Appendix A §8: "not quorate
 * unless there is representation from all three named Safeguarding Partners" (local authority,
 * police, health), in person or by a deputy.
 */
public enum QuorumRule implements Labelled {
    STATUTORY_PARTNERS,
    HALF_OF_CORE,
    NONE;

    public String description() {
        return Labels.of(this, "description");
    }

    /** Someone in the room: their agency's kind and whether it is a statutory partner; core or not. */
    public record Presence(AgencyKind agencyKind, boolean statutoryPartner, boolean coreMember) {
    }

    /** The verdict, with who is missing so the chair can act on it. */
    public record Result(boolean quorate, List<String> missing) {
        public String summary() {
            return quorate ? "Quorate" : "Not quorate: missing " + String.join(", ", missing);
        }
    }

    public Result evaluate(Collection<Presence> present, int coreMemberCount) {
        return switch (this) {
            case NONE -> new Result(true, List.of());
            case STATUTORY_PARTNERS -> {
                Set<AgencyKind> represented = EnumSet.noneOf(AgencyKind.class);
                for (Presence p : present) {
                    if (p.statutoryPartner()) {
                        represented.add(p.agencyKind());
                    }
                }
                List<String> missing = new ArrayList<>();
                for (AgencyKind kind : AgencyKind.statutoryPartners()) {
                    if (!represented.contains(kind)) {
                        missing.add(kind.label().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                yield new Result(missing.isEmpty(), missing);
            }
            case HALF_OF_CORE -> {
                long core = present.stream().filter(Presence::coreMember).count();
                long needed = (coreMemberCount + 1) / 2;
                yield core >= needed && coreMemberCount > 0
                        ? new Result(true, List.of())
                        : new Result(false, List.of((needed - core) + " more core member(s)"));
            }
        };
    }

    /**
     * The statutory partners that no current core member or nominated deputy could ever bring to
     * a meeting: while this is not empty the group can never be quorate under STATUTORY_PARTNERS.
     */
    public List<AgencyKind> uncoveredPartners(Collection<RegisterEntry> register) {
        if (this != STATUTORY_PARTNERS) {
            return List.of();
        }
        Set<AgencyKind> covered = EnumSet.noneOf(AgencyKind.class);
        for (RegisterEntry entry : register) {
            if (entry.isCurrent() && entry.core() && entry.statutoryPartner()) {
                covered.add(entry.agencyKind());
            }
        }
        List<AgencyKind> gaps = new ArrayList<>(AgencyKind.statutoryPartners());
        gaps.removeAll(covered);
        return gaps;
    }

    @Override
    public String toString() {
        return label();
    }
}
