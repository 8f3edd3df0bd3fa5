package org.hubdesk.store.report;

import static org.hubdesk.schema.Tables.ACTION_ITEM;
import static org.hubdesk.schema.Tables.AGENCY;
import static org.hubdesk.schema.Tables.MEMBERSHIP;
import static org.hubdesk.schema.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.schema.tables.records.ActionItemRecord;
import org.jooq.DSLContext;

/** Read-only queries the reports need beyond the features' own repositories (the action log). */
public final class ReportRepository {
    private final DSLContext ctx;

    public ReportRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** One action of the partnership's action log, with its lead's name and agency when the lead is a person. */
    public record ActionLine(long id, String description, String leadName, String leadAgency, LocalDate dueDate,
                             String dueMonth, String status, LocalDate createdOn, LocalDate completedOn) {
    }

    public List<ActionLine> actions() {
        return ctx.select(ACTION_ITEM.fields()).select(PERSON.FULL_NAME, AGENCY.NAME)
                .from(ACTION_ITEM)
                .leftJoin(PERSON).on(PERSON.ID.eq(ACTION_ITEM.LEAD_PERSON_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(PERSON.AGENCY_ID))
                .orderBy(ACTION_ITEM.SORT_ORDER, ACTION_ITEM.ID)
                .fetch(r -> new ActionLine(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.DESCRIPTION),
                        r.get(PERSON.FULL_NAME) != null ? r.get(PERSON.FULL_NAME) : r.get(ACTION_ITEM.LEAD_TEXT),
                        r.get(AGENCY.NAME), r.get(ACTION_ITEM.DUE_DATE), r.get(ACTION_ITEM.DUE_MONTH), r.get(ACTION_ITEM.STATUS),
                        r.get(ACTION_ITEM.CREATED_AT).toLocalDate(), r.get(ACTION_ITEM.COMPLETED_ON)));
    }

    /** Every day something was recorded (actions raised, due or done; members joining or leaving). */
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

    /** Adds an action to the log (the demo's history; features add theirs through their own repositories). */
    public long insertAction(String description, Long leadPersonId, String leadText, LocalDate due, String status,
                             LocalDateTime createdAt, LocalDate completedOn, int sortOrder) {
        ActionItemRecord r = ctx.newRecord(ACTION_ITEM);
        r.setDescription(description);
        r.setLeadPersonId(leadPersonId);
        r.setLeadText(leadText);
        r.setDueDate(due);
        r.setStatus(status);
        r.setCreatedAt(createdAt);
        r.setCompletedOn(completedOn);
        r.setSortOrder(sortOrder);
        r.store();
        return r.getId();
    }
}
