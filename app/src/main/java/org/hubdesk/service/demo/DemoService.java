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

    /** The nine agencies of the demo partnership. */
    private static final List<AgencySpec> AGENCIES = DemoRows.read(DemoService.class, "agencies.tsv").stream()
            .map(r -> new AgencySpec(r.text(0), r.constant(AgencyKind.class, 1), r.yes(2), r.text(3))).toList();

    private record GroupSpec(String name, GroupKind kind, String purpose, String frequency, int minutes, String reportsTo) {
    }

    /** The seeds' groups under the seeds' names, each with the partnership size it first appears in. */
    private static final List<DemoRows.Row> GROUP_ROWS = DemoRows.read(DemoService.class, "groups.tsv");

    /** The groups of every partnership ({@code large} false), or with a large partnership's more. */
    private static List<GroupSpec> groups(boolean large) {
        return GROUP_ROWS.stream().filter(r -> large || r.text(0).equals("all"))
                .map(r -> new GroupSpec(r.text(1), r.constant(GroupKind.class, 2), r.text(3), r.text(4), r.number(5), r.text(6)))
                .toList();
    }

    /** The groups' "Date for next review" (seeds 000, 003): the Learning Hub's falls due this week, the rest later in the year. */
    private static LocalDate termsReviewDate(GroupSpec spec, LocalDate today) {
        return spec.kind() == GroupKind.LEARNING_HUB ? today.plusDays(5) : today.plusMonths(9).withDayOfMonth(1);
    }

    /** From this many years of history the demo takes a large partnership's shape (issue 14's scale). */
    public static final int LARGE_FROM_YEARS = 5;

    /** Invented places for a large partnership's schools, practices and voluntary organisations. */
    private static final String[] PLACES = {"Ashfield", "Brookside", "Coldharbour", "Dalesford", "Elmstead", "Fairmead",
        "Greyfriars", "Hawthorn", "Ivybridge Lane", "Juniper", "Kingsmoor", "Longacre", "Millbrook", "Netherby", "Orchard Vale",
        "Parkgate", "Queensway", "Redhill", "Stonebridge", "Tollgate", "Upton Heath", "Westfield", "Yew Tree", "Alder Park",
        "Beacon Hill", "Chantry", "Dovecote", "Eastgate", "Foxhollow", "Goldcrest", "Highbury Fields"};

    private record Seat(int agency, String jobTitle, MemberRole role, boolean core, boolean jointWithNext) {
    }

    /** Job titles like the seed registers' (titles are generic, people invented). */
    private static final List<DemoRows.Row> SEAT_ROWS = DemoRows.read(DemoService.class, "seats.tsv");
    private static final List<Seat> FORUM_SEATS = seats("forum");
    private static final List<Seat> SMALL_GROUP_SEATS = seats("small");

    private static List<Seat> seats(String groups) {
        return SEAT_ROWS.stream().filter(r -> r.text(0).equals(groups))
                .map(r -> new Seat(r.number(1), r.text(2), r.constant(MemberRole.class, 3), r.yes(4), r.yes(5))).toList();
    }

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
        List<GroupSpec> groupSpecs = groups(large);
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
            Group group = repo.groupTable().insert(new Group(0, spec.name(), spec.kind(), spec.purpose(), spec.frequency(),
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
                    holder = repo.personTable().insert(names.next(agency.id(), seat.jobTitle(), agencySpec.domain()));
                    personIds.add(holder.id());
                    LocalDate end = h == holders - 1 ? null : start.plusMonths(tenureMonths);
                    Long joint = h == holders - 1 ? pendingJoint : null;
                    repo.memberships().insert(new Membership(0, groupId, holder.id(), seat.core(), seat.role(), joint, null, start, end));
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
                Person deputy = repo.personTable().insert(names.next(agency.id(), "Deputy for the " + spec.name(),
                        agencySpecs.get(agencies.indexOf(agency)).domain()));
                personIds.add(deputy.id());
                repo.memberships().of(groupId).stream()
                        .filter(m -> m.endsOn() == null && m.core())
                        .filter(m -> repo.personTable().find(m.personId()).map(p -> p.agencyId() == agency.id()).orElse(false))
                        .findFirst()
                        .ifPresent(m -> repo.memberships().update(new Membership(m.id(), m.groupId(), m.personId(), m.core(), m.role(),
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
