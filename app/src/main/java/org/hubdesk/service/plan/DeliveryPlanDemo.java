package org.hubdesk.service.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.plan.DeliveryPlanSection;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.LearningSource;
import org.hubdesk.domain.plan.PlanVersion;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.domain.plan.PracticeDownload.Question;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.service.hub.HubDemoContributor;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.plan.DeliveryPlanRepository;
import org.jooq.DSLContext;

/**
 * The demo partnership's delivery plan: one current priority in month 2 of its hub cycle (the hub
 * demo's first cycle, linked by {@code hub_cycle_id}), with the month-1 'first phase knowledge'
 * version already kept. The content is invented but written the
 * way a Practice Review & Learning Manager would; the figures are made up. With {@code years} > 0,
 * three past plans a year, larger, for the benchmarks.
 */
public final class DeliveryPlanDemo implements DemoContributor {
    /** The hub demo's first priority, so plan and timeline tell one story. */
    public static final String DEMO_PRIORITY = HubDemoContributor.NEGLECT_PRIORITY;

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        DeliveryPlanRepository repo = new DeliveryPlanRepository(ctx);
        List<Long> leads = leads(facts);
        LocalDate today = facts.today();
        for (int y = years; y >= 1; y--) {
            for (int p = 0; p < 3; p++) {
                pastPlan(repo, ctx, facts, leads, today.minusYears(y).plusMonths(4L * p), y * 3 + p);
            }
        }
        currentPlan(repo, ctx, facts, leads, today);
    }

    private static List<Long> leads(DemoFacts facts) {
        List<Long> hub = facts.currentMembersByGroup().getOrDefault("Learning Hub", List.of());
        return hub.isEmpty() ? facts.personIds() : hub;
    }

    private static Long agency(DemoFacts facts, String name) {
        return facts.agencyIdsByName().get(name);
    }

    private static void currentPlan(DeliveryPlanRepository repo, DSLContext ctx, DemoFacts facts, List<Long> leads, LocalDate today) {
        HubCycle cycle = neglectCycle(ctx, YearMonth.from(today)).orElse(null);
        LocalDate cycleStart = cycle == null ? today.minusMonths(1).withDayOfMonth(1) : cycle.firstMonth().atDay(1);
        long planId = repo.insertPlan(cycle == null ? null : cycle.id(), DEMO_PRIORITY, cycleStart.atTime(9, 30));
        repo.setSectionText(planId, DeliveryPlanSection.CURRENT_DATA, """
                Children subject to a child protection plan for **neglect**: 58% of all plans (statistical neighbours 49%).
                Repeat child protection plans within two years where neglect is the category: 21%.
                Referrals to children's social care naming neglect rose by a fifth in the last year; a third came from schools.
                - Early help assessments citing neglect: 312 in the year, most opened after a second referral
                - Health visitor contacts missed for under-fives on a plan: 14% (*demo figures*)""");
        repo.setSectionText(planId, DeliveryPlanSection.SUCCESS_MEASURES, """
                Fewer repeat child protection plans for neglect (from 21% towards the regional average)
                Practitioners in every agency use the neglect screening tool before referring, and say it helps
                Children and families tell us that help came earlier and made a difference at home""");
        repo.setSectionText(planId, DeliveryPlanSection.GUIDANCE, """
                - *Working Together to Safeguard Children* (2023), chapter 3: early help
                - NICE guideline NG76, *Child abuse and neglect*
                - The partnership's neglect strategy and threshold document
                - Local learning review on a family with long-standing neglect (summary published last year)""");
        int order = 0;
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.PREVIOUS_HUBS,
                "The hub on **early help** found practitioners unsure when persistent low-level concerns become neglect.\n"
                        + "- Schools asked for one shared tool\n- Health visitors asked for clearer escalation",
                LearningSource.PRACTITIONER_FEEDBACK, agency(facts, "Northbridge Safeguarding Children Partnership"),
                today.minusYears(1), null, order++));
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.VISITS_AND_OBSERVATIONS,
                "Observed two initial child protection conferences where the chronology did not show how long neglect had lasted.",
                LearningSource.PRACTICE_DOWNLOAD, agency(facts, "Northbridge Borough Council"), cycleStart.plusDays(6), null, order++));
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.SELF_ASSESSMENT,
                "Section 11 returns: 7 of 9 agencies rate themselves *good* on neglect training; peer challenge questioned the evidence for it.",
                LearningSource.SELF_ASSESSMENT, null, today.minusMonths(5), null, order++));
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.CASE_REVIEWS,
                "National review of cumulative neglect: **drift** when each agency sees only part of the picture.\n"
                        + "Local rapid review (child D) found missed health appointments were not shared with school.",
                LearningSource.CASE_REVIEWS, null, today.minusMonths(8), null, order++));
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.FEEDBACK_CHILDREN_AND_FAMILIES,
                "Two complaints from parents said they were told about concerns only at conference.",
                LearningSource.COMPLAINTS_AND_COMPLIMENTS, agency(facts, "Northbridge Borough Council"), today.minusMonths(3), null, order++));
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.WENT_WELL, "The school's designated safeguarding lead brought attendance and lunchtime observations.");
        answers.put(Question.DID_NOT_GO_WELL, "The GP report arrived after the meeting; the family's views were not recorded.");
        answers.put(Question.GOT_IN_THE_WAY, "Three agencies held different chronologies; no one had the whole history.");
        answers.put(Question.NEEDS_TO_BE_DIFFERENT, "One shared chronology started at the first referral for neglect.");
        answers.put(Question.NEEDS_TO_CHANGE, "Reports shared three working days before the meeting, as the procedures say.");
        repo.downloads().restore(planId, new PracticeDownload(0, "Strategy discussion, neglect of two primary-age children",
                cycleStart.plusDays(9), agency(facts, "Northbridge Borough Council"), answers, 0));

        String[][] actions = {
            {"Agree one neglect screening tool for all agencies and publish it with a 7-minute briefing", "0", "M2"},
            {"Run the multi-agency audit of 10 neglect cases (month 2)", "1", "D58"},
            {"Hold feedback events with parents and with practitioners (month 3)", "2", "M2"},
            {"Ask health providers for missed-appointment data for children on plans", "3", "D20"},
            {"Report the hub's recommendations to the Partnership Board", "4", "M5"},
        };
        int i = 0;
        for (String[] a : actions) {
            Long lead = leads.isEmpty() ? null : leads.get(Integer.parseInt(a[1]) % leads.size());
            Timescale t = a[2].startsWith("M") ? Timescale.ofMonth(YearMonth.from(cycleStart).plusMonths(Integer.parseInt(a[2].substring(1))))
                    : Timescale.ofDay(cycleStart.plusDays(Integer.parseInt(a[2].substring(1))));
            ActionStatus status = i == 3 ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
            repo.insertAction(planId, new ActionItem(0, a[0], lead, lead == null ? "Practice Review & Learning Manager" : null, t,
                    status, i++, null));
        }
        DeliveryPlanService.snapshot(ctx, planId, PlanVersion.FIRST_PHASE_KNOWLEDGE, cycleStart.plusDays(14).atTime(11, 0));
        // Month 2 so far: the first audit findings, after the first-phase version was kept.
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.MULTI_AGENCY_AUDITS,
                "First 4 of 10 cases audited: in **3** the neglect was known to at least three agencies for over a year before a referral.",
                LearningSource.MULTI_AGENCY_AUDIT, null, today.minusDays(3), null, order++));
        repo.evidence().restore(planId, new EvidenceEntry(0, DeliveryPlanSection.SINGLE_AGENCY_AUDITS,
                "Police audit of 20 domestic incident notifications: children's presentation recorded in half.",
                LearningSource.SINGLE_AGENCY_AUDIT, agency(facts, "Northbridge Constabulary"), today.minusDays(10), null, order));
    }

    /** The hub demo's cycle on the plan's priority that runs this month, if the hub demo made one. */
    private static Optional<HubCycle> neglectCycle(DSLContext ctx, YearMonth month) {
        HubRepository hub = new HubRepository(ctx);
        Set<Long> neglect = hub.priorities().stream().filter(p -> p.title().equals(DEMO_PRIORITY)).map(Priority::id)
                .collect(Collectors.toSet());
        return hub.cycles().stream().filter(c -> neglect.contains(c.priorityId()) && c.covers(month)).findFirst();
    }

    private static final LearningSource[] SOURCES = LearningSource.values();

    /** A finished past plan, larger than the current one (benchmark data), with both Appendix 3 versions. */
    private static void pastPlan(DeliveryPlanRepository repo, DSLContext ctx, DemoFacts facts, List<Long> leads, LocalDate start, int n) {
        long planId = repo.insertPlan(null, "Priority " + n + ": improve multi-agency practice on theme " + (n % 7 + 1),
                start.atTime(9, 0));
        repo.setSectionText(planId, DeliveryPlanSection.CURRENT_DATA, "Data for theme " + (n % 7 + 1) + ".\n- Measure A: " + (40 + n % 30)
                + "%\n- Measure B: " + (10 + n % 20) + "%");
        repo.setSectionText(planId, DeliveryPlanSection.SUCCESS_MEASURES, "Fewer repeat referrals\nPractitioners report confidence\nFamilies report earlier help");
        List<DeliveryPlanSection> sections = DeliveryPlanSection.evidenceSections();
        List<Long> agencies = new ArrayList<>(facts.agencyIdsByName().values());
        for (int e = 0; e < 60; e++) {
            DeliveryPlanSection s = sections.get(e % sections.size());
            repo.evidence().restore(planId, new EvidenceEntry(0, s, "Finding " + (e + 1) + " for priority " + n
                    + ": **practice** was *inconsistent* where agencies did not share information early.\n- Point one\n- Point two",
                    SOURCES[e % SOURCES.length], agencies.get(e % agencies.size()), start.plusDays(e), null, e / sections.size()));
        }
        for (int a = 0; a < 20; a++) {
            Long lead = leads.isEmpty() ? null : leads.get(a % leads.size());
            repo.insertAction(planId, new ActionItem(0, "Action " + (a + 1) + " of priority " + n, lead, lead == null ? "Business unit" : null,
                    Timescale.ofMonth(YearMonth.from(start).plusMonths(a % 6)), ActionStatus.DONE, a, start.plusMonths(a % 6)));
        }
        DeliveryPlanService.snapshot(ctx, planId, PlanVersion.FIRST_PHASE_KNOWLEDGE, start.plusDays(14).atTime(11, 0));
        DeliveryPlanService.snapshot(ctx, planId, PlanVersion.LEARNING_AND_CHANGE_PHASE, start.plusMonths(3).plusDays(14).atTime(11, 0));
    }
}
