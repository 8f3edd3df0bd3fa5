package org.hubdesk.domain.assurance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.hubdesk.domain.common.ImportRow;
import org.hubdesk.domain.common.UserInputException;

/**
 * Reads an agency's or school's returned self-assessment: the template Hubdesk exports (a few
 * "Label | value" lines naming the round and the organisation, then one row per standard with its
 * rating, evidence, evidence link and actions). Every row is checked; nothing is written here.
 */
public final class AssessmentImport {
    public static final String ROUND = "Round";
    public static final String ORGANISATION = "Agency or school";
    public static final String RETURNED_ON = "Returned on";
    public static final List<String> HEADINGS = List.of("No.", "Standard", "Rating (1-4)", "Evidence", "Evidence link", "Actions");

    private AssessmentImport() {
    }

    /** One standard's row of the file, with what is wrong with it. */
    public record Row(int rowNumber, Integer standardNumber, String standard, SelfRating rating, String evidence, String evidenceLink,
                      String actions, List<String> errors) implements ImportRow {
        public Row {
            errors = List.copyOf(errors);
        }

        public StandardRating toRating() {
            return new StandardRating(standardNumber, rating, evidence, evidenceLink, actions);
        }
    }

    /** What the file says: the round id it names (null if none), who it is from, when, its rows and file-level problems. */
    public record Result(Long roundId, String organisation, LocalDate returnedOn, List<Row> rows, List<String> fileErrors) {
        public Result {
            rows = List.copyOf(rows);
            fileErrors = List.copyOf(fileErrors);
        }
    }

    /** The round's id as the template writes it in the Round line: "12: Section 11 audit 2026". */
    public static String roundCell(AuditRound round) {
        return round.id() + ": " + round.title();
    }

    public static Result parse(List<List<String>> table, AuditKind kind) {
        List<String> fileErrors = new ArrayList<>();
        Long roundId = null;
        String organisation = null;
        LocalDate returnedOn = null;
        int header = -1;
        for (int i = 0; i < table.size() && header < 0; i++) {
            List<String> row = table.get(i);
            String first = cell(row, 0).toLowerCase(Locale.ROOT);
            if (first.equals("no.") || first.equals("no") || first.equals("number") || first.equals("standard number")) {
                header = i;
            } else if (first.equals(ROUND.toLowerCase(Locale.ROOT))) {
                String v = cell(row, 1);
                String digits = v.contains(":") ? v.substring(0, v.indexOf(':')).strip() : v.strip();
                try {
                    roundId = digits.isEmpty() ? null : Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    fileErrors.add("The Round line says '" + v + "', not a round number");
                }
            } else if (first.equals(ORGANISATION.toLowerCase(Locale.ROOT)) || first.equals("agency") || first.equals("school")
                    || first.equals("organisation")) {
                organisation = cell(row, 1).isBlank() ? null : cell(row, 1).strip();
            } else if (first.equals(RETURNED_ON.toLowerCase(Locale.ROOT))) {
                String v = cell(row, 1);
                if (!v.isBlank()) {
                    try {
                        returnedOn = LocalDate.parse(v.strip());
                    } catch (DateTimeParseException e) {
                        fileErrors.add("The Returned on line says '" + v + "', not a date like 2027-03-31");
                    }
                }
            }
        }
        if (header < 0) {
            fileErrors.add("No heading row starting 'No.' was found: use the template Hubdesk exports (hubdesk audit template)");
            return new Result(roundId, organisation, returnedOn, List.of(), fileErrors);
        }
        if (organisation == null) {
            fileErrors.add("The '" + ORGANISATION + "' line is empty: say which " + kind.organisationWord() + " this return is from");
        }
        List<Row> rows = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = header + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            String numberText = cell(cells, 0).strip();
            if (numberText.toLowerCase(Locale.ROOT).startsWith("rating scale")) {
                break;
            }
            List<String> errors = new ArrayList<>();
            Integer number = null;
            try {
                double d = Double.parseDouble(numberText);
                number = (int) d;
                if (d != number || number < 1 || number > kind.standards().size()) {
                    errors.add("'" + numberText + "' is not a standard of " + kind.label() + " (1 to " + kind.standards().size() + ")");
                    number = null;
                }
            } catch (NumberFormatException e) {
                errors.add(numberText.isEmpty() ? "No standard number" : "'" + numberText + "' is not a standard number");
            }
            String standard = cell(cells, 1).strip();
            if (number != null) {
                if (!seen.add(number)) {
                    errors.add("Standard " + number + " is in the file twice");
                }
                String expected = kind.standard(number);
                if (!standard.isEmpty() && !standard.equalsIgnoreCase(expected)) {
                    errors.add("Standard " + number + " is '" + expected + "', not '" + standard + "'");
                }
            }
            SelfRating rating = null;
            try {
                rating = SelfRating.parse(cell(cells, 2));
            } catch (UserInputException e) {
                errors.add(e.getMessage());
            }
            String evidence = cell(cells, 3);
            if (rating != null && evidence.isBlank()) {
                errors.add("A rating needs its evidence");
            }
            rows.add(new Row(i + 1, number, number == null ? standard : kind.standard(number), rating, evidence, cell(cells, 4),
                    cell(cells, 5), errors));
        }
        if (!rows.isEmpty() && rows.stream().allMatch(r -> r.rating() == null && r.errors().isEmpty())) {
            fileErrors.add("No standard is rated: fill in the Rating (1-4) column before importing the return");
        }
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= kind.standards().size(); n++) {
            if (!seen.contains(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            fileErrors.add((missing.size() == 1 ? "Standard " : "Standards ") + missing.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " of " + kind.label() + " have no row");
        }
        return new Result(roundId, organisation, returnedOn, rows, fileErrors);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }
}
