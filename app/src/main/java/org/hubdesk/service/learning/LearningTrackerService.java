package org.hubdesk.service.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationPlan;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.ImpactReview;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningSourceKind;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.domain.learning.Recommendation;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.learning.LearningRecordRepository;
import org.hubdesk.store.learning.RecommendationRepository;
import org.jooq.DSLContext;

/**
 * The learning tracker: learning records round the loop of identified, messages agreed,
 * disseminating, awaiting impact review and closed. One public method per user action, one
 * transaction each; edits return the record as it was, for undo.
 */
public final class LearningTrackerService extends DatedService {

    public LearningTrackerService(Database database, Clock clock) {
        super(database, clock);
    }

    /** One line of the tracker: a record, its plan, where it is in the loop and what is late. */
    public record TrackerLine(LearningRecord record, DisseminationPlan plan, LearningStage stage, String overdue, String sourceName) {
        public boolean isOverdue() {
            return !overdue.isEmpty();
        }

        /** "Audit: MAA-7", "Learning Hub cycle: Improve the early identification of neglect". */
        public String source() {
            return record.sourceKind().label() + (sourceName == null ? "" : ": " + sourceName);
        }
    }

    /** Every record, oldest activity first. */
    public List<TrackerLine> tracker() {
        return database.transaction(ctx -> lines(ctx, new LearningRecordRepository(ctx).all(), today()));
    }

    public TrackerLine line(long learningId) {
        return database.transaction(ctx -> lines(ctx, List.of(require(new LearningRecordRepository(ctx), learningId)), today()).get(0));
    }

    /** Tracker lines of the given records inside a caller's transaction (reports, meetings). */
    public static List<TrackerLine> lines(DSLContext ctx, List<LearningRecord> records, LocalDate today) {
        LearningRecordRepository repo = new LearningRecordRepository(ctx);
        Map<Long, DisseminationPlan> plans = repo.plans(records.stream().map(LearningRecord::id).toList());
        Map<Long, String> cycleNames = cycleNames(ctx);
        List<TrackerLine> result = new ArrayList<>();
        for (LearningRecord r : records) {
            DisseminationPlan plan = plans.get(r.id());
            String name = r.hubCycleId() != null ? cycleNames.get(r.hubCycleId()) : r.sourceReference();
            result.add(new TrackerLine(r, plan, r.stage(plan), r.overdue(plan, today), name));
        }
        return result;
    }

    /** Each hub cycle's priority title, by cycle id. */
    public static Map<Long, String> cycleNames(DSLContext ctx) {
        HubRepository hub = new HubRepository(ctx);
        Map<Long, String> priorities = new HashMap<>();
        hub.priorities().forEach(p -> priorities.put(p.id(), p.title()));
        Map<Long, String> names = new HashMap<>();
        for (HubCycle c : hub.cycles()) {
            names.put(c.id(), priorities.get(c.priorityId()) + " (" + c.firstMonth() + " to " + c.lastMonth() + ")");
        }
        return names;
    }

    /** Records whose impact review falls due on or before {@code day} and has not been held. */
    public static List<TrackerLine> reviewsDueBy(DSLContext ctx, LocalDate day, LocalDate today) {
        List<LearningRecord> due = new LearningRecordRepository(ctx).all().stream().filter(r -> r.impact().dueBy(day)).toList();
        return lines(ctx, due, today);
    }

    /** The Forum meets quarterly (seed 003), so its item looks this far past the meeting day. */
    public static final int IMPACT_AGENDA_MONTHS = 3;

    /**
     * The lines of a meeting's "Evidencing impact of learning" item: each impact review not yet
     * held that is overdue or falls due before the group's next (quarterly) meeting, soonest first.
     */
    public static List<String> impactAgendaLines(DSLContext ctx, LocalDate meetingDay, LocalDate today) {
        return reviewsDueBy(ctx, meetingDay.plusMonths(IMPACT_AGENDA_MONTHS).minusDays(1), today).stream()
                .sorted(java.util.Comparator.comparing((TrackerLine l) -> l.record().impact().dueOn()))
                .map(l -> impactLine(l, today)).toList();
    }

    /** "Learning 3: Rapid review ... – impact review due 2026-11-20 (overdue): referrals in the dataset". */
    public static String impactLine(TrackerLine l, LocalDate today) {
        ImpactReview i = l.record().impact();
        return "Learning " + l.record().id() + ": " + l.record().activity() + " – impact review due " + i.dueOn()
                + (i.overdue(today) ? " (overdue)" : "") + (i.how() == null ? "" : ": " + i.how());
    }

    /** Records reviewed within the given days (inclusive): the impact the year evidenced. */
    public static List<TrackerLine> reviewedBetween(DSLContext ctx, LocalDate from, LocalDate to, LocalDate today) {
        List<LearningRecord> done = new LearningRecordRepository(ctx).all().stream().filter(r -> r.impact().reviewed()
                && !r.impact().reviewedOn().isBefore(from) && !r.impact().reviewedOn().isAfter(to)).toList();
        return lines(ctx, done, today);
    }

    // ---- records

    public LearningRecord add(LearningRecord record) {
        return database.transaction(ctx -> {
            requireCycle(ctx, record);
            return new LearningRecordRepository(ctx).insert(record);
        });
    }

    /** A new record from a hub recommendation: its cycle, what was learned as the findings, the recommendation as a first key message. */
    public LearningRecord addFromRecommendation(long recommendationId) {
        return database.transaction(ctx -> {
            Recommendation rec = new RecommendationRepository(ctx).find(recommendationId)
                    .orElseThrow(() -> new UserInputException("There is no recommendation " + recommendationId));
            HubCycle cycle = new HubRepository(ctx).cycle(rec.hubCycleId())
                    .orElseThrow(() -> new UserInputException("That recommendation's hub cycle no longer exists"));
            String title = new HubRepository(ctx).priority(cycle.priorityId()).map(Priority::title).orElse("Learning Hub cycle");
            LearningRecord r = new LearningRecord(0, LearningSourceKind.HUB_CYCLE, cycle.id(), null, "Learning Hub",
                    "Learning Hub thematic cycle: " + title, cycle.firstMonth().atDay(1), cycle.lastMonth().atEndOfMonth(),
                    rec.whatWasLearned() == null ? rec.text() : rec.whatWasLearned(), rec.text(), null, null, null);
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            LearningRecord same = repo.all().stream().filter(x -> java.util.Objects.equals(x.hubCycleId(), r.hubCycleId())
                    && java.util.Objects.equals(x.findings(), r.findings()) && java.util.Objects.equals(x.keyMessages(), r.keyMessages()))
                    .findFirst().orElse(null);
            if (same != null) {
                throw new UserInputException("That recommendation's learning is already on the tracker, as learning " + same.id());
            }
            return repo.insert(r);
        });
    }

    /**
     * Sends a case review's learning on to the tracker (issue 10): a new record of type "case review",
     * its reference the review's kind and case reference, its findings the review's learning. A review
     * with no learning written yet, or one already sent, is refused with a sentence saying so.
     */
    public LearningRecord addFromCaseReview(long reviewId) {
        return database.transaction(ctx -> {
            org.hubdesk.domain.reviews.CaseReview review = new org.hubdesk.store.reviews.CaseReviewRepository(ctx).find(reviewId)
                    .orElseThrow(() -> new UserInputException("There is no case review " + reviewId));
            if (review.learning() == null || review.learning().isBlank()) {
                throw new UserInputException("Case review " + reviewId + " has no learning written yet: record its learning first");
            }
            String reference = review.kind().label() + ": " + (review.caseReference() == null ? review.title() : review.caseReference())
                    + " (review " + reviewId + ")";
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            if (repo.all().stream().anyMatch(r -> reference.equals(r.sourceReference()))) {
                throw new UserInputException("The learning of case review " + reviewId + " is already on the tracker");
            }
            LocalDate from = review.received() == null ? today() : review.received();
            LocalDate to = today().isBefore(from) ? from : today();
            LearningRecord r = new LearningRecord(0, LearningSourceKind.CASE_REVIEW, null, reference, "Case reviews",
                    review.kind().label() + ": " + review.title(), from, to, review.learning(), null, null, null, null);
            return repo.insert(r);
        });
    }

    /** Saves an edited record (its messages, its impact review or anything else); returns it as it was. */
    public LearningRecord edit(LearningRecord record) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            LearningRecord before = require(repo, record.id());
            requireCycle(ctx, record);
            repo.update(record);
            return before;
        });
    }

    public LearningRecord agreeMessages(long learningId, String keyMessages, String audiences, LocalDate agreedOn) {
        LearningRecord r = line(learningId).record();
        return edit(r.withMessages(keyMessages, audiences, agreedOn == null ? today() : agreedOn));
    }

    public LearningRecord planImpactReview(long learningId, ImpactReview review) {
        return edit(line(learningId).record().withImpact(review));
    }

    public LearningRecord recordImpactOutcome(long learningId, String outcome, LocalDate reviewedOn) {
        LearningRecord r = line(learningId).record();
        if (outcome == null || outcome.isBlank()) {
            throw new UserInputException("Write what the impact review found");
        }
        return edit(r.withImpact(r.impact().withOutcome(outcome, reviewedOn == null ? today() : reviewedOn)));
    }

    /** The record as it is now, with its row version: the tracker's forms save against it. */
    public Versioned<LearningRecord> forEdit(long learningId) {
        return database.transaction(ctx -> new LearningRecordRepository(ctx).findForEdit(learningId)
                .orElseThrow(() -> new UserInputException("That learning record no longer exists")));
    }

    /** {@link #agreeMessages} on the record opened at {@code openedVersion}; returns it saved, with its new version. */
    public Versioned<LearningRecord> agreeMessages(long learningId, String keyMessages, String audiences, LocalDate agreedOn,
            int openedVersion) {
        return editChecked(learningId, openedVersion, r -> r.withMessages(keyMessages, audiences, agreedOn == null ? today() : agreedOn));
    }

    /** {@link #planImpactReview} on the record opened at {@code openedVersion}; returns it saved, with its new version. */
    public Versioned<LearningRecord> planImpactReview(long learningId, ImpactReview review, int openedVersion) {
        return editChecked(learningId, openedVersion, r -> r.withImpact(review));
    }

    /** {@link #recordImpactOutcome} on the record opened at {@code openedVersion}; returns it saved, with its new version. */
    public Versioned<LearningRecord> recordImpactOutcome(long learningId, String outcome, LocalDate reviewedOn, int openedVersion) {
        if (outcome == null || outcome.isBlank()) {
            throw new UserInputException("Write what the impact review found");
        }
        return editChecked(learningId, openedVersion, r -> r.withImpact(r.impact().withOutcome(outcome, reviewedOn == null ? today() : reviewedOn)));
    }

    /** Changes the record as it is now; refused with a StaleEditException, nothing saved, if it is no longer at {@code openedVersion}. */
    private Versioned<LearningRecord> editChecked(long learningId, int openedVersion, java.util.function.UnaryOperator<LearningRecord> change) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            LearningRecord changed = change.apply(require(repo, learningId));
            requireCycle(ctx, changed);
            repo.update(changed, openedVersion);
            return repo.findForEdit(learningId).orElseThrow();
        });
    }

    public void remove(long learningId) {
        database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            require(repo, learningId);
            repo.delete(learningId);
            return null;
        });
    }

    // ---- dissemination plan

    public DisseminationPlan plan(long learningId) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            require(repo, learningId);
            return repo.plan(learningId);
        });
    }

    public void saveRow(long learningId, DisseminationRow row) {
        database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            require(repo, learningId);
            repo.saveRow(learningId, row);
            return null;
        });
    }

    public DisseminationAction addMethod(DisseminationAction action) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            require(repo, action.learningId());
            return repo.insertAction(action);
        });
    }

    public DisseminationAction editMethod(DisseminationAction action) {
        return database.transaction(ctx -> {
            LearningRecordRepository repo = new LearningRecordRepository(ctx);
            DisseminationAction before = repo.action(action.id()).orElseThrow(() -> new UserInputException("That method was removed"));
            repo.updateAction(action);
            return before;
        });
    }

    public void removeMethod(long actionId) {
        database.transaction(ctx -> {
            new LearningRecordRepository(ctx).deleteAction(actionId);
            return null;
        });
    }

    // ---- 7-minute briefing

    /** The briefing: the record's draft with any part edited by hand in its place. */
    public SevenMinuteBriefing briefing(long learningId) {
        return database.transaction(ctx -> briefing(ctx, learningId));
    }

    public static SevenMinuteBriefing briefing(DSLContext ctx, long learningId) {
        LearningRecordRepository repo = new LearningRecordRepository(ctx);
        LearningRecord r = require(repo, learningId);
        String name = r.hubCycleId() != null ? cycleNames(ctx).get(r.hubCycleId()) : r.sourceReference();
        SevenMinuteBriefing b = SevenMinuteBriefing.draft(r, name, repo.plan(learningId));
        for (Map.Entry<Integer, String> e : repo.briefingEdits(learningId).entrySet()) {
            b = b.with(e.getKey(), e.getValue());
        }
        return b;
    }

    /** Keeps the parts that differ from the draft; a part put back to the draft follows the record again. */
    public void saveBriefing(long learningId, SevenMinuteBriefing briefing) {
        database.transaction(ctx -> {
            writeBriefing(ctx, new LearningRecordRepository(ctx), learningId, briefing);
            return null;
        });
    }

    private static void writeBriefing(DSLContext ctx, LearningRecordRepository repo, long learningId, SevenMinuteBriefing briefing) {
        LearningRecord r = require(repo, learningId);
        String name = r.hubCycleId() != null ? cycleNames(ctx).get(r.hubCycleId()) : r.sourceReference();
        SevenMinuteBriefing draft = SevenMinuteBriefing.draft(r, name, repo.plan(learningId));
        Map<Integer, String> edits = new HashMap<>();
        for (int i = 0; i < SevenMinuteBriefing.HEADINGS.size(); i++) {
            if (!briefing.part(i).equals(draft.part(i))) {
                edits.put(i, briefing.part(i));
            }
        }
        repo.saveBriefingEdits(learningId, edits);
    }

    // ---- checked saves of the plan and the briefing (a team database)

    /**
     * {@link #saveRow} on the record opened at {@code openedVersion}: its plan and briefing count as
     * the record, so a colleague's save of any of it since is refused, nothing saved. Returns the
     * record with its new version.
     */
    public Versioned<LearningRecord> saveRow(long learningId, DisseminationRow row, int openedVersion) {
        return TrackerParts.save(database, learningId, openedVersion, row.audience().shortLabel() + " row of the dissemination plan",
                ctx -> new LearningRecordRepository(ctx).plan(learningId).row(row.audience()), theirs -> row,
                (one, other) -> TrackerParts.describe(one), ctx -> new LearningRecordRepository(ctx).saveRow(learningId, row));
    }

    /** {@link #addMethod} on the record opened at {@code openedVersion} (refused if someone saved it since). */
    public Versioned<LearningRecord> addMethod(DisseminationAction action, int openedVersion) {
        return TrackerParts.save(database, action.learningId(), openedVersion, "dissemination methods",
                ctx -> new LearningRecordRepository(ctx).plan(action.learningId()).actions(), theirs -> TrackerParts.with(theirs, action),
                (one, other) -> TrackerParts.describe(one), ctx -> new LearningRecordRepository(ctx).insertAction(action));
    }

    /** {@link #editMethod} (e.g. marked done) on the record opened at {@code openedVersion} (refused if someone saved it since). */
    public Versioned<LearningRecord> editMethod(DisseminationAction action, int openedVersion) {
        return TrackerParts.save(database, action.learningId(), openedVersion, "dissemination methods",
                ctx -> new LearningRecordRepository(ctx).plan(action.learningId()).actions(), theirs -> TrackerParts.with(theirs, action),
                (one, other) -> TrackerParts.describe(one), ctx -> new LearningRecordRepository(ctx).updateAction(action));
    }

    /** {@link #saveBriefing} on the record opened at {@code openedVersion} (refused if someone saved it since). */
    public Versioned<LearningRecord> saveBriefing(long learningId, SevenMinuteBriefing briefing, int openedVersion) {
        return TrackerParts.save(database, learningId, openedVersion, "7-minute briefing", ctx -> briefing(ctx, learningId), theirs -> briefing,
                TrackerParts::describe, ctx -> writeBriefing(ctx, new LearningRecordRepository(ctx), learningId, briefing));
    }

    public static LearningRecord require(LearningRecordRepository repo, long id) {
        return repo.find(id).orElseThrow(() -> new UserInputException("There is no learning record " + id
                + "; 'hubdesk learning list' lists them"));
    }

    private static void requireCycle(DSLContext ctx, LearningRecord r) {
        if (r.hubCycleId() != null && new HubRepository(ctx).cycle(r.hubCycleId()).isEmpty()) {
            throw new UserInputException("There is no hub cycle " + r.hubCycleId());
        }
    }
}
