package org.hubdesk.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.QuorumRule;
import org.hubdesk.store.Database;
import org.hubdesk.store.PartnershipRepository;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/**
 * Creates the fictional demo partnership: invented agencies and people (names made up here,
 * none from the seeds), with the seeds' real agency kinds, group names and register shapes.
 */
public final class DemoService {
    public static final String DEMO_PARTNERSHIP = "Northbridge Safeguarding Children Partnership";

    private static final String[] FIRST = {"Aisha", "Bram", "Carys", "Devan", "Elin", "Femi", "Gethin", "Hana", "Idris",
        "Jasmeet", "Kemi", "Lowri", "Marek", "Nia", "Osian", "Priya", "Rhodri", "Saoirse", "Tomasz", "Ulla", "Vikram",
        "Wren", "Yusuf", "Zofia", "Anwen", "Bryn", "Cerys", "Dafydd", "Efa", "Folake"};
    private static final String[] LAST = {"Ashdown", "Brightwell", "Calloway", "Dunmore", "Everleigh", "Fenwick", "Garside",
        "Holloway", "Ingleby", "Jarrow", "Kettering", "Larkin", "Merriman", "Northcott", "Oakley", "Penhallow", "Quarrie",
        "Rowntree", "Stanway", "Thornbury", "Underhill", "Vellacott", "Wetherby", "Yardley", "Ambrose", "Blackwood"};

    private record AgencySpec(String name, AgencyKind kind, boolean statutory, String domain) {
    }

    private static final List<AgencySpec> AGENCIES = List.of(
            new AgencySpec("Northbridge Safeguarding Children Partnership", AgencyKind.OTHER, false, "northbridge-scp.example"),
            new AgencySpec("Northbridge Borough Council", AgencyKind.LOCAL_AUTHORITY, true, "northbridge-council.example"),
            new AgencySpec("Northbridge Constabulary", AgencyKind.POLICE, true, "northbridge-police.example"),
            new AgencySpec("Northbridge Integrated Care Board", AgencyKind.HEALTH, true, "northbridge-icb.example"),
            new AgencySpec("Riverside Hospitals NHS Trust", AgencyKind.HEALTH, false, "riverside-hospitals.example"),
            new AgencySpec("Eastmoor Community Health NHS Trust", AgencyKind.HEALTH, false, "eastmoor-health.example"),
            new AgencySpec("Northbridge Schools Safeguarding Network", AgencyKind.EDUCATION, false, "nb-schools.example"),
            new AgencySpec("Northbridge Voluntary Action", AgencyKind.VOLUNTARY, false, "nb-voluntary.example"),
            new AgencySpec("Northbridge Probation Delivery Unit", AgencyKind.OTHER, false, "nb-probation.example"));

    private record GroupSpec(String name, GroupKind kind, String purpose, String frequency, int minutes, String reportsTo) {
    }

    /** The seeds' groups under the seeds' names. */
    private static final List<GroupSpec> GROUPS = List.of(
            new GroupSpec("Partnership Board", GroupKind.PARTNERSHIP_BOARD,
                    "Receives the Learning Hub's recommendations and holds the partnership to account.", "Quarterly", 120, null),
            new GroupSpec("Working Group", GroupKind.WORKING_GROUP,
                    "Recommends each Learning Hub's membership and carries its reports to the Partnership Board.", "Monthly", 90,
                    "Partnership Board"),
            new GroupSpec("Learning Hub", GroupKind.LEARNING_HUB,
                    "Digests information from many sources on a multi-agency practice issue and recommends improvements.",
                    "Monthly", 120, "Working Group"),
            new GroupSpec("Multi-Agency Learning Forum", GroupKind.LEARNING_FORUM,
                    "Shares learning from case reviews, audits and inspections and plans multi-agency learning events.",
                    "Quarterly", 120, "Partnership Board"),
            new GroupSpec("Learning and Development Group", GroupKind.SUBGROUP,
                    "Disseminates learning across the partnership and monitors its impact.", "Alternate months", 120,
                    "Partnership Board"),
            new GroupSpec("Quality and Effectiveness Board", GroupKind.SUBGROUP,
                    "Oversees audits and performance data and the quality of multi-agency practice.", "Quarterly", 120,
                    "Partnership Board"));

    /** The groups' "Date for next review" (seeds 000, 003): the Learning Hub's falls due this week, the rest later in the year. */
    private static LocalDate termsReviewDate(GroupSpec spec, LocalDate today) {
        return spec.kind() == GroupKind.LEARNING_HUB ? today.plusDays(5) : today.plusMonths(9).withDayOfMonth(1);
    }

    /** From this many years of history the demo takes a large partnership's shape (issue 14's scale). */
    public static final int LARGE_FROM_YEARS = 5;

    /** More of the seeds' groups, for a large partnership's decade; all meet monthly and report to the board. */
    private static final List<GroupSpec> MORE_GROUPS = List.of(
            new GroupSpec("Child Death Overview Panel", GroupKind.OTHER,
                    "Reviews the deaths of children normally resident in the area and shares the learning.", "Monthly", 120,
                    "Partnership Board"),
            new GroupSpec("CSPR Panel", GroupKind.SUBGROUP,
                    "Oversees rapid reviews and child safeguarding practice reviews and their action plans.", "Monthly", 120,
                    "Partnership Board"),
            new GroupSpec("Best Practice & Learning Lessons Subgroup", GroupKind.SUBGROUP,
                    "Identifies good practice and lessons from reviews and audits for the workforce.", "Monthly", 90,
                    "Partnership Board"),
            new GroupSpec("Assurance and Review Group", GroupKind.SUBGROUP,
                    "Scrutinises Section 11 and Section 175 returns and the multi-agency dataset.", "Monthly", 90,
                    "Partnership Board"),
            new GroupSpec("Learning from Practice Group", GroupKind.SUBGROUP,
                    "Runs practitioner learning events and reflective sessions on practice themes.", "Monthly", 90,
                    "Multi-Agency Learning Forum"),
            new GroupSpec("Audit Group", GroupKind.SUBGROUP,
                    "Plans and runs multi-agency audits and observations and feeds findings back.", "Monthly", 90,
                    "Quality and Effectiveness Board"));

    /** Invented places for a large partnership's schools, practices and voluntary organisations. */
    private static final String[] PLACES = {"Ashfield", "Brookside", "Coldharbour", "Dalesford", "Elmstead", "Fairmead",
        "Greyfriars", "Hawthorn", "Ivybridge Lane", "Juniper", "Kingsmoor", "Longacre", "Millbrook", "Netherby", "Orchard Vale",
        "Parkgate", "Queensway", "Redhill", "Stonebridge", "Tollgate", "Upton Heath", "Westfield", "Yew Tree", "Alder Park",
        "Beacon Hill", "Chantry", "Dovecote", "Eastgate", "Foxhollow", "Goldcrest", "Highbury Fields"};

    private record Seat(int agency, String jobTitle, MemberRole role, boolean core, boolean jointWithNext) {
    }

    /** Job titles like the seed registers' (titles are generic, people invented). */
    private static final List<Seat> FORUM_SEATS = List.of(
            new Seat(0, "Practice Review and Learning Manager", MemberRole.MEMBER, true, false),
            new Seat(1, "Domestic Abuse and Sexual Violence Strategy Manager (joint chair)", MemberRole.CHAIR, true, false),
            new Seat(1, "Safeguarding Adults Practice Review and Learning Manager (joint chair)", MemberRole.DEPUTY_CHAIR, true, false),
            new Seat(7, "Chief Executive", MemberRole.MEMBER, true, false),
            new Seat(4, "Named Nurse Safeguarding Children", MemberRole.MEMBER, true, true),
            new Seat(4, "Adult Lead", MemberRole.MEMBER, true, false),
            new Seat(5, "Head of Safeguarding Children", MemberRole.MEMBER, true, true),
            new Seat(5, "Adult Lead", MemberRole.MEMBER, true, false),
            new Seat(3, "Deputy Designated Nurse Safeguarding Children", MemberRole.MEMBER, true, false),
            new Seat(3, "Clinical Lead for Children's Services", MemberRole.MEMBER, true, false),
            new Seat(1, "Head of Professional Standards and Quality Assurance", MemberRole.MEMBER, true, true),
            new Seat(1, "Service Manager, Professional Standards and QA", MemberRole.MEMBER, true, false),
            new Seat(1, "Head of Safeguarding Adults", MemberRole.MEMBER, true, false),
            new Seat(6, "Local Education Systems Leader (Safeguarding in Education)", MemberRole.MEMBER, true, false),
            new Seat(1, "Community Safety Manager", MemberRole.MEMBER, true, false),
            new Seat(2, "Detective Chief Inspector", MemberRole.MEMBER, true, false),
            new Seat(1, "Lead Early Years Adviser", MemberRole.MEMBER, false, false),
            new Seat(1, "Signs of Safety Implementation Lead", MemberRole.MEMBER, false, false));

    private static final List<Seat> SMALL_GROUP_SEATS = List.of(
            new Seat(2, "Detective Chief Inspector, Public Protection", MemberRole.CHAIR, true, false),
            new Seat(3, "Senior Designated Nurse Safeguarding", MemberRole.DEPUTY_CHAIR, true, false),
            new Seat(1, "Head of Children's Social Care", MemberRole.MEMBER, true, false),
            new Seat(0, "Partnership Business Manager", MemberRole.MEMBER, true, false),
            new Seat(6, "Designated Safeguarding Lead Representative", MemberRole.MEMBER, true, false),
            new Seat(7, "Voluntary Sector Representative", MemberRole.MEMBER, true, false),
            new Seat(4, "Named Doctor Safeguarding Children", MemberRole.MEMBER, false, false));

    private final Database database;
    private final List<DemoContributor> contributors;

    public DemoService(Database database, List<DemoContributor> contributors) {
        this.database = database;
        this.contributors = contributors;
    }

    public boolean hasPartnership() {
        return database.transaction(ctx -> new PartnershipRepository(ctx).current().isPresent());
    }

    public java.util.Optional<String> partnershipName() {
        return database.transaction(ctx -> new PartnershipRepository(ctx).current().map(PartnershipRepository.PartnershipInfo::name));
    }

    /** What the partnership holds, by kind ("people" → 612), for the demo's summary and backups. */
    public Map<String, Integer> counts() {
        return database.transaction(ctx -> new PartnershipRepository(ctx).counts());
    }

    /** Creates an empty partnership with just its name. */
    public void createEmpty(String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException("The partnership needs a name");
        }
        database.run(ctx -> {
            requireEmpty(ctx);
            new PartnershipRepository(ctx).create(name.strip(), false);
        });
    }

    /** Creates the demo partnership; {@code years} > 0 adds a synthetic history of that many years. */
    public DemoFacts createDemo(int years, LocalDate today) {
        if (years < 0 || years > 50) {
            throw new UserInputException("--years must be between 0 and 50, not " + years);
        }
        return database.transaction(ctx -> {
            requireEmpty(ctx);
            new PartnershipRepository(ctx).create(DEMO_PARTNERSHIP, true);
            DemoFacts facts = createRegisters(ctx, years, today);
            for (DemoContributor contributor : contributors) {
                contributor.contribute(ctx, facts, years);
            }
            return facts;
        });
    }

    private static void requireEmpty(DSLContext ctx) {
        new PartnershipRepository(ctx).current().ifPresent(p -> {
            throw new UserInputException(ctx.dialect() == org.jooq.SQLDialect.POSTGRES
                    ? "This team database already holds the partnership '" + p.name() + "'; the demo needs an empty database"
                    : "This data folder already holds the partnership '" + p.name()
                    + "'; choose another data folder (--data-dir) for the demo");
        });
    }

    private DemoFacts createRegisters(DSLContext ctx, int years, LocalDate today) {
        MembersRepository repo = new MembersRepository(ctx);
        boolean large = years >= LARGE_FROM_YEARS;
        List<AgencySpec> agencySpecs = large ? withMoreAgencies() : AGENCIES;
        List<GroupSpec> groupSpecs = new ArrayList<>(GROUPS);
        if (large) {
            groupSpecs.addAll(MORE_GROUPS);
        }
        Map<String, Long> agencyIds = new LinkedHashMap<>();
        List<Agency> agencies = new ArrayList<>();
        for (AgencySpec spec : agencySpecs) {
            Agency agency = repo.insertAgency(new Agency(0, spec.name(), spec.kind(), spec.statutory()));
            agencies.add(agency);
            agencyIds.put(agency.name(), agency.id());
        }
        Map<String, Long> groupIds = new LinkedHashMap<>();
        for (GroupSpec spec : groupSpecs) {
            Long reportsTo = spec.reportsTo() == null ? null : groupIds.get(spec.reportsTo());
            Group group = repo.insertGroup(new Group(0, spec.name(), spec.kind(), spec.purpose(), spec.frequency(),
                    spec.minutes(), QuorumRule.STATUTORY_PARTNERS, reportsTo, termsReviewDate(spec, today)));
            groupIds.put(group.name(), group.id());
        }
        NameSource names = new NameSource();
        List<Long> personIds = new ArrayList<>();
        Map<String, List<Long>> current = new LinkedHashMap<>();
        LocalDate since = today.minusYears(Math.max(1, years)).withDayOfMonth(1);
        // Every couple of years a seat changes hands; the old holders stay in the register as history.
        int holders = 1 + years * 2 / 5;
        long tenureMonths = Math.max(12, years * 12L / holders);
        int extraAgency = AGENCIES.size();
        for (GroupSpec spec : groupSpecs) {
            long groupId = groupIds.get(spec.name());
            List<Seat> seats = new ArrayList<>(spec.kind() == GroupKind.LEARNING_FORUM ? FORUM_SEATS : SMALL_GROUP_SEATS);
            if (large && spec.kind() != GroupKind.LEARNING_FORUM) {
                // A large partnership's groups also seat schools, practices and voluntary organisations, in turn.
                for (int k = 0; k < 2; k++) {
                    seats.add(new Seat(extraAgency, "Safeguarding Representative", MemberRole.MEMBER, false, false));
                    extraAgency = extraAgency + 1 < agencySpecs.size() ? extraAgency + 1 : AGENCIES.size();
                }
            }
            List<Long> members = new ArrayList<>();
            Person previous = null;
            Long pendingJoint = null;
            for (Seat seat : seats) {
                Agency agency = agencies.get(seat.agency());
                AgencySpec agencySpec = agencySpecs.get(seat.agency());
                LocalDate start = since;
                Person holder = null;
                for (int h = 0; h < holders; h++) {
                    holder = repo.insertPerson(names.next(agency.id(), seat.jobTitle(), agencySpec.domain()));
                    personIds.add(holder.id());
                    LocalDate end = h == holders - 1 ? null : start.plusMonths(tenureMonths);
                    Long joint = h == holders - 1 ? pendingJoint : null;
                    repo.insertMembership(new Membership(0, groupId, holder.id(), seat.core(), seat.role(), joint, null, start, end));
                    start = end;
                }
                members.add(holder.id());
                pendingJoint = seat.jointWithNext() ? holder.id() : null;
                previous = holder;
            }
            // Deputies: each statutory partner's core member nominates a colleague of the same agency.
            for (Agency agency : agencies) {
                if (!agency.statutoryPartner()) {
                    continue;
                }
                Person deputy = repo.insertPerson(names.next(agency.id(), "Deputy for the " + spec.name(),
                        agencySpecs.get(agencies.indexOf(agency)).domain()));
                personIds.add(deputy.id());
                repo.memberships(groupId).stream()
                        .filter(m -> m.endsOn() == null && m.core())
                        .filter(m -> repo.person(m.personId()).map(p -> p.agencyId() == agency.id()).orElse(false))
                        .findFirst()
                        .ifPresent(m -> repo.updateMembership(new Membership(m.id(), m.groupId(), m.personId(), m.core(), m.role(),
                                m.jointWithPersonId(), deputy.id(), m.startsOn(), m.endsOn())));
            }
            current.put(spec.name(), members);
        }
        return new DemoFacts(today, groupIds, agencyIds, personIds, current);
    }

    /** The nine agencies and, for a large partnership, schools, GP practices and voluntary groups up to forty. */
    private static List<AgencySpec> withMoreAgencies() {
        List<AgencySpec> all = new ArrayList<>(AGENCIES);
        for (int i = 0; all.size() < 40; i++) {
            String place = PLACES[i % PLACES.length];
            String slug = place.toLowerCase(Locale.ROOT).replace(' ', '-');
            all.add(switch (i % 3) {
                case 0 -> new AgencySpec(place + " Academy", AgencyKind.EDUCATION, false, slug + "-academy.example");
                case 1 -> new AgencySpec(place + " Medical Practice", AgencyKind.HEALTH, false, slug + "-practice.example");
                default -> new AgencySpec(place + " Family Support", AgencyKind.VOLUNTARY, false, slug + "-family.example");
            });
        }
        return all;
    }

    /** Invented names, deterministic so demo and benchmark runs are repeatable. */
    private static final class NameSource {
        private int next;

        Person next(long agencyId, String jobTitle, String domain) {
            int i = next++;
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7 + i / FIRST.length) % LAST.length];
            String email = (first + "." + last).toLowerCase(Locale.ROOT) + (i >= FIRST.length ? String.valueOf(i) : "") + "@" + domain;
            String phone = String.format(Locale.ROOT, "01632 %06d", 960000 + i);
            return new Person(0, first + " " + last, jobTitle, agencyId, email, phone);
        }
    }
}
