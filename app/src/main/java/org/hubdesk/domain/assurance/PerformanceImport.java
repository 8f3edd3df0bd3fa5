package org.hubdesk.domain.assurance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hubdesk.domain.common.ImportRow;
import org.hubdesk.domain.common.UserInputException;

/**
 * Reads the quarterly dataset from a spreadsheet: one row per indicator per quarter, columns found
 * by their heading (Indicator, Quarter, Value required; Theme, Agency, Unit, Polarity, Target,
 * Commentary optional). A new indicator needs its theme; for a known one the other columns may be
 * left empty. Every row is checked; nothing is written here.
 */
public final class PerformanceImport {
    public enum Column {
        INDICATOR("indicator", "indicator name", "measure"),
        THEME("theme"),
        AGENCY("agency", "providing agency", "provider"),
        UNIT("unit"),
        POLARITY("polarity", "good is"),
        TARGET("target"),
        QUARTER("quarter", "period"),
        VALUE("value", "figure"),
        COMMENTARY("commentary", "comment", "comments");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        public static Optional<Column> forHeader(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.names.contains(t)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        public String heading() {
            String n = names.get(0);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    private PerformanceImport() {
    }

    /** One row: the indicator as it would be saved, the quarter's value, and what is wrong. */
    public record Row(int rowNumber, Indicator indicator, boolean newIndicator, Quarter quarter, Double value, String commentary,
                      List<String> errors) implements ImportRow {
        public Row {
            errors = List.copyOf(errors);
        }
    }

    public record Result(List<Row> rows, List<String> fileErrors) {
        public Result {
            rows = List.copyOf(rows);
            fileErrors = List.copyOf(fileErrors);
        }
    }

    /** @param known the indicators already in Hubdesk, matched by name ignoring case */
    public static Result parse(List<List<String>> table, List<Indicator> known) {
        Map<String, Indicator> byName = new HashMap<>();
        known.forEach(i -> byName.put(key(i.name()), i));
        int header = -1;
        Map<Column, Integer> columns = new HashMap<>();
        for (int r = 0; r < table.size() && header < 0; r++) {
            Map<Column, Integer> found = new HashMap<>();
            List<String> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                int col = c;
                Column.forHeader(row.get(c)).ifPresent(k -> found.putIfAbsent(k, col));
            }
            if (found.containsKey(Column.INDICATOR) && found.containsKey(Column.VALUE)) {
                header = r;
                columns = found;
            }
        }
        if (header < 0) {
            return new Result(List.of(), List.of("No heading row with Indicator, Quarter and Value was found"));
        }
        if (!columns.containsKey(Column.QUARTER)) {
            return new Result(List.of(), List.of("The heading row has no Quarter column"));
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Indicator> inFile = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int r = header + 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            String name = get(cells, columns, Column.INDICATOR);
            String theme = get(cells, columns, Column.THEME);
            Indicator existing = name.isBlank() ? null : inFile.getOrDefault(key(name), byName.get(key(name)));
            Polarity polarity = existing == null ? Polarity.NEITHER : existing.polarity();
            String polarityText = get(cells, columns, Column.POLARITY);
            if (!polarityText.isBlank()) {
                try {
                    polarity = Polarity.parse(polarityText);
                } catch (UserInputException e) {
                    errors.add(e.getMessage());
                }
            }
            Double target = existing == null ? null : existing.target();
            String targetText = get(cells, columns, Column.TARGET);
            if (!targetText.isBlank()) {
                target = number(targetText, "target", errors);
            }
            Indicator indicator = null;
            if (name.isBlank()) {
                errors.add("No indicator name");
            } else if (existing == null && theme.isBlank()) {
                errors.add("'" + name.strip() + "' is a new indicator: give its theme, e.g. " + Indicator.THEMES.get(0));
            } else {
                String agency = or(get(cells, columns, Column.AGENCY), existing == null ? null : existing.agency());
                String unit = or(get(cells, columns, Column.UNIT), existing == null ? null : existing.unit());
                indicator = new Indicator(existing == null ? 0 : existing.id(), existing == null ? name : existing.name(),
                        or(theme, existing == null ? null : existing.theme()), agency, unit, polarity, target);
                inFile.put(key(name), indicator);
            }
            Quarter quarter = null;
            try {
                quarter = Quarter.parse(get(cells, columns, Column.QUARTER));
            } catch (UserInputException e) {
                errors.add(e.getMessage());
            }
            String valueText = get(cells, columns, Column.VALUE);
            Double value = valueText.isBlank() ? null : number(valueText, "value", errors);
            if (valueText.isBlank()) {
                errors.add("No value");
            }
            if (quarter != null && !name.isBlank() && !seen.add(key(name) + "|" + quarter)) {
                errors.add("'" + name.strip() + "' has " + quarter.label() + " twice in the file");
            }
            rows.add(new Row(r + 1, indicator, existing == null || existing.id() == 0, quarter, value,
                    get(cells, columns, Column.COMMENTARY), errors));
        }
        if (rows.isEmpty()) {
            return new Result(rows, List.of("The file has no rows under its heading"));
        }
        return new Result(rows, List.of());
    }

    private static Double number(String text, String what, List<String> errors) {
        String t = text.strip().replace(",", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("The " + what + " '" + text.strip() + "' is not a number");
        return null;
    }

    private static String get(List<String> cells, Map<Column, Integer> columns, Column c) {
        Integer i = columns.get(c);
        return i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i);
    }

    private static String or(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
