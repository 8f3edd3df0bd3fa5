package org.hubdesk.store.members;

import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.MEMBERSHIP;
import static org.hubdesk.schema.Tables.PARTNERSHIP_GROUP;
import static org.hubdesk.schema.Tables.PERSON;

import java.util.List;
import java.util.Optional;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.MemberRole;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.schema.tables.records.AgencyRecord;
import org.hubdesk.schema.tables.records.MembershipRecord;
import org.hubdesk.schema.tables.records.PartnershipGroupRecord;
import org.hubdesk.schema.tables.records.PersonRecord;
import org.hubdesk.store.ChildRows;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.hubdesk.store.TableRepository;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Agencies, people, groups and memberships; every method runs inside the caller's transaction. */
public final class MembersRepository extends Repository {
    private static final RowMapping<AgencyRecord, Agency> AGENCIES = NamedColumns.of(AGENCY.ID, Agency.class).mapping();
    private static final RowMapping<PersonRecord, Person> PEOPLE = NamedColumns.of(PERSON.ID, Person.class).mapping();
    private static final RowMapping<PartnershipGroupRecord, Group> GROUPS = NamedColumns.of(PARTNERSHIP_GROUP.ID, Group.class)
            .mapping();
    private static final RowMapping<MembershipRecord, Membership> MEMBERSHIPS = NamedColumns.of(MEMBERSHIP.ID, Membership.class)
            .column("role", MEMBERSHIP.MEMBER_ROLE).mapping();

    public MembersRepository(DSLContext ctx) {
        super(ctx);
    }

    // ---- agencies

    public List<Agency> agencies() {
        return AGENCIES.list(ctx, DSL.noCondition(), AGENCY.NAME);
    }

    public Optional<Agency> agencyByName(String name) {
        return ctx.selectFrom(AGENCY).where(DSL.lower(AGENCY.NAME).eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(AGENCIES.toValue()::apply);
    }

    public Agency insertAgency(Agency agency) {
        return AGENCIES.insert(ctx, agency);
    }

    // ---- people

    public List<Person> people() {
        return PEOPLE.list(ctx, DSL.noCondition(), PERSON.FULL_NAME);
    }

    public Optional<Person> personByNameAndAgency(String name, long agencyId) {
        return ctx.selectFrom(PERSON)
                .where(DSL.lower(PERSON.FULL_NAME).eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .and(PERSON.AGENCY_ID.eq(agencyId))
                .fetchOptional(PEOPLE.toValue()::apply);
    }

    /** Finding, inserting and editing people; an edit is refused if someone saved the person since it was opened. */
    public TableRepository<PersonRecord, Person> personTable() {
        return new TableRepository<>(ctx, PEOPLE, p -> "The details of " + p.fullName(), MembersRepository::describe);
    }

    private static String describe(Person p) {
        return String.join(", ", java.util.stream.Stream.of(p.fullName(), p.jobTitle(), p.email(), p.phone())
                .filter(java.util.Objects::nonNull).toList());
    }

    // ---- groups

    public List<Group> groups() {
        return GROUPS.list(ctx, DSL.noCondition(), PARTNERSHIP_GROUP.NAME);
    }

    public Optional<Group> groupByName(String name) {
        return ctx.selectFrom(PARTNERSHIP_GROUP)
                .where(DSL.lower(PARTNERSHIP_GROUP.NAME).eq(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(GROUPS.toValue()::apply);
    }

    /** Finding, inserting and editing groups; an edit is refused if someone saved the group since it was opened. */
    public TableRepository<PartnershipGroupRecord, Group> groupTable() {
        return new TableRepository<>(ctx, GROUPS, g -> "The group " + g.name(), MembersRepository::describe);
    }

    private static String describe(Group g) {
        return String.join(", ", java.util.stream.Stream.of(g.name(), g.kind().toString(), g.meetingFrequency(),
                g.usualLengthMinutes() == null ? null : g.usualLengthMinutes() + " minutes", g.quorumRule().toString(),
                g.purpose()).filter(java.util.Objects::nonNull).toList());
    }

    // ---- memberships

    /** A group's membership lines; one put back under its group keeps its old id, so undo restores exactly what was there. */
    public ChildRows<MembershipRecord, Membership> memberships() {
        return new ChildRows<>(ctx, MEMBERSHIPS, MEMBERSHIP.GROUP_ID);
    }

    /** The register of a group, current and past lines, ordered core first then by agency and name. */
    public List<RegisterEntry> register(long groupId) {
        var joint = PERSON.as("joint_person");
        var deputy = PERSON.as("deputy_person");
        return ctx.select(MEMBERSHIP.fields())
                .select(PERSON.FULL_NAME, PERSON.JOB_TITLE, PERSON.EMAIL, AGENCY.ID, AGENCY.NAME, AGENCY.KIND,
                        AGENCY.STATUTORY_PARTNER, joint.FULL_NAME, deputy.FULL_NAME)
                .from(MEMBERSHIP)
                .join(PERSON).on(PERSON.ID.eq(MEMBERSHIP.PERSON_ID))
                .join(AGENCY).on(AGENCY.ID.eq(PERSON.AGENCY_ID))
                .leftJoin(joint).on(joint.ID.eq(MEMBERSHIP.JOINT_WITH_PERSON_ID))
                .leftJoin(deputy).on(deputy.ID.eq(MEMBERSHIP.DEPUTY_PERSON_ID))
                .where(MEMBERSHIP.GROUP_ID.eq(groupId))
                .orderBy(MEMBERSHIP.CORE.desc(), AGENCY.NAME, PERSON.FULL_NAME)
                .fetch(r -> toEntry(r, joint.FULL_NAME, deputy.FULL_NAME));
    }

    private static RegisterEntry toEntry(Record r, org.jooq.Field<String> jointName, org.jooq.Field<String> deputyName) {
        return new RegisterEntry(r.get(MEMBERSHIP.ID), r.get(MEMBERSHIP.GROUP_ID), r.get(MEMBERSHIP.PERSON_ID),
                r.get(PERSON.FULL_NAME), r.get(PERSON.JOB_TITLE), r.get(PERSON.EMAIL), r.get(AGENCY.ID), r.get(AGENCY.NAME),
                AgencyKind.valueOf(r.get(AGENCY.KIND)), r.get(AGENCY.STATUTORY_PARTNER), r.get(MEMBERSHIP.CORE),
                MemberRole.valueOf(r.get(MEMBERSHIP.MEMBER_ROLE)), r.get(MEMBERSHIP.JOINT_WITH_PERSON_ID), r.get(jointName),
                r.get(MEMBERSHIP.DEPUTY_PERSON_ID), r.get(deputyName), r.get(MEMBERSHIP.STARTS_ON), r.get(MEMBERSHIP.ENDS_ON));
    }
}
