package org.hubdesk.service.hub;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.members.Person;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * Optimistic locking of a hub cycle: a save made from the cycle as opened at a version is refused
 * if a colleague saved the cycle since, naming both versions in the registers' words.
 */
final class HubCycleVersions {
    private HubCycleVersions() {
    }

    /** Locks the cycle's row and throws a StaleEditException (nothing saved) if it is no longer at {@code openedVersion}. */
    static void require(DSLContext ctx, HubRepository repo, HubCycle yours, int openedVersion) {
        require(ctx, repo, yours, openedVersion, HubCycleVersions::describe);
    }

    /**
     * As {@link #require(DSLContext, HubRepository, HubCycle, int)} for an edit of one phase (its
     * months or its activities): both versions are named by that phase.
     */
    static void requirePhase(DSLContext ctx, HubRepository repo, HubCycle yours, int phaseIndex, int openedVersion) {
        require(ctx, repo, yours, openedVersion, (c, names) -> describePhase(c.phases().get(phaseIndex)));
    }

    /**
     * A whole cycle moved from the one loaded at {@code openedVersion} (null: unchecked, as undo and the
     * command line save): both versions are named by their months.
     */
    static void requireMoved(DSLContext ctx, HubRepository repo, HubCycle yours, Integer openedVersion) {
        if (openedVersion != null) {
            require(ctx, repo, yours, openedVersion, (c, names) -> "from " + c.firstMonth() + " to " + c.lastMonth());
        }
    }

    private static void require(DSLContext ctx, HubRepository repo, HubCycle yours, int openedVersion,
            BiFunction<HubCycle, Map<Long, String>, String> describe) {
        if (repo.lockedVersion(yours.id()) == openedVersion) {
            return;
        }
        HubCycle theirs = repo.cycle(yours.id()).orElseThrow();
        Map<Long, String> names = new MembersRepository(ctx).people().stream().collect(Collectors.toMap(Person::id, Person::fullName));
        String title = repo.priorities().stream().filter(p -> p.id() == theirs.priorityId()).map(p -> p.title()).findFirst().orElse("?");
        throw new StaleEditException("The hub cycle '" + title + "'", theirs, describe.apply(theirs, names), yours, describe.apply(yours, names));
    }

    private static String describe(HubCycle c, Map<Long, String> names) {
        return "lead " + (c.leadPersonId() == null ? "none yet" : names.getOrDefault(c.leadPersonId(), "?")) + ", members "
                + (c.memberIds().isEmpty() ? "none" : c.memberIds().stream().map(id -> names.getOrDefault(id, "?")).collect(Collectors.joining(", ")));
    }

    private static String describePhase(HubPhase p) {
        return p.kind().label() + " " + p.firstMonth() + " to " + p.lastMonth() + ", activities "
                + (p.activities().isEmpty() ? "none" : p.activities().stream().map(a -> "'" + a.description() + "' " + a.status().label())
                        .collect(Collectors.joining(", ")));
    }
}
