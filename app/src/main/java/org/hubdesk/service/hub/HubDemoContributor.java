package org.hubdesk.service.hub;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.hub.Activity;
import org.hubdesk.domain.hub.ActivityStatus;
import org.hubdesk.domain.hub.HubCycle;
import org.hubdesk.domain.hub.HubPhase;
import org.hubdesk.domain.hub.HubSettings;
import org.hubdesk.domain.hub.PhaseLengths;
import org.hubdesk.domain.hub.PlannedCycle;
import org.hubdesk.domain.hub.Priority;
import org.hubdesk.domain.hub.ProgrammePlanner;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Person;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.hub.HubRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * The demo partnership's Learning Hub programmes: the current programme of three priorities,
 * staggered as in Appendix 3 and started last month, so its first cycle (neglect, the demo's
 * delivery plan) is in its audits month today; led by the safeguarding partners' Learning Hub
 * members. Before it, last year's finished programme (so the hub has recommendations and a record
 * to report); with {@code --years N}, N earlier programmes of two or three cycles each, a year apart
 * (seed 002: 2-3 thematic hubs a year), each over before the next begins.
 */
public final class HubDemoContributor implements DemoContributor {
    /** The current programme's first priority: the one the demo's delivery plan is written for. */
    public static final String NEGLECT_PRIORITY =
            "Improve the multi-agency response to children living with neglect, so that it is recognised and acted on early";
    /** The current programme's other two priorities, after neglect. */
    static final List<String> CURRENT_THEMES = List.of(
            "Keep children safe online, including from sexual exploitation and harmful content",
            "Strengthen the voice of the child in assessments and plans");
    /** Invented priorities in the seeds' style (not any real partnership's list), for the earlier years. */
    static final List<String> THEMES = List.of(
            "Improve the early identification of neglect and the response to it",
            "Keep children safe online, including from sexual exploitation and harmful content",
            "Strengthen the voice of the child in assessments and plans",
            "Respond well to children affected by domestic abuse",
            "Reduce harm to adolescents from criminal exploitation and serious youth violence",
            "Make transitions between services safe for disabled children",
            "Support parents whose mental ill health affects their care of their children",
            "Improve multi-agency information sharing at the front door",
            "Reduce the number of children missing from home, care or education",
            "Recognise and respond to harmful sexual behaviour in schools",
            "Protect babies under one from non-accidental injury",
            "Get the basics of child protection planning right");
    static final String HUB_GROUP = "Learning Hub";

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        HubRepository repo = new HubRepository(ctx);
        MembersRepository members = new MembersRepository(ctx);
        HubSettings settings = repo.settings();
        YearMonth now = YearMonth.from(facts.today());
        // Started last month: the first cycle scoped last month and audits this month (Appendix 3's month 2).
        YearMonth currentStart = now.minusMonths(1);
        List<Long> hubMembers = facts.currentMembersByGroup().getOrDefault(HUB_GROUP, facts.personIds());
        List<Long> leads = statutoryPartnerPeople(members, hubMembers);
        int theme = 0;
        int cycleNumber = 0;
        for (int back = Math.max(years, 1); back >= 0; back--) {
            // A programme spans at most 11 months (two 6-month cycles sharing a month, or three of
            // four one-month phases), so starting them 12 months apart never puts two in one phase.
            YearMonth start = currentStart.minusYears(back);
            int startYear = settings.yearOf(start).startYear();
            // The current programme follows Appendix 3 (three one-month-phase cycles); history alternates 3 and 2 a year.
            // A large partnership's decade runs four chained cycles a year (40 in ten years).
            boolean large = years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS;
            boolean two = !large && back > 0 && back % 2 == 1;
            PhaseLengths lengths = two ? new PhaseLengths(1, 2, 2, 1) : PhaseLengths.ONE_MONTH_EACH;
            List<String> titles = new ArrayList<>();
            if (back == 0) {
                titles.add(NEGLECT_PRIORITY);
                titles.addAll(CURRENT_THEMES);
            } else {
                for (int i = 0; i < (two ? 2 : large ? 4 : 3); i++) {
                    titles.add(THEMES.get(theme++ % THEMES.size()));
                }
            }
            List<PlannedCycle> planned = new ProgrammePlanner(new HubSettings(lengths, settings.yearStartMonth()))
                    .plan(titles, start, null);
            for (PlannedCycle p : planned) {
                Priority priority = repo.insertPriority(new Priority(0, p.priority().title(),
                        "Chosen by the Partnership Board from the annual review of learning.", startYear));
                HubCycle cycle = withStatusesAsOf(p.cycle(), now)
                        .withPriority(priority.id())
                        .withLead(leads.isEmpty() ? null : leads.get(cycleNumber % leads.size()))
                        .withMembers(nominees(hubMembers, cycleNumber));
                repo.insertCycle(cycle);
                cycleNumber++;
            }
        }
    }

    private static List<Long> statutoryPartnerPeople(MembersRepository members, List<Long> personIds) {
        Map<Long, Agency> agencies = new HashMap<>();
        members.agencies().forEach(a -> agencies.put(a.id(), a));
        List<Long> leads = new ArrayList<>();
        for (Long id : personIds) {
            Person person = members.personTable().find(id).orElse(null);
            Agency agency = person == null ? null : agencies.get(person.agencyId());
            if (agency != null && agency.statutoryPartner() && agency.kind().isStatutoryPartnerKind()) {
                leads.add(id);
            }
        }
        return leads;
    }

    /** Most of the hub's members, a different one sitting out each cycle. */
    private static List<Long> nominees(List<Long> hubMembers, int cycleNumber) {
        List<Long> chosen = new ArrayList<>(hubMembers);
        if (chosen.size() > 3) {
            chosen.remove(cycleNumber % chosen.size());
        }
        return chosen;
    }

    /** Past phases done, the current one under way, the rest planned: what a real programme looks like. */
    static HubCycle withStatusesAsOf(HubCycle cycle, YearMonth now) {
        HubCycle result = cycle;
        for (int i = 0; i < cycle.phases().size(); i++) {
            HubPhase phase = cycle.phases().get(i);
            List<Activity> activities = new ArrayList<>();
            for (int a = 0; a < phase.activities().size(); a++) {
                ActivityStatus status;
                if (phase.lastMonth().isBefore(now)) {
                    status = ActivityStatus.DONE;
                } else if (phase.covers(now)) {
                    status = a == 0 ? ActivityStatus.DONE : a == 1 ? ActivityStatus.IN_PROGRESS : ActivityStatus.PLANNED;
                } else {
                    status = ActivityStatus.PLANNED;
                }
                activities.add(phase.activities().get(a).withStatus(status));
            }
            result = result.withActivities(i, activities);
        }
        return result;
    }
}
