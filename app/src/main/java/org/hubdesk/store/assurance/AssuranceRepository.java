package org.hubdesk.store.assurance;

import static org.hubdesk.schema.Tables.AUDIT_ROUND;
import static org.hubdesk.schema.Tables.CHALLENGE_PANEL;
import static org.hubdesk.schema.Tables.SELF_ASSESSMENT;
import static org.hubdesk.schema.Tables.SELF_ASSESSMENT_RATING;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.schema.tables.records.AuditRoundRecord;
import org.hubdesk.schema.tables.records.ChallengePanelRecord;
import org.hubdesk.schema.tables.records.SelfAssessmentRecord;
import org.hubdesk.store.Repository;
import org.jooq.DSLContext;

/** Self-assessment audit rounds, each agency's or school's return with its ratings, and the challenge panel. */
public final class AssuranceRepository extends Repository {
    public AssuranceRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Every round, latest first. */
    public List<AuditRound> rounds() {
        return ctx.selectFrom(AUDIT_ROUND).orderBy(AUDIT_ROUND.START_YEAR.desc(), AUDIT_ROUND.ID.desc()).fetch(AssuranceRepository::toRound);
    }

    public Optional<AuditRound> round(long id) {
        return ctx.selectFrom(AUDIT_ROUND).where(AUDIT_ROUND.ID.eq(id)).fetchOptional().map(AssuranceRepository::toRound);
    }

    /** The latest round of the same kind that started before this one. */
    public Optional<AuditRound> previous(AuditRound round) {
        return ctx.selectFrom(AUDIT_ROUND).where(AUDIT_ROUND.KIND.eq(round.kind().name()))
                .and(AUDIT_ROUND.START_YEAR.lt(round.startYear()))
                .orderBy(AUDIT_ROUND.START_YEAR.desc(), AUDIT_ROUND.ID.desc()).limit(1).fetchOptional().map(AssuranceRepository::toRound);
    }

    public AuditRound insertRound(AuditRound round) {
        AuditRoundRecord r = ctx.newRecord(AUDIT_ROUND);
        r.setKind(round.kind().name());
        r.setStartYear(round.startYear());
        r.setTitle(round.title());
        r.setReturnsDueOn(round.returnsDueOn());
        r.setCreatedAt(LocalDateTime.now());
        r.insert();
        return round.withId(r.getId());
    }

    private static AuditRound toRound(AuditRoundRecord r) {
        return new AuditRound(r.getId(), AuditKind.valueOf(r.getKind()), r.getStartYear(), r.getTitle(), r.getReturnsDueOn());
    }

    // ---- returns

    public List<SelfAssessment> assessments(long roundId) {
        List<SelfAssessmentRecord> rows = ctx.selectFrom(SELF_ASSESSMENT).where(SELF_ASSESSMENT.AUDIT_ROUND_ID.eq(roundId))
                .orderBy(SELF_ASSESSMENT.ORGANISATION).fetch();
        Map<Long, List<StandardRating>> ratings = new LinkedHashMap<>();
        ctx.select(SELF_ASSESSMENT_RATING.fields()).from(SELF_ASSESSMENT_RATING).join(SELF_ASSESSMENT)
                .on(SELF_ASSESSMENT.ID.eq(SELF_ASSESSMENT_RATING.SELF_ASSESSMENT_ID))
                .where(SELF_ASSESSMENT.AUDIT_ROUND_ID.eq(roundId)).fetchInto(SELF_ASSESSMENT_RATING)
                .forEach(r -> ratings.computeIfAbsent(r.getSelfAssessmentId(), k -> new ArrayList<>()).add(new StandardRating(
                        r.getStandardNumber(), r.getRating() == null ? null : SelfRating.ofScore(r.getRating()), r.getEvidence(),
                        r.getEvidenceLink(), r.getActions())));
        return rows.stream().map(r -> new SelfAssessment(r.getId(), r.getAuditRoundId(), r.getOrganisation(), r.getReturnedOn(),
                ratings.getOrDefault(r.getId(), List.of()))).toList();
    }

    public Optional<SelfAssessment> assessment(long roundId, String organisation) {
        return assessments(roundId).stream().filter(a -> a.organisation().equalsIgnoreCase(organisation.strip())).findFirst();
    }

    /** The row version of an organisation that has no return yet in a round. */
    public static final int NO_RETURN = -1;

    /**
     * The organisation's return as it is now, with its row version ({@link #NO_RETURN} and an empty
     * return if there is none yet): a later {@link #save(SelfAssessment, int)} is checked against it.
     */
    public Versioned<SelfAssessment> assessmentForEdit(long roundId, String organisation) {
        Integer version = versionRow(roundId, organisation, false);
        return assessment(roundId, organisation).map(a -> new Versioned<>(a, version))
                .orElseGet(() -> new Versioned<>(new SelfAssessment(0, roundId, organisation.strip(), null, List.of()), NO_RETURN));
    }

    /**
     * Saves a return entered from the one opened at {@code openedVersion}; refused with a
     * StaleEditException, nothing saved, if someone saved (or first entered) it since.
     */
    public SelfAssessment save(SelfAssessment a, int openedVersion) {
        Integer now = versionRow(a.roundId(), a.organisation(), true);
        if ((now == null ? NO_RETURN : now) != openedVersion) {
            SelfAssessment theirs = assessment(a.roundId(), a.organisation()).orElseThrow();
            throw new StaleEditException("The return of " + theirs.organisation(), theirs, describe(theirs), a, describe(a));
        }
        return save(a);
    }

    private Integer versionRow(long roundId, String organisation, boolean lock) {
        var query = ctx.select(SELF_ASSESSMENT.ROW_VERSION).from(SELF_ASSESSMENT).where(SELF_ASSESSMENT.AUDIT_ROUND_ID.eq(roundId))
                .and(SELF_ASSESSMENT.ORGANISATION.equalIgnoreCase(organisation.strip()));
        return (lock ? query.forUpdate() : query).fetchOne(SELF_ASSESSMENT.ROW_VERSION);
    }

    /** A return in a line: its date and each standard's rating. */
    private static String describe(SelfAssessment a) {
        return "returned " + (a.returnedOn() == null ? "(no date)" : a.returnedOn()) + ", ratings "
                + a.ratings().stream().map(r -> r.standardNumber() + ": " + (r.rating() == null ? "not rated" : r.rating().score()))
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Inserts the return, or replaces the ratings of the one already there for that organisation. */
    public SelfAssessment save(SelfAssessment a) {
        SelfAssessmentRecord r = a.id() == 0 ? ctx.selectFrom(SELF_ASSESSMENT).where(SELF_ASSESSMENT.AUDIT_ROUND_ID.eq(a.roundId()))
                .and(SELF_ASSESSMENT.ORGANISATION.equalIgnoreCase(a.organisation())).fetchOne()
                : ctx.fetchSingle(SELF_ASSESSMENT, SELF_ASSESSMENT.ID.eq(a.id()));
        if (r == null) {
            r = ctx.newRecord(SELF_ASSESSMENT);
            r.setAuditRoundId(a.roundId());
        }
        r.setOrganisation(a.organisation());
        r.setReturnedOn(a.returnedOn());
        // Stored even when only the ratings changed, so the row version moves on with every save of the return.
        r.changed(SELF_ASSESSMENT.ORGANISATION, true);
        r.store();
        long id = r.getId();
        ctx.deleteFrom(SELF_ASSESSMENT_RATING).where(SELF_ASSESSMENT_RATING.SELF_ASSESSMENT_ID.eq(id)).execute();
        for (StandardRating s : a.ratings()) {
            ctx.insertInto(SELF_ASSESSMENT_RATING)
                    .set(SELF_ASSESSMENT_RATING.SELF_ASSESSMENT_ID, id)
                    .set(SELF_ASSESSMENT_RATING.STANDARD_NUMBER, s.standardNumber())
                    .set(SELF_ASSESSMENT_RATING.RATING, s.rating() == null ? null : s.rating().score())
                    .set(SELF_ASSESSMENT_RATING.EVIDENCE, s.evidence())
                    .set(SELF_ASSESSMENT_RATING.EVIDENCE_LINK, s.evidenceLink())
                    .set(SELF_ASSESSMENT_RATING.ACTIONS, s.actions())
                    .execute();
        }
        return a.withId(id);
    }

    // ---- challenge panel

    public Optional<ChallengePanel> panel(long roundId) {
        return ctx.selectFrom(CHALLENGE_PANEL).where(CHALLENGE_PANEL.AUDIT_ROUND_ID.eq(roundId)).fetchOptional()
                .map(r -> new ChallengePanel(roundId, r.getHeldOn(), ChallengePanel.split(r.getAgenciesInvited()),
                        ChallengePanel.split(r.getSchoolsInvited()), ChallengePanel.split(r.getPanelMembers()),
                        r.getYoungPeopleRepresentative(), r.getFindings()));
    }

    public void savePanel(ChallengePanel p) {
        ChallengePanelRecord r = ctx.selectFrom(CHALLENGE_PANEL).where(CHALLENGE_PANEL.AUDIT_ROUND_ID.eq(p.roundId())).fetchOne();
        boolean fresh = r == null;
        if (fresh) {
            r = ctx.newRecord(CHALLENGE_PANEL);
            r.setAuditRoundId(p.roundId());
        }
        r.setHeldOn(p.heldOn());
        r.setAgenciesInvited(String.join("; ", p.agenciesInvited()));
        r.setSchoolsInvited(String.join("; ", p.schoolsInvited()));
        r.setPanelMembers(String.join("; ", p.panelMembers()));
        r.setYoungPeopleRepresentative(p.youngPeopleRepresentative());
        r.setFindings(p.findings());
        if (fresh) {
            r.insert();
        } else {
            r.update();
        }
    }
}
