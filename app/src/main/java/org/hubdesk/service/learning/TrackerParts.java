package org.hubdesk.service.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.store.Database;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.jooq.DSLContext;

/**
 * Optimistic locking of a learning record's dissemination plan (rows and methods) and its
 * 7-minute briefing: they count as the record, so a save of any of them checks the record's row
 * version as opened, moves it on, and names both versions of the part when refused.
 */
final class TrackerParts {
    private TrackerParts() {
    }

    /**
     * In one transaction: locks the record, refuses the save (StaleEditException, nothing written)
     * if it is no longer at {@code openedVersion}, else writes the part and moves the version on.
     * {@code now} reads the part as it is in the database; {@code yours} makes the edit of it;
     * {@code describe} words one version against the other.
     */
    static <T> Versioned<LearningRecord> save(Database database, long learningId, int openedVersion, String part,
            Function<DSLContext, T> now, UnaryOperator<T> yours, BiFunction<T, T, String> describe, Consumer<DSLContext> write) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            LearningRecord record = LearningTrackerService.require(repo, learningId);
            if (repo.lockedVersion(learningId) != openedVersion) {
                T theirs = now.apply(ctx);
                T mine = yours.apply(theirs);
                throw new StaleEditException("The " + part + " of the learning record '" + record.activity() + "'", theirs,
                        describe.apply(theirs, mine), mine, describe.apply(mine, theirs));
            }
            write.accept(ctx);
            repo.bumpVersion(learningId);
            return repo.findForEdit(learningId).orElseThrow();
        });
    }

    /** The methods with {@code action} in its place (or added at the end if new). */
    static List<DisseminationAction> with(List<DisseminationAction> methods, DisseminationAction action) {
        List<DisseminationAction> all = new ArrayList<>(methods.stream().map(m -> m.id() == action.id() ? action : m).toList());
        if (all.stream().noneMatch(m -> m.id() == action.id())) {
            all.add(action);
        }
        return all;
    }

    static String describe(DisseminationRow row) {
        return "purpose '" + nz(row.purpose()) + "', measures of success '" + nz(row.measuresOfSuccess()) + "'";
    }

    static String describe(List<DisseminationAction> methods) {
        return methods.isEmpty() ? "none" : methods.stream()
                .map(m -> "'" + m.method() + "' " + (m.done() ? "done" : "not done")).collect(Collectors.joining(", "));
    }

    /** The first part where the two briefings differ, in this one's words. */
    static String describe(SevenMinuteBriefing one, SevenMinuteBriefing other) {
        for (int i = 0; i < SevenMinuteBriefing.HEADINGS.size(); i++) {
            if (!one.part(i).equals(other.part(i))) {
                return SevenMinuteBriefing.HEADINGS.get(i) + " '" + one.part(i) + "'";
            }
        }
        return "the same parts";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
