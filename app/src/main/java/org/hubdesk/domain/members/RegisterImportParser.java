package org.hubdesk.domain.members;

import static org.hubdesk.domain.members.RegisterImportColumn.AGENCY;
import static org.hubdesk.domain.members.RegisterImportColumn.AGENCY_KIND;
import static org.hubdesk.domain.members.RegisterImportColumn.DEPUTY;
import static org.hubdesk.domain.members.RegisterImportColumn.EMAIL;
import static org.hubdesk.domain.members.RegisterImportColumn.ENDS_ON;
import static org.hubdesk.domain.members.RegisterImportColumn.JOB_TITLE;
import static org.hubdesk.domain.members.RegisterImportColumn.JOINT;
import static org.hubdesk.domain.members.RegisterImportColumn.MEMBERSHIP;
import static org.hubdesk.domain.members.RegisterImportColumn.NAME;
import static org.hubdesk.domain.members.RegisterImportColumn.PHONE;
import static org.hubdesk.domain.members.RegisterImportColumn.ROLE;
import static org.hubdesk.domain.members.RegisterImportColumn.STARTS_ON;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hubdesk.domain.common.UserInputException;

/**
 * Reads a membership register laid out as seed 003 Appendix 2 (a table of Agency | Representatives
 * | Name | Joint membership?, under "Core membership" and "Ad hoc membership" headings) from the
 * cells of a spreadsheet, and checks every line against the register rules before anything is
 * written. Extra columns (membership, role, e-mail, phone, deputy, agency kind, dates) are optional.
 */
public final class RegisterImportParser {
    private static final Set<String> YES = Set.of("yes", "y", "true", "joint");
    private static final Set<String> NO = Set.of("no", "n", "false", "none");
    private static final Pattern CHAIR_IN_TITLE = Pattern.compile("\\(\\s*(joint\\s+|co-?)?chair\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPUTY_CHAIR_IN_TITLE = Pattern.compile("\\(\\s*(deputy|vice)[\\s-]*chair\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME = 200;
    private static final int MAX_JOB_TITLE = 300;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_PHONE = 60;

    private RegisterImportParser() {
    }

    /** A line being read; becomes a {@link RegisterImportRow} once the checks across lines are done. */
    private static final class Draft {
        int rowNumber;
        String agency;
        AgencyKind kind;
        boolean kindGiven;
        boolean newAgency;
        String jobTitle;
        String name;
        String email;
        String phone;
        boolean core;
        MemberRole role;
        String jointCell;
        String jointWith;
        String deputy;
        LocalDate startsOn;
        LocalDate endsOn;
        boolean datesValid = true;
        final List<String> errors = new ArrayList<>();

        RegisterImportRow toRow() {
            return new RegisterImportRow(rowNumber, agency, kind, newAgency, jobTitle, name, email, phone, core, role,
                    jointWith, deputy, startsOn, errors, endsOn);
        }
    }

    /**
     * @param table the file's rows top to bottom (row 1 first), each a list of cell texts; dates as ISO text
     */
    public static RegisterImportResult parse(List<List<String>> table, RegisterImportContext context) {
        boolean core = true;
        int headerIndex = -1;
        Map<RegisterImportColumn, Integer> columns = null;
        List<String> bestCandidate = null;
        int bestRecognised = -1;
        for (int i = 0; i < table.size(); i++) {
            List<String> cells = clean(table.get(i));
            if (isBlank(cells)) {
                continue;
            }
            Map<RegisterImportColumn, Integer> recognised = headerColumns(cells, null);
            if (recognised.containsKey(AGENCY) && recognised.containsKey(NAME)) {
                headerIndex = i;
                columns = recognised;
                break;
            }
            Boolean section = section(cells);
            if (section != null) {
                core = section;
                continue;
            }
            if (recognised.size() > bestRecognised) {
                bestRecognised = recognised.size();
                bestCandidate = cells;
            }
        }
        if (columns == null) {
            if (bestCandidate == null) {
                return RegisterImportResult.fileError("The file is empty: it has no header row and no members");
            }
            return RegisterImportResult.fileError(missingColumns(bestCandidate));
        }
        List<String> fileErrors = new ArrayList<>();
        headerColumns(clean(table.get(headerIndex)), fileErrors);

        List<Draft> drafts = new ArrayList<>();
        for (int i = headerIndex + 1; i < table.size(); i++) {
            List<String> cells = clean(table.get(i));
            if (isBlank(cells)) {
                continue;
            }
            Boolean section = section(cells);
            if (section != null) {
                core = section;
                continue;
            }
            Map<RegisterImportColumn, Integer> repeated = headerColumns(cells, null);
            if (repeated.containsKey(AGENCY) && repeated.containsKey(NAME)) {
                // Seed 003 repeats the table heading under "Ad hoc membership"; a second header may also name other columns.
                columns = repeated;
                continue;
            }
            drafts.add(readLine(i + 1, cells, columns, core, context));
        }
        if (drafts.isEmpty()) {
            fileErrors.add("The file has a header row but no members under it");
        }
        settleNewAgencies(drafts);
        pairJointMembers(drafts, context);
        checkDeputies(drafts, context);
        checkDuplicates(drafts);
        checkAgainstTheGroup(drafts, context);
        return new RegisterImportResult(drafts.stream().map(Draft::toRow).toList(), fileErrors);
    }

    private static Draft readLine(int rowNumber, List<String> cells, Map<RegisterImportColumn, Integer> columns, boolean sectionCore,
                                  RegisterImportContext context) {
        Draft d = new Draft();
        d.rowNumber = rowNumber;
        d.agency = cell(cells, columns, AGENCY);
        d.name = cell(cells, columns, NAME);
        d.jobTitle = cell(cells, columns, JOB_TITLE);
        d.email = cell(cells, columns, EMAIL);
        d.phone = cell(cells, columns, PHONE);
        d.deputy = cell(cells, columns, DEPUTY);
        d.jointCell = cell(cells, columns, JOINT);
        if (d.agency == null) {
            d.errors.add("Agency is empty: every member needs the agency they represent");
        }
        if (d.name == null) {
            d.errors.add("Name is empty: every line needs the member's name");
        }
        tooLong(d, "Agency", d.agency, MAX_NAME);
        tooLong(d, "Name", d.name, MAX_NAME);
        tooLong(d, "Representatives (job title)", d.jobTitle, MAX_JOB_TITLE);
        tooLong(d, "E-mail", d.email, MAX_EMAIL);
        tooLong(d, "Phone", d.phone, MAX_PHONE);
        tooLong(d, "Deputy", d.deputy, MAX_NAME);

        String kindText = cell(cells, columns, AGENCY_KIND);
        Agency known = d.agency == null ? null : context.agencyNamed(d.agency).orElse(null);
        if (known != null) {
            d.agency = known.name();
            d.kind = known.kind();
        } else {
            d.newAgency = d.agency != null;
            d.kind = RegisterImportAgencies.guessKind(d.agency);
        }
        if (kindText != null) {
            try {
                AgencyKind given = AgencyKind.parse(kindText);
                if (known == null) {
                    d.kind = given;
                    d.kindGiven = true;
                }
            } catch (UserInputException e) {
                d.errors.add(e.getMessage());
            }
        }

        if (d.email != null && !Person.isWellFormedEmail(d.email)) {
            d.errors.add("'" + d.email + "' is not a well-formed e-mail address (expected name@organisation.example)");
        }

        String membership = cell(cells, columns, MEMBERSHIP);
        d.core = sectionCore;
        if (membership != null) {
            switch (RegisterImportColumn.key(membership)) {
                case "core", "coremember", "coremembership" -> d.core = true;
                case "adhoc", "adhocmember", "adhocmembership" -> d.core = false;
                default -> d.errors.add("'" + membership + "' under Membership is neither Core nor Ad hoc");
            }
        }

        String role = cell(cells, columns, ROLE);
        d.role = roleFromTitle(d.jobTitle);
        if (role != null) {
            switch (RegisterImportColumn.key(role)) {
                case "chair", "jointchair", "cochair", "chairperson" -> d.role = MemberRole.CHAIR;
                case "deputychair", "vicechair", "deputy", "deputychairperson" -> d.role = MemberRole.DEPUTY_CHAIR;
                case "member" -> d.role = MemberRole.MEMBER;
                default -> d.errors.add("'" + role + "' under Role in group is not Chair, Deputy chair or Member");
            }
        }

        d.startsOn = date(d, cell(cells, columns, STARTS_ON), "From");
        d.endsOn = date(d, cell(cells, columns, ENDS_ON), "To");
        if (d.startsOn != null && d.endsOn != null && !d.endsOn.isAfter(d.startsOn)) {
            d.errors.add("The end date " + d.endsOn + " must fall after the start date " + d.startsOn);
            d.datesValid = false;
        }
        return d;
    }

    /** Seed 003 marks its chairs in the job title: "... Strategy Manager (joint chair)". */
    static MemberRole roleFromTitle(String jobTitle) {
        if (jobTitle == null) {
            return MemberRole.MEMBER;
        }
        if (DEPUTY_CHAIR_IN_TITLE.matcher(jobTitle).find()) {
            return MemberRole.DEPUTY_CHAIR;
        }
        return CHAIR_IN_TITLE.matcher(jobTitle).find() ? MemberRole.CHAIR : MemberRole.MEMBER;
    }

    private static LocalDate date(Draft d, String text, String heading) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            d.errors.add("'" + text + "' under " + heading + " is not a date: write it as year-month-day, e.g. 2026-04-01");
            d.datesValid = false;
            return null;
        }
    }

    private static void tooLong(Draft d, String heading, String text, int max) {
        if (text != null && text.length() > max) {
            d.errors.add(heading + " is " + text.length() + " characters long; at most " + max + " fit");
        }
    }

    /** An agency new to Hubdesk named on several lines is one agency: the first spelling and the first kind given win. */
    private static void settleNewAgencies(List<Draft> drafts) {
        Map<String, Draft> first = new LinkedHashMap<>();
        Map<String, AgencyKind> kinds = new HashMap<>();
        for (Draft d : drafts) {
            if (d.newAgency) {
                String key = RegisterImportContext.fold(d.agency);
                first.putIfAbsent(key, d);
                if (d.kindGiven) {
                    kinds.putIfAbsent(key, d.kind);
                }
            }
        }
        for (Draft d : drafts) {
            if (d.newAgency) {
                String key = RegisterImportContext.fold(d.agency);
                d.agency = first.get(key).agency;
                d.kind = kinds.getOrDefault(key, RegisterImportAgencies.guessKind(d.agency));
            }
        }
    }

    /**
     * "Yes" pairs a member with the next line of the same agency, as seed 003 lays out its joint
     * members; both lines then name each other. A "Yes" on a line already paired with the line
     * above is the second half of that pair (both marked "Yes" is a natural way to fill the
     * column), not the start of a new pair. Any other text names the joint member.
     */
    private static void pairJointMembers(List<Draft> drafts, RegisterImportContext context) {
        Draft pairedWithAbove = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft above = pairedWithAbove;
            pairedWithAbove = null;
            if (d.jointCell == null || NO.contains(RegisterImportColumn.key(d.jointCell))) {
                continue;
            }
            if (YES.contains(RegisterImportColumn.key(d.jointCell))) {
                if (above != null) {
                    d.jointWith = above.name;
                    continue;
                }
                Draft next = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
                if (next == null || next.name == null || !sameAgency(d, next)) {
                    d.errors.add("'" + d.jointCell + "' under Joint membership? pairs this member with the next line, but "
                            + (next == null ? "no line follows" : "the next line is not another member of " + d.agency)
                            + "; put the joint members one under the other or write the other member's name");
                    continue;
                }
                d.jointWith = next.name;
                if (next.jointCell == null) {
                    next.jointWith = d.name;
                } else if (YES.contains(RegisterImportColumn.key(next.jointCell))) {
                    pairedWithAbove = d;
                }
                continue;
            }
            d.jointWith = d.jointCell;
            if (d.name != null && same(d.jointCell, d.name)) {
                d.errors.add("A joint membership pairs two different people; " + d.name + " cannot be joint with themselves");
                continue;
            }
            List<Draft> inFile = drafts.stream().filter(o -> o != d && same(o.name, d.jointCell)).toList();
            if (!inFile.isEmpty()) {
                if (inFile.stream().noneMatch(o -> sameAgency(o, d))) {
                    d.errors.add("A joint membership pairs two people of the same agency: " + d.jointCell + " is listed for "
                            + inFile.get(0).agency + ", not " + d.agency);
                }
                continue;
            }
            boolean known = d.agency != null && context.agencyNamed(d.agency)
                    .flatMap(a -> context.personNamed(d.jointCell, a.id())).isPresent();
            if (!known) {
                d.errors.add("The joint member '" + d.jointCell + "' is neither in the file nor known at " + d.agency
                        + "; add them as a line or check the spelling");
            }
        }
    }

    private static void checkDeputies(List<Draft> drafts, RegisterImportContext context) {
        for (Draft d : drafts) {
            if (d.deputy == null) {
                continue;
            }
            if (d.name != null && same(d.deputy, d.name)) {
                d.errors.add("A member cannot be their own deputy");
            } else if (drafts.stream().noneMatch(o -> same(o.name, d.deputy)) && context.peopleNamed(d.deputy).isEmpty()) {
                d.errors.add("The deputy '" + d.deputy + "' is neither in the file nor in Hubdesk's registers;"
                        + " add them as a line or check the spelling");
            }
        }
    }

    private static void checkDuplicates(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.name == null || d.agency == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Draft earlier = drafts.get(j);
                if (same(earlier.name, d.name) && sameAgency(earlier, d) && overlap(earlier, d)) {
                    d.errors.add(d.name + " of " + d.agency + " is already on row " + earlier.rowNumber
                            + "; a person holds one membership of a group at a time");
                    break;
                }
            }
        }
    }

    /** A person already on the group's register for an overlapping period cannot be added again. */
    private static void checkAgainstTheGroup(List<Draft> drafts, RegisterImportContext context) {
        for (Draft d : drafts) {
            if (d.name == null || d.agency == null || d.newAgency || !d.datesValid) {
                continue;
            }
            context.agencyNamed(d.agency).flatMap(a -> context.personNamed(d.name, a.id())).ifPresent(person -> {
                try {
                    Membership candidate = new Membership(0, context.groupId(), person.id(), d.core, d.role, null, null,
                            d.startsOn, d.endsOn);
                    MembershipRules.check(candidate, context.groupMemberships(), Map.of(person.id(), person));
                } catch (UserInputException e) {
                    d.errors.add(e.getMessage());
                }
            });
        }
    }

    private static boolean overlap(Draft a, Draft b) {
        LocalDate aStart = a.startsOn == null ? LocalDate.MIN : a.startsOn;
        LocalDate bStart = b.startsOn == null ? LocalDate.MIN : b.startsOn;
        LocalDate aEnd = a.endsOn == null ? LocalDate.MAX : a.endsOn;
        LocalDate bEnd = b.endsOn == null ? LocalDate.MAX : b.endsOn;
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private static boolean sameAgency(Draft a, Draft b) {
        return a.agency != null && same(a.agency, b.agency);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && RegisterImportContext.fold(a).equals(RegisterImportContext.fold(b));
    }

    // ---- the shape of the table

    private static List<String> clean(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(cell == null ? "" : cell.replace('\u00A0', ' ').strip());
        }
        return out;
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isEmpty);
    }

    private static String cell(List<String> cells, Map<RegisterImportColumn, Integer> columns, RegisterImportColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index).isEmpty()) {
            return null;
        }
        return cells.get(index);
    }

    /** The recognised columns of a row read as a header; a column named twice is reported when errors is given. */
    private static Map<RegisterImportColumn, Integer> headerColumns(List<String> cells, List<String> errors) {
        Map<RegisterImportColumn, Integer> columns = new EnumMap<>(RegisterImportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            RegisterImportColumn.forHeader(cells.get(i)).ifPresent(column -> {
                Integer earlier = columns.putIfAbsent(column, index);
                if (earlier != null && errors != null) {
                    errors.add("The file has two '" + column.heading() + "' columns (" + columnLetter(earlier) + " and "
                            + columnLetter(index) + "); keep one");
                }
            });
        }
        return columns;
    }

    /** True for a "Core membership" line, false for "Ad hoc membership", null for anything else. */
    private static Boolean section(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        if (filled.size() != 1) {
            return null;
        }
        return switch (RegisterImportColumn.key(filled.get(0))) {
            case "coremembership", "coremembers", "core" -> Boolean.TRUE;
            case "adhocmembership", "adhocmembers", "adhoc" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String missingColumns(List<String> candidate) {
        Map<RegisterImportColumn, Integer> found = headerColumns(candidate, null);
        List<String> missing = new ArrayList<>();
        for (RegisterImportColumn column : RegisterImportColumn.values()) {
            if (column.required() && !found.containsKey(column)) {
                missing.add("'" + column.heading() + "'");
            }
        }
        List<String> texts = candidate.stream().filter(c -> !c.isEmpty()).toList();
        String shown = String.join(", ", texts.subList(0, Math.min(8, texts.size()))) + (texts.size() > 8 ? ", ..." : "");
        return "The file has no " + String.join(" or ", missing) + " column" + "; found columns: " + shown;
    }

    static String columnLetter(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }
}
