package org.hubdesk.service.assurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.Polarity;
import org.hubdesk.domain.assurance.Quarter;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.service.demo.DemoContributor;
import org.hubdesk.service.demo.DemoFacts;
import org.hubdesk.store.assurance.AssuranceRepository;
import org.hubdesk.store.assurance.AuditCalendarRepository;
import org.hubdesk.store.assurance.PerformanceRepository;
import org.hubdesk.store.hub.HubRepository;
import org.jooq.DSLContext;

/**
 * The demo's assurance work, all invented: a Section 11 round with the round two years before it
 * to compare with (one agency not yet returned), a Section 175 round for five fictional schools,
 * a VCS checklist round, a challenge panel, this year's audit calendar and eight quarters of a
 * multi-agency dataset with a couple of exceptions in the latest quarter.
 */
public final class AssuranceDemo implements DemoContributor {
    static final List<String> AGENCIES = List.of("Northbridge Borough Council", "Northbridge Constabulary",
            "Northbridge Integrated Care Board", "Riverside Hospitals NHS Trust", "Eastmoor Community Health NHS Trust",
            "Northbridge Probation Delivery Unit", "Northbridge Youth Justice Service");
    static final List<String> SCHOOLS = List.of("Alderbrook Primary School", "Hillcrest Academy", "Kingsmoor High School",
            "Meadowside Infant and Nursery School", "Oakfield Church of England Primary School");
    static final List<String> VCS = List.of("Northbridge Voluntary Action", "Riverside Youth Club", "Harbour Family Centre");

    @Override
    public void contribute(DSLContext ctx, DemoFacts facts, int years) {
        LocalDate today = facts.today();
        int startMonth = new HubRepository(ctx).settings().yearStartMonth();
        PartnershipYear year = PartnershipYear.containing(today, startMonth);
        AssuranceRepository audits = new AssuranceRepository(ctx);

        // Section 11: the round two years ago, everyone returned; this year's, one agency still to return.
        AuditRound before = audits.insertRound(new AuditRound(0, AuditKind.SECTION_11, year.startYear() - AuditRound.CYCLE_YEARS,
                "Section 11 audit " + (year.startYear() - AuditRound.CYCLE_YEARS), year.firstDay().minusYears(2).plusMonths(3)));
        AuditRound now = audits.insertRound(new AuditRound(0, AuditKind.SECTION_11, year.startYear(),
                "Section 11 audit " + year.startYear(), earlier(year.firstDay().plusMonths(3), today)));
        for (int a = 0; a < AGENCIES.size(); a++) {
            audits.save(new SelfAssessment(0, before.id(), AGENCIES.get(a), year.firstDay().minusYears(2).plusMonths(2).plusDays(a),
                    ratings(AuditKind.SECTION_11, a, 0)));
            boolean returned = a != 5;
            audits.save(new SelfAssessment(0, now.id(), AGENCIES.get(a), returned ? earlier(year.firstDay().plusMonths(2).plusDays(a), today) : null,
                    returned ? ratings(AuditKind.SECTION_11, a, 1) : List.of()));
        }

        // Section 175: this year's round for five schools, four returned.
        AuditRound schools = audits.insertRound(new AuditRound(0, AuditKind.SECTION_175, year.startYear(),
                "Section 175 schools audit " + year.startYear(), earlier(year.firstDay().plusMonths(4), today)));
        returns(audits, schools, SCHOOLS, year.firstDay().plusMonths(3), today, 3, 0);

        AuditRound vcs = audits.insertRound(new AuditRound(0, AuditKind.VCS, year.startYear(),
                "Voluntary and community sector checklist " + year.startYear(), earlier(year.firstDay().plusMonths(4), today)));
        returns(audits, vcs, VCS, year.firstDay().plusMonths(3), today, -1, 2);

        audits.savePanel(new ChallengePanel(now.id(), earlier(year.firstDay().plusMonths(5), today),
                List.of(AGENCIES.get(1), AGENCIES.get(3), AGENCIES.get(4)), List.of(SCHOOLS.get(0), SCHOOLS.get(1), SCHOOLS.get(2)),
                List.of("Learning Hub chair (Northbridge Borough Council)", "Designated Nurse (Northbridge Integrated Care Board)",
                        "Detective Inspector, Public Protection (Northbridge Constabulary)"),
                "A member of the Young People's Safeguarding Forum (aged 16)",
                "Agencies evidenced their leadership and accountability well.\n"
                        + "Listening to children and young people was rated lower than two years ago by two agencies: the young "
                        + "people's representative asked how children's views change services, not only how they are recorded.\n"
                        + "Schools to share their single central record checks as good practice at the next Hub."));

        // The dataset: eight quarters to the last complete one (a large partnership's decade: every quarter of it).
        PerformanceRepository perf = new PerformanceRepository(ctx);
        Quarter last = Quarter.containing(today).previous();
        List<Quarter> quarters = new ArrayList<>();
        int count = years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS ? years * 4 : 8;
        for (Quarter q = last; quarters.size() < count; q = q.previous()) {
            quarters.add(0, q);
        }
        indicator(perf, quarters, new Indicator(0, "Contacts to MASH", "Referrals to MASH and Early Help", "Children's Social Care",
                "contacts", Polarity.NEITHER, null), new double[] {1820, 1905, 1760, 1880, 1940, 1990, 1850, 2010},
                "Contacts from schools peak in the autumn term.");
        indicator(perf, quarters, new Indicator(0, "Early Help assessments started", "Referrals to MASH and Early Help",
                "Targeted Early Help", "assessments", Polarity.HIGHER_IS_BETTER, 300.0), new double[] {312, 298, 325, 340, 331, 318, 309, 262},
                "Two family support workers' posts vacant this quarter.");
        indicator(perf, quarters, new Indicator(0, "Initial child protection conferences within 15 working days", "Child Protection conferences and planning",
                "Children's Social Care", "%", Polarity.HIGHER_IS_BETTER, 85.0), new double[] {82, 86, 88, 84, 87, 89, 91, 90},
                "Above target for the fourth quarter running.");
        indicator(perf, quarters, new Indicator(0, "Domestic abuse incidents involving children", "Domestic abuse", "Police",
                "incidents", Polarity.LOWER_IS_BETTER, null), new double[] {410, 432, 455, 418, 426, 441, 430, 560},
                "Increase follows the new recording of children present at incidents.");
        indicator(perf, quarters, new Indicator(0, "Children missing from home or care (episodes)", "Children missing from home/care",
                "Police", "episodes", Polarity.LOWER_IS_BETTER, 150.0), new double[] {162, 158, 149, 141, 138, 144, 136, 131}, null);
        indicator(perf, quarters, new Indicator(0, "First-time entrants to the youth justice system", "Youth justice",
                "Youth Justice Service", "young people", Polarity.LOWER_IS_BETTER, null), new double[] {21, 18, 24, 19, 17, 20, 16, 15}, null);
        indicator(perf, quarters, new Indicator(0, "Referrals to children's mental health services seen within 4 weeks", "Mental health",
                "Mental health trust", "%", Polarity.HIGHER_IS_BETTER, 75.0), new double[] {68, 70, 71, 73, 72, 74, 76, 73},
                "Waiting times improving after the new single point of access.");
        indicator(perf, quarters, new Indicator(0, "New birth visits within 14 days", "0-2-year-olds", "0-19 Service", "%",
                Polarity.HIGHER_IS_BETTER, 90.0), new double[] {91, 92, 90, 93, 94, 92, 93, 95}, null);
        indicator(perf, quarters, new Indicator(0, "Emergency admissions of under-18s for self-harm", "Hospital admissions",
                "Acute hospital trust", "admissions", Polarity.LOWER_IS_BETTER, null), new double[] {34, 31, 29, 36, 33, 30, 35, 32}, null);

        // The audit calendar of this partnership year.
        AuditCalendarRepository calendar = new AuditCalendarRepository(ctx);
        if (years >= org.hubdesk.service.demo.DemoService.LARGE_FROM_YEARS) {
            earlierYears(audits, calendar, year, years);
        }
        YearMonth m = year.firstMonth();
        YearMonth thisMonth = YearMonth.from(today);
        calendar.save(entry(m.plusMonths(1), CalendarEntry.Kind.MULTI_AGENCY_AUDIT, "Neglect: children on child protection plans",
                "Learning Hub chair", "Children's Social Care; Health visiting; Schools", "Neglect audit template",
                "Chronologies were not shared between agencies before core groups.", thisMonth, CalendarEntry.FedBackTo.HUB));
        calendar.save(entry(m.plusMonths(2), CalendarEntry.Kind.OBSERVATION, "Strategy meetings", "Designated Nurse",
                "Police; Children's Social Care; Health", "Strategy meeting observation form",
                "Health attended 9 of 10 strategy meetings observed; minutes reached partners late.", thisMonth, CalendarEntry.FedBackTo.BOTH));
        calendar.save(entry(m.plusMonths(3), CalendarEntry.Kind.MULTI_AGENCY_AUDIT, "Domestic abuse: children present at incidents",
                "Detective Inspector, Public Protection", "Police; Children's Social Care; Early Help", "Domestic abuse audit template",
                "Notifications to schools were timely in most cases.", thisMonth, null));
        calendar.save(entry(m.plusMonths(4), CalendarEntry.Kind.OBSERVATION, "Initial child protection conferences",
                "Head of Safeguarding, Northbridge Borough Council", "All partners", "Conference observation form", null, thisMonth, null));
        calendar.save(entry(m.plusMonths(6), CalendarEntry.Kind.MULTI_AGENCY_AUDIT, "Children missing from home or care",
                "Police missing persons coordinator", "Police; Children's Social Care; Youth Justice Service", "Missing episodes audit template",
                null, thisMonth, null));
        calendar.save(entry(m.plusMonths(7), CalendarEntry.Kind.OBSERVATION, "Core groups", "Learning Hub member (Education)",
                "Schools; Children's Social Care; Health", "Core group observation form", null, thisMonth, null));
        calendar.save(entry(m.plusMonths(9), CalendarEntry.Kind.MULTI_AGENCY_AUDIT, "Under-2s: safe sleeping and bruising protocol",
                "Designated Doctor", "0-19 Service; Acute hospital trust; Children's Social Care", "Under-2s audit template", null, thisMonth, null));
    }

    /** Schools and organisations of a large partnership, each asked in turn over the decade. */
    private static final List<String> MORE_SCHOOLS = List.of("Ashgrove Primary School", "Beacon Hill Academy",
            "Brookfield Junior School", "Castlefields Primary School", "Elmstead Secondary School", "Fernbank Primary School",
            "Greenway Academy", "Hollowell Primary School", "Larkspur Special School", "Millbrook High School",
            "Northgate Pupil Referral Unit", "Orchard Vale Primary School", "Pinecroft Academy", "Quarry Lane Primary School",
            "Rosemead College", "St Aldric's Catholic Primary School", "Thornbury Infant School", "Willowdene Academy");

    private static final List<String[]> THEMES = List.of(
            new String[] {"Neglect: children on child protection plans", "Chronologies were not shared before core groups."},
            new String[] {"Domestic abuse: children present at incidents", "Notifications to schools were timely in most cases."},
            new String[] {"Children missing from home or care", "Return interviews were offered in most episodes; take-up was low."},
            new String[] {"Under-2s: safe sleeping and bruising protocol", "The protocol was followed; fathers were rarely seen."},
            new String[] {"Strategy meetings", "Health attended most strategy meetings; minutes reached partners late."},
            new String[] {"Child criminal exploitation", "Risk was recognised; the plans did not name who leads."},
            new String[] {"Early Help assessments", "The child's voice was recorded in most assessments."},
            new String[] {"Initial child protection conferences", "Reports were shared with families less than two days before."});

    /**
     * A large partnership's decade of assurance before this year: a Section 11 round every two years with its challenge
     * panel, a Section 175 round and a VCS checklist every year, and eight audits or observations each year, fed back.
     */
    private static void earlierYears(AssuranceRepository audits, AuditCalendarRepository calendar, PartnershipYear year, int years) {
        for (int back = 1; back < years; back++) {
            int startYear = year.startYear() - back;
            LocalDate first = year.firstDay().minusYears(back);
            if (back % AuditRound.CYCLE_YEARS == 0 && back > AuditRound.CYCLE_YEARS) {
                AuditRound s11 = audits.insertRound(new AuditRound(0, AuditKind.SECTION_11, startYear,
                        "Section 11 audit " + startYear, first.plusMonths(3)));
                for (int a = 0; a < AGENCIES.size(); a++) {
                    audits.save(new SelfAssessment(0, s11.id(), AGENCIES.get(a), first.plusMonths(2).plusDays(a),
                            ratings(AuditKind.SECTION_11, a + back, back % 4 == 0 ? 1 : 0)));
                }
                audits.savePanel(new ChallengePanel(s11.id(), first.plusMonths(5),
                        List.of(AGENCIES.get(back % 7), AGENCIES.get((back + 2) % 7), AGENCIES.get((back + 4) % 7)),
                        List.of(MORE_SCHOOLS.get(back), MORE_SCHOOLS.get(back + 1), MORE_SCHOOLS.get(back + 2)),
                        List.of("Learning Hub chair (Northbridge Borough Council)", "Designated Nurse (Northbridge Integrated Care Board)"),
                        "A member of the Young People's Safeguarding Forum",
                        "Agencies evidenced their leadership and accountability well; training records were incomplete."));
            }
            AuditRound schools = audits.insertRound(new AuditRound(0, AuditKind.SECTION_175, startYear,
                    "Section 175 schools audit " + startYear, first.plusMonths(4)));
            for (int s = 0; s < 6; s++) {
                int school = (back * 6 + s) % MORE_SCHOOLS.size();
                audits.save(new SelfAssessment(0, schools.id(), MORE_SCHOOLS.get(school), first.plusMonths(3).plusDays(s),
                        ratings(AuditKind.SECTION_175, school, back % 2)));
            }
            AuditRound vcs = audits.insertRound(new AuditRound(0, AuditKind.VCS, startYear,
                    "Voluntary and community sector checklist " + startYear, first.plusMonths(4)));
            for (int v = 0; v < VCS.size(); v++) {
                audits.save(new SelfAssessment(0, vcs.id(), VCS.get(v), first.plusMonths(3).plusDays(v), ratings(AuditKind.VCS, v + back, 1)));
            }
            YearMonth firstMonth = year.firstMonth().minusYears(back);
            for (int k = 0; k < THEMES.size(); k++) {
                String[] theme = THEMES.get((k + back) % THEMES.size());
                boolean observation = k % 2 == 1;
                calendar.save(new CalendarEntry(0, firstMonth.plusMonths(1 + k), observation ? CalendarEntry.Kind.OBSERVATION
                        : CalendarEntry.Kind.MULTI_AGENCY_AUDIT, theme[0], "Learning Hub member", "Children's Social Care; Police; Health",
                        observation ? "Observation form" : "Multi-agency audit template", theme[1],
                        k % 3 == 0 ? CalendarEntry.FedBackTo.BOTH : CalendarEntry.FedBackTo.HUB));
            }
        }
    }

    /**
     * This year's returns to a round: each organisation returns in turn, a day apart from {@code firstReturn}, except
     * the one at {@code notReturned} (-1: none); {@code ratingsFrom} shifts which invented ratings each gets.
     */
    private static void returns(AssuranceRepository audits, AuditRound round, List<String> organisations, LocalDate firstReturn,
                                LocalDate today, int notReturned, int ratingsFrom) {
        for (int i = 0; i < organisations.size(); i++) {
            boolean returned = i != notReturned;
            audits.save(new SelfAssessment(0, round.id(), organisations.get(i), returned ? earlier(firstReturn.plusDays(i), today) : null,
                    returned ? ratings(round.kind(), i + ratingsFrom, 1) : List.of()));
        }
    }

    private static LocalDate earlier(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }

    private static CalendarEntry entry(YearMonth month, CalendarEntry.Kind kind, String theme, String lead, String agencies, String template,
                                       String findings, YearMonth thisMonth, CalendarEntry.FedBackTo fedBack) {
        boolean past = month.isBefore(thisMonth);
        return new CalendarEntry(0, month, kind, theme, lead, agencies, template, past ? findings : null, past ? fedBack : null);
    }

    private static void indicator(PerformanceRepository repo, List<Quarter> quarters, Indicator indicator, double[] values, String latestComment) {
        Indicator saved = repo.save(indicator);
        int earlier = quarters.size() - values.length;
        for (int i = 0; i < quarters.size(); i++) {
            boolean latest = i == quarters.size() - 1;
            // Quarters before the given eight repeat their seasonal pattern, a little lower the further back.
            double value = i >= earlier ? values[i - earlier]
                    : Math.round(values[Math.floorMod(i - earlier, values.length)] * (0.85 + 0.15 * i / Math.max(1, earlier)));
            repo.put(new IndicatorValue(saved.id(), quarters.get(i), value, latest ? latestComment : null));
        }
    }

    /** Varied but fixed ratings: each organisation has its own pattern, and the later round moves some of them. */
    static List<StandardRating> ratings(AuditKind kind, int organisation, int round) {
        List<StandardRating> list = new ArrayList<>();
        int n = kind.standards().size();
        for (int s = 1; s <= n; s++) {
            int base = 1 + Math.floorMod(organisation * 5 + s * 3 + organisation * s, 4);
            int score = base;
            if (round == 1) {
                int move = Math.floorMod(organisation + s * 2, 5);
                score = move == 0 ? base + 1 : move == 1 ? base - 1 : base;
                if (kind == AuditKind.SECTION_11 && s == 7 && (organisation == 1 || organisation == 4)) {
                    score = base - 1;
                }
            }
            score = Math.max(1, Math.min(4, score));
            SelfRating r = SelfRating.ofScore(score);
            String standard = kind.standard(s);
            String evidence = switch (r) {
                case FULLY_MET -> "Evidence of " + standard.toLowerCase(java.util.Locale.UK) + " reviewed by the board this year; audit showed full compliance.";
                case MOSTLY_MET -> "Policy in place and mostly followed; a sample audit found gaps in a few records.";
                case PARTLY_MET -> "Policy in place but not yet embedded; staff survey shows low awareness.";
                case NOT_MET -> "No current arrangement; identified as a gap in this self-assessment.";
            };
            String actions = r.score() <= 2 ? "Action plan agreed: named lead to report progress to the Learning Hub within six months." : null;
            list.add(new StandardRating(s, r, evidence, null, actions));
        }
        return list;
    }
}
