package org.hubdesk.store.report;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.MEMBERSHIP;
import static org.hubdesk.schema.Tables.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.hubdesk.store.Repository;
import org.hubdesk.store.actions.ActionRepository;
import org.jooq.DSLContext;

/** Read-only queries the reports need beyond the features' own repositories. */
public final class ReportRepository extends Repository {
    public ReportRepository(DSLContext ctx) {
        super(ctx);
    }

    /** An action with what a paper prints beside it: its lead's name and agency, and the day it was raised. */
    public record ActionLine(ActionItem action, String leadName, String leadAgency, LocalDate raisedOn) {
    }

    public List<ActionLine> actions() {
        return ctx.select(ACTION_ITEM.fields()).select(PERSON.FULL_NAME, AGENCY.NAME)
                .from(ACTION_ITEM)
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(PERSON.AGENCY_ID))
                .orderBy(ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .fetch(r -> {
                    ActionItemRecord action = r.into(ACTION_ITEM);
                    return new ActionLine(ActionRepository.toAction(action),
                            r.get(PERSON.FULL_NAME) != null ? r.get(PERSON.FULL_NAME) : action.getLeadText(),
                            r.get(AGENCY.NAME), action.getCreatedAt().toLocalDate());
                });
    }

    /** Adds an action raised on a day in the past (the demo's synthetic history). */
    public ActionItem insertRaisedOn(ActionItem action, LocalDate raisedOn) {
        return new ActionRepository(ctx).insert(action, r -> r.setCreatedAt(raisedOn.atTime(10, 0)));
    }

    /** Every day something was recorded (actions raised or done; members joining or leaving). */
    public List<LocalDate> activityDays() {
        List<LocalDate> days = new ArrayList<>();
        ctx.select(ACTION_ITEM.CREATED_AT, ACTION_ITEM.COMPLETED_ON).from(ACTION_ITEM).forEach(r -> {
            days.add(r.value1().toLocalDate());
            if (r.value2() != null) {
                days.add(r.value2());
            }
        });
        ctx.select(MEMBERSHIP.STARTS_ON, MEMBERSHIP.ENDS_ON).from(MEMBERSHIP).forEach(r -> {
            if (r.value1() != null) {
                days.add(r.value1());
            }
            if (r.value2() != null) {
                days.add(r.value2());
            }
        });
        return days;
    }
}
