package org.hubdesk.service.assurance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.PerformanceException;
import org.hubdesk.domain.assurance.PerformanceImport;
import org.hubdesk.domain.assurance.Quarter;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.members.RegisterSpreadsheet;
import org.hubdesk.store.Database;
import org.hubdesk.store.assurance.PerformanceRepository;
import org.jooq.DSLContext;

/**
 * The quarterly multi-agency dataset: indicators, their values with commentary, the exceptions the
 * Performance group reports on, and the import of a quarter's figures (preview, then one write).
 */
public final class PerformanceService {
    private final Database database;

    public PerformanceService(Database database) {
        this.database = database;
    }

    /** An indicator with its values in quarter order and the latest quarter's exceptions. */
    public record Series(Indicator indicator, List<IndicatorValue> values, List<PerformanceException> exceptions) {
        public Series {
            values = List.copyOf(values);
            exceptions = List.copyOf(exceptions);
        }

        public Optional<IndicatorValue> latest() {
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }

        /** The values up to and including {@code last}, at most {@code count} of them. */
        public List<IndicatorValue> upTo(Quarter last, int count) {
            List<IndicatorValue> until = values.stream().filter(v -> v.quarter().compareTo(last) <= 0).toList();
            return until.subList(Math.max(0, until.size() - count), until.size());
        }
    }

    public List<Series> series() {
        return database.transaction(PerformanceService::series);
    }

    static List<Series> series(DSLContext ctx) {
        return series(ctx, null);
    }

    /** Every indicator's series; exceptions are those of {@code quarter}, else of each one's latest quarter. */
    static List<Series> series(DSLContext ctx, Quarter quarter) {
        PerformanceRepository repo = new PerformanceRepository(ctx);
        Map<Long, List<IndicatorValue>> values = repo.values();
        List<Series> list = new ArrayList<>();
        for (Indicator i : repo.indicators()) {
            List<IndicatorValue> v = values.getOrDefault(i.id(), List.of());
            Quarter q = quarter != null ? quarter : v.isEmpty() ? null : v.get(v.size() - 1).quarter();
            list.add(new Series(i, v, q == null ? List.of() : PerformanceException.of(i, v, q)));
        }
        return list;
    }

    /** These indicators' series in this order (a delivery plan's chosen ones); an id no longer there is left out. */
    public static List<Series> chosen(DSLContext ctx, List<Long> ids) {
        Map<Long, Series> byId = new HashMap<>();
        series(ctx).forEach(s -> byId.put(s.indicator().id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Reads .xlsx or .csv; never writes. */
    public PerformanceImportPreview previewImport(Path file) {
        List<List<String>> table;
        try {
            table = RegisterSpreadsheet.read(file);
        } catch (UserInputException e) {
            return new PerformanceImportPreview(file, List.of(), List.of(e.getMessage()));
        }
        List<Indicator> known = database.transaction(ctx -> new PerformanceRepository(ctx).indicators());
        PerformanceImport.Result result = PerformanceImport.parse(table, known);
        return new PerformanceImportPreview(file, result.rows(), result.fileErrors());
    }

    /** Writes every row of a preview without errors in ONE transaction; returns the values written. */
    public int importConfirmed(PerformanceImportPreview preview) {
        preview.requireNoErrors();
        return database.transaction(ctx -> {
            PerformanceRepository repo = new PerformanceRepository(ctx);
            Map<String, Indicator> saved = new HashMap<>();
            int n = 0;
            for (PerformanceImport.Row row : preview.rows()) {
                String key = row.indicator().name().toLowerCase(java.util.Locale.ROOT);
                Indicator i = saved.get(key);
                if (i == null) {
                    Indicator current = row.indicator().id() != 0 ? row.indicator()
                            : repo.indicatorNamed(row.indicator().name()).map(x -> new Indicator(x.id(), x.name(), row.indicator().theme(),
                                    row.indicator().agency(), row.indicator().unit(), row.indicator().polarity(), row.indicator().target()))
                            .orElse(row.indicator());
                    i = repo.save(current);
                    saved.put(key, i);
                } else if (!i.equals(row.indicator().withId(i.id()))) {
                    // A later row of the same indicator may carry a newer target or unit: the last one wins.
                    i = repo.save(row.indicator().withId(i.id()));
                    saved.put(key, i);
                }
                repo.put(new IndicatorValue(i.id(), row.quarter(), row.value(), row.commentary()));
                n++;
            }
            return n;
        });
    }

    /** Adds or updates an indicator (the screen's and the demo's way in). */
    public Indicator saveIndicator(Indicator indicator) {
        return database.transaction(ctx -> new PerformanceRepository(ctx).save(indicator));
    }

    public void putValue(IndicatorValue value) {
        database.run(ctx -> new PerformanceRepository(ctx).put(value));
    }
}
