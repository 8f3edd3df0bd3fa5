package org.hubdesk.service.members;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.MembershipRules;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.store.Database;
import org.hubdesk.store.members.MembersRepository;
import org.jooq.DSLContext;

/** Groups and their membership registers: one method per user action, one transaction each. */
public final class MembersService {
    private final Database database;

    public MembersService(Database database) {
        this.database = database;
    }

    /** A group's register with the quoracy warning the screen and reports show. */
    public record Register(Group group, List<RegisterEntry> entries, List<AgencyKind> uncoveredPartners) {
        public List<RegisterEntry> current() {
            return entries.stream().filter(RegisterEntry::isCurrent).toList();
        }

        public String quorumWarning() {
            if (uncoveredPartners.isEmpty()) {
                return null;
            }
            return "This group can never be quorate: no current core member from "
                    + String.join(", ", uncoveredPartners.stream().map(k -> k.label().toLowerCase(java.util.Locale.ROOT)).toList());
        }
    }

    public List<Group> groups() {
        return database.transaction(ctx -> new MembersRepository(ctx).groups());
    }

    public Group groupNamed(String name) {
        return database.transaction(ctx -> new MembersRepository(ctx).groupByName(name))
                .orElseThrow(() -> new UserInputException("There is no group called '" + name + "'; groups are: "
                        + String.join(", ", groups().stream().map(Group::name).toList())));
    }

    public List<Agency> agencies() {
        return database.transaction(ctx -> new MembersRepository(ctx).agencies());
    }

    public List<Person> people() {
        return database.transaction(ctx -> new MembersRepository(ctx).people());
    }

    public Register register(long groupId) {
        return database.transaction(ctx -> loadRegister(new MembersRepository(ctx), groupId));
    }

    static Register loadRegister(MembersRepository repo, long groupId) {
        Group group = repo.groupTable().find(groupId).orElseThrow(() -> new UserInputException("That group no longer exists"));
        List<RegisterEntry> entries = repo.register(groupId);
        return new Register(group, entries, group.quorumRule().uncoveredPartners(entries));
    }

    public Group saveGroup(Group group) {
        return saveGroup(group, null);
    }

    /** The group as it is now, with the row version: open an edit with this, save it with {@link #saveGroup(Group, Integer)}. */
    public org.hubdesk.domain.common.Versioned<Group> groupForEdit(long groupId) {
        return database.transaction(ctx -> new MembersRepository(ctx).groupTable().findForEdit(groupId)
                .orElseThrow(() -> new UserInputException("That group no longer exists")));
    }

    /**
     * Creates a group, or saves an edit of one; with {@code openedVersion} (what the dialog opened)
     * the edit is refused with a {@link org.hubdesk.domain.common.StaleEditException} if someone saved the group since.
     */
    public Group saveGroup(Group group, Integer openedVersion) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            repo.groupByName(group.name()).filter(g -> g.id() != group.id()).ifPresent(g -> {
                throw new UserInputException("There is already a group called '" + group.name() + "'");
            });
            if (group.id() == 0) {
                return repo.groupTable().insert(group);
            }
            if (openedVersion != null) {
                repo.groupTable().update(group, openedVersion);
            } else {
                repo.groupTable().update(group);
            }
            return group;
        });
    }

    public Agency addAgency(Agency agency) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            if (repo.agencyByName(agency.name()).isPresent()) {
                throw new UserInputException("There is already an agency called '" + agency.name() + "'");
            }
            return repo.insertAgency(agency);
        });
    }

    public Person addPerson(Person person) {
        return database.transaction(ctx -> new MembersRepository(ctx).personTable().insert(person));
    }

    public void updatePerson(Person person) {
        database.run(ctx -> new MembersRepository(ctx).personTable().update(person));
    }

    /** The person as they are now, with the row version: open an edit with this, save it with {@link #updatePerson(Person, int)}. */
    public org.hubdesk.domain.common.Versioned<Person> personForEdit(long personId) {
        return database.transaction(ctx -> new MembersRepository(ctx).personTable().findForEdit(personId)
                .orElseThrow(() -> new UserInputException("That person no longer exists")));
    }

    /**
     * Saves an edit of a person made from what was opened at {@code openedVersion}; refused with a
     * {@link org.hubdesk.domain.common.StaleEditException} (nothing saved) if someone saved them since.
     */
    public void updatePerson(Person person, int openedVersion) {
        database.run(ctx -> new MembersRepository(ctx).personTable().update(person, openedVersion));
    }

    public Membership addMembership(Membership membership) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            check(ctx, repo, membership);
            return repo.memberships().insert(membership);
        });
    }

    /**
     * Adds a member in one transaction, creating the person first when {@code newPerson} is given
     * (the membership's person id is then ignored).
     */
    public Membership addMember(Person newPerson, Membership membership) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            Membership m = membership;
            if (newPerson != null) {
                Person created = repo.personTable().insert(newPerson);
                m = new Membership(0, m.groupId(), created.id(), m.core(), m.role(), m.jointWithPersonId(),
                        m.deputyPersonId(), m.startsOn(), m.endsOn());
            }
            check(ctx, repo, m);
            return repo.memberships().insert(m);
        });
    }

    /** Saves an edit of a membership and its person's details together. Returns the membership before. */
    public Membership updateMember(Person person, Membership membership) {
        return onMembership(membership.id(), (ctx, repo, before) -> {
            if (person != null) {
                repo.personTable().update(person);
            }
            check(ctx, repo, membership);
            repo.memberships().update(membership);
            return before;
        });
    }

    /**
     * As {@link #updateMember(Person, Membership)}, the person's details saved only if nobody saved
     * them since they were opened at {@code personOpenedVersion} (else a StaleEditException, nothing saved).
     */
    public Membership updateMember(Person person, int personOpenedVersion, Membership membership) {
        return onMembership(membership.id(), (ctx, repo, before) -> {
            repo.personTable().update(person, personOpenedVersion);
            check(ctx, repo, membership);
            repo.memberships().update(membership);
            return before;
        });
    }

    public void updateMembership(Membership membership) {
        database.run(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            check(ctx, repo, membership);
            repo.memberships().update(membership);
        });
    }

    /** Ends a membership on a day, keeping it in the register as history. Returns the version before. */
    public Membership endMembership(long membershipId, LocalDate endsOn) {
        return onMembership(membershipId, (ctx, repo, before) -> {
            repo.memberships().update(before.endedOn(endsOn));
            return before;
        });
    }

    /** Removes a membership entered by mistake. Returns it, so the removal can be undone. */
    public Membership removeMembership(long membershipId) {
        return onMembership(membershipId, (ctx, repo, gone) -> {
            repo.memberships().delete(membershipId);
            return gone;
        });
    }

    /** Work on a membership in one transaction: {@code work} gets it as stored, and returns it for undo. */
    private interface MembershipWork {
        Membership apply(DSLContext ctx, MembersRepository repo, Membership before);
    }

    /** One transaction over a membership that must still exist ("That membership no longer exists" otherwise). */
    private Membership onMembership(long membershipId, MembershipWork work) {
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            Membership before = repo.memberships().find(membershipId)
                    .orElseThrow(() -> new UserInputException("That membership no longer exists"));
            return work.apply(ctx, repo, before);
        });
    }

    public void restoreMembership(Membership membership) {
        database.run(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            check(ctx, repo, membership);
            repo.memberships().restore(membership.groupId(), membership);
        });
    }

    static void check(DSLContext ctx, MembersRepository repo, Membership m) {
        Map<Long, Person> people = new HashMap<>();
        for (Long id : new Long[] {m.personId(), m.jointWithPersonId(), m.deputyPersonId()}) {
            if (id != null) {
                repo.personTable().find(id).ifPresent(p -> people.put(p.id(), p));
            }
        }
        if (repo.groupTable().find(m.groupId()).isEmpty()) {
            throw new UserInputException("That group no longer exists");
        }
        MembershipRules.check(m, repo.memberships().of(m.groupId()), people);
    }
}
