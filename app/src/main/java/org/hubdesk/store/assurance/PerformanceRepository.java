package org.hubdesk.store.assurance;

import static org.hubdesk.schema.Tables.PERFORMANCE_INDICATOR;
import static org.hubdesk.schema.Tables.PERFORMANCE_VALUE;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.assurance.IndicatorValue;
import org.hubdesk.domain.assurance.Quarter;
import org.hubdesk.schema.tables.records.PerformanceIndicatorRecord;
import org.hubdesk.store.NamedColumns;
import org.hubdesk.store.Repository;
import org.hubdesk.store.RowMapping;
import org.jooq.impl.DSL;
import org.jooq.DSLContext;

/** The multi-agency dataset: indicators and their quarterly values. */
public final class PerformanceRepository extends Repository {
    private static final RowMapping<PerformanceIndicatorRecord, Indicator> INDICATORS = NamedColumns.of(PERFORMANCE_INDICATOR.ID,
            Indicator.class).mapping();

    public PerformanceRepository(DSLContext ctx) {
        super(ctx);
    }

    /** Every indicator, by theme then name. */
    public List<Indicator> indicators() {
        return INDICATORS.list(ctx, DSL.noCondition(), PERFORMANCE_INDICATOR.THEME, PERFORMANCE_INDICATOR.NAME);
    }

    public Optional<Indicator> indicatorNamed(String name) {
        return ctx.selectFrom(PERFORMANCE_INDICATOR).where(PERFORMANCE_INDICATOR.NAME.equalIgnoreCase(name.strip())).fetchOptional()
                .map(INDICATORS.toValue());
    }

    /** Inserts a new indicator or updates the one with its id. */
    public Indicator save(Indicator i) {
        return i.withId(INDICATORS.save(ctx, i));
    }

    /** Every indicator's values in quarter order, by indicator id. */
    public Map<Long, List<IndicatorValue>> values() {
        Map<Long, List<IndicatorValue>> result = new LinkedHashMap<>();
        ctx.selectFrom(PERFORMANCE_VALUE).orderBy(PERFORMANCE_VALUE.INDICATOR_ID, PERFORMANCE_VALUE.QUARTER_START).fetch()
                .forEach(r -> result.computeIfAbsent(r.getIndicatorId(), k -> new ArrayList<>()).add(new IndicatorValue(
                        r.getIndicatorId(), new Quarter(YearMonth.from(r.getQuarterStart())), r.getAmount(), r.getCommentary())));
        return result;
    }

    /** Writes one quarter's figure, replacing any figure already there for that quarter. */
    public void put(IndicatorValue v) {
        ctx.deleteFrom(PERFORMANCE_VALUE).where(PERFORMANCE_VALUE.INDICATOR_ID.eq(v.indicatorId()))
                .and(PERFORMANCE_VALUE.QUARTER_START.eq(v.quarter().firstDay())).execute();
        ctx.insertInto(PERFORMANCE_VALUE)
                .set(PERFORMANCE_VALUE.INDICATOR_ID, v.indicatorId())
                .set(PERFORMANCE_VALUE.QUARTER_START, v.quarter().firstDay())
                .set(PERFORMANCE_VALUE.AMOUNT, v.value())
                .set(PERFORMANCE_VALUE.COMMENTARY, v.commentary())
                .execute();
    }

}
