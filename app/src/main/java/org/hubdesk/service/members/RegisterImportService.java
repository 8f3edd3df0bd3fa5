package org.hubdesk.service.members;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Agency;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.Membership;
import org.hubdesk.domain.members.MembershipRules;
import org.hubdesk.domain.members.Person;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.domain.members.RegisterImportAgencies;
import org.hubdesk.domain.members.RegisterImportColumn;
import org.hubdesk.domain.members.RegisterImportContext;
import org.hubdesk.domain.members.RegisterImportParser;
import org.hubdesk.domain.members.RegisterImportResult;
import org.hubdesk.domain.members.RegisterImportRow;
import org.hubdesk.store.Database;
import org.hubdesk.store.members.MembersRepository;

/**
 * Importing a group's membership register from a spreadsheet (preview first, then one confirmed
 * write) and exporting it to .xlsx in the same columns, so an export can be edited and imported back.
 */
public final class RegisterImportService {
    /** The export's columns: seed 003 Appendix 2's four, then what Hubdesk also keeps. */
    static final List<RegisterImportColumn> EXPORT_COLUMNS = List.of(RegisterImportColumn.values());

    private final Database database;

    public RegisterImportService(Database database) {
        this.database = database;
    }

    /** Reads .xlsx or .csv; never writes. */
    public ImportPreview preview(Path file, long groupId) {
        RegisterImportContext context = database.transaction(ctx -> context(new MembersRepository(ctx), groupId));
        List<List<String>> table;
        try {
            table = RegisterSpreadsheet.read(file);
        } catch (UserInputException e) {
            return new ImportPreview(groupId, file, List.of(), List.of(e.getMessage()));
        }
        RegisterImportResult result = RegisterImportParser.parse(table, context);
        return new ImportPreview(groupId, file, result.rows(), result.fileErrors());
    }

    /**
     * Writes every row of a preview without errors in ONE transaction; refuses (UserInputException)
     * if preview.hasErrors(). Returns rows imported. The register rules are checked again as each
     * line is written, so an edit made since the preview makes the whole import fail, not half of it.
     */
    public int importConfirmed(ImportPreview preview) {
        preview.requireNoErrors();
        return database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            RegisterImportContext known = context(repo, preview.groupId());
            Map<String, Agency> agencies = new HashMap<>();
            Map<String, Person> imported = new LinkedHashMap<>();
            List<Person> personOfRow = new ArrayList<>();
            for (RegisterImportRow row : preview.rows()) {
                Agency agency = agencies.computeIfAbsent(fold(row.agency()), k -> known.agencyNamed(row.agency())
                        .orElseGet(() -> repo.insertAgency(RegisterImportAgencies.newAgency(row.agency(), row.agencyKind()))));
                Person person = imported.computeIfAbsent(fold(row.name()) + "|" + agency.id(),
                        k -> known.personNamed(row.name(), agency.id())
                                .map(existing -> refreshed(repo, existing, row))
                                .orElseGet(() -> repo.personTable().insert(new Person(0, row.name(), row.jobTitle(), agency.id(),
                                        row.email(), row.phone()))));
                personOfRow.add(person);
            }
            for (int i = 0; i < preview.rows().size(); i++) {
                RegisterImportRow row = preview.rows().get(i);
                Person person = personOfRow.get(i);
                Map<Long, Person> people = new HashMap<>();
                people.put(person.id(), person);
                Person joint = row.jointWith() == null ? null : resolve(row, row.jointWith(), "joint member", person, imported, known);
                Person deputy = row.deputy() == null ? null : resolve(row, row.deputy(), "deputy", person, imported, known);
                for (Person other : new Person[] {joint, deputy}) {
                    if (other != null) {
                        people.put(other.id(), other);
                    }
                }
                Membership membership = new Membership(0, preview.groupId(), person.id(), row.core(), row.role(),
                        joint == null ? null : joint.id(), deputy == null ? null : deputy.id(), row.startsOn(), row.endsOn());
                try {
                    MembershipRules.check(membership, repo.memberships().of(preview.groupId()), people);
                } catch (UserInputException e) {
                    throw new UserInputException("Row " + row.rowNumber() + ": " + e.getMessage()
                            + " (the register changed since the preview; nothing was imported)", e);
                }
                repo.memberships().insert(membership);
            }
            return preview.rows().size();
        });
    }

    /** Writes the group's register (current and ended lines, core then ad hoc) to .xlsx; atomic (temp file + move). */
    public void exportRegister(long groupId, Path out) {
        record Loaded(MembersService.Register register, Map<Long, Person> people) {
        }
        Loaded loaded = database.transaction(ctx -> {
            MembersRepository repo = new MembersRepository(ctx);
            MembersService.Register register = MembersService.loadRegister(repo, groupId);
            Map<Long, Person> people = new HashMap<>();
            for (RegisterEntry entry : register.entries()) {
                repo.personTable().find(entry.personId()).ifPresent(p -> people.put(p.id(), p));
            }
            return new Loaded(register, people);
        });
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : loaded.register().entries()) {
            Person person = loaded.people().get(e.personId());
            List<Object> cells = new ArrayList<>();
            for (RegisterImportColumn column : EXPORT_COLUMNS) {
                cells.add(switch (column) {
                    case AGENCY -> e.agencyName();
                    case JOB_TITLE -> e.jobTitle();
                    case NAME -> e.personName();
                    case JOINT -> e.jointWithName();
                    case MEMBERSHIP -> e.membershipKind();
                    case ROLE -> e.role().label();
                    case EMAIL -> e.email();
                    case PHONE -> person == null ? null : person.phone();
                    case DEPUTY -> e.deputyName();
                    case AGENCY_KIND -> e.agencyKind().label();
                    case STARTS_ON -> e.startsOn();
                    case ENDS_ON -> e.endsOn();
                });
            }
            rows.add(cells);
        }
        Group group = loaded.register().group();
        RegisterSpreadsheet.writeXlsx(out, group.name(), EXPORT_COLUMNS.stream().map(RegisterImportColumn::heading).toList(), rows);
    }

    private static RegisterImportContext context(MembersRepository repo, long groupId) {
        if (repo.groupTable().find(groupId).isEmpty()) {
            throw new UserInputException("That group no longer exists");
        }
        return new RegisterImportContext(groupId, repo.agencies(), repo.people(), repo.memberships().of(groupId));
    }

    /** An existing person keeps their record; a job title, e-mail or phone given in the file replaces the stored one. */
    private static Person refreshed(MembersRepository repo, Person existing, RegisterImportRow row) {
        Person updated = new Person(existing.id(), existing.fullName(),
                row.jobTitle() != null ? row.jobTitle() : existing.jobTitle(), existing.agencyId(),
                row.email() != null ? row.email() : existing.email(),
                row.phone() != null ? row.phone() : existing.phone());
        if (!updated.equals(existing)) {
            repo.personTable().update(updated);
        }
        return updated;
    }

    /** A name in the file means, first, someone on the file's own lines (same agency first), then anyone known. */
    private static Person resolve(RegisterImportRow row, String name, String what, Person member, Map<String, Person> imported,
                                  RegisterImportContext known) {
        List<Person> inFile = imported.values().stream().filter(p -> fold(p.fullName()).equals(fold(name))).toList();
        Optional<Person> found = pick(inFile, member.agencyId());
        if (found.isEmpty()) {
            found = pick(known.peopleNamed(name), member.agencyId());
        }
        return found.orElseThrow(() -> new UserInputException("Row " + row.rowNumber() + ": the " + what + " '" + name
                + "' is not known; nothing was imported"));
    }

    private static Optional<Person> pick(List<Person> candidates, long agencyId) {
        return candidates.stream().filter(p -> p.agencyId() == agencyId).findFirst().or(() -> candidates.stream().findFirst());
    }

    private static String fold(String text) {
        return RegisterImportContext.fold(text);
    }
}
