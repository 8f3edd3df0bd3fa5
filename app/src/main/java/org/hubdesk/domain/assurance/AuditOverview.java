package org.hubdesk.domain.assurance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the overview report and the screen show of one round: a heat map of organisations ×
 * standards (this round's rating, last round's beside it, the change), who has not yet returned
 * and every rating that moved since the previous round. Organisations are matched between rounds
 * by name, ignoring case.
 */
public record AuditOverview(AuditRound round, AuditRound previousRound, List<Row> rows) {
    public AuditOverview {
        rows = List.copyOf(rows);
    }

    /** One standard of one organisation. */
    public record Cell(int standardNumber, SelfRating rating, SelfRating previous) {
        public RatingChange change() {
            return RatingChange.between(previous, rating);
        }

        /** What a heat map cell says: "3" with the move since last round, "3 (+1)", "2 (-1)", "4 (=)"; blank if not rated. */
        public String text() {
            if (rating == null) {
                return "";
            }
            if (previous == null) {
                return Integer.toString(rating.score());
            }
            int d = rating.score() - previous.score();
            return rating.score() + " (" + (d > 0 ? "+" + d : d < 0 ? Integer.toString(d) : "=") + ")";
        }
    }

    /** One organisation's line of the heat map. */
    public record Row(SelfAssessment assessment, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String organisation() {
            return assessment.organisation();
        }

        public boolean returned() {
            return assessment.returned();
        }
    }

    /** A standard whose rating moved: "Northbridge Constabulary, 6 Information Sharing...: 2 to 3". */
    public record Change(String organisation, int standardNumber, String standard, SelfRating previous, SelfRating now,
                         RatingChange change) {
    }

    public static AuditOverview of(AuditRound round, List<SelfAssessment> assessments, AuditRound previousRound,
                                   List<SelfAssessment> previousAssessments) {
        Map<String, SelfAssessment> before = new HashMap<>();
        if (previousAssessments != null) {
            previousAssessments.stream().filter(SelfAssessment::returned).forEach(a -> before.put(key(a.organisation()), a));
        }
        int standards = round.kind().standards().size();
        List<Row> rows = new ArrayList<>();
        for (SelfAssessment a : assessments) {
            SelfAssessment last = before.get(key(a.organisation()));
            List<Cell> cells = new ArrayList<>();
            for (int n = 1; n <= standards; n++) {
                cells.add(new Cell(n, a.returned() ? a.ratingOf(n) : null, last == null ? null : last.ratingOf(n)));
            }
            rows.add(new Row(a, cells));
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> !r.returned()).thenComparing(r -> r.organisation().toLowerCase(Locale.ROOT)));
        return new AuditOverview(round, previousRound, rows);
    }

    public List<Row> returnedRows() {
        return rows.stream().filter(Row::returned).toList();
    }

    /** The agencies or schools asked for a return that has not come back. */
    public List<String> notYetReturned() {
        return rows.stream().filter(r -> !r.returned()).map(Row::organisation).toList();
    }

    /** Every rating that went up or down since the previous round, declines first. */
    public List<Change> changes() {
        List<Change> list = new ArrayList<>();
        for (Row row : returnedRows()) {
            for (Cell c : row.cells()) {
                RatingChange ch = c.change();
                if (ch == RatingChange.IMPROVED || ch == RatingChange.DECLINED) {
                    list.add(new Change(row.organisation(), c.standardNumber(), round.kind().standard(c.standardNumber()), c.previous(),
                            c.rating(), ch));
                }
            }
        }
        list.sort(java.util.Comparator.comparing((Change c) -> c.change() != RatingChange.DECLINED));
        return list;
    }

    /** The average rating of one standard over the returns that rated it; NaN when none did. */
    public double average(int standardNumber) {
        return returnedRows().stream().map(r -> r.cells().get(standardNumber - 1).rating()).filter(java.util.Objects::nonNull)
                .mapToInt(SelfRating::score).average().orElse(Double.NaN);
    }

    public long count(RatingChange change) {
        return returnedRows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.change() == change).count();
    }

    private static String key(String organisation) {
        return organisation.strip().toLowerCase(Locale.ROOT);
    }
}
