package org.hubdesk.domain.plan;

import java.util.Arrays;
import java.util.List;
import org.hubdesk.domain.common.Labels;

/**
 * The sections of the delivery plan, exactly as Appendix 2 of the Learning Hub terms of reference
 * names and orders them. {@link #layout()} gives the template's two-column arrangement so the editor
 * and the report draw the same table.
 */
public enum DeliveryPlanSection {
    PRIORITY(Kind.PRIORITY),
    CURRENT_DATA(Kind.TEXT),
    SUCCESS_MEASURES(Kind.NUMBERED),
    GUIDANCE(Kind.TEXT),
    PREVIOUS_HUBS(Kind.EVIDENCE),
    VISITS_AND_OBSERVATIONS(Kind.EVIDENCE),
    SELF_ASSESSMENT(Kind.EVIDENCE),
    CASE_REVIEWS(Kind.EVIDENCE),
    MULTI_AGENCY_AUDITS(Kind.EVIDENCE),
    SINGLE_AGENCY_AUDITS(Kind.EVIDENCE),
    FEEDBACK_CHILDREN_AND_FAMILIES(Kind.EVIDENCE),
    FEEDBACK_PROFESSIONALS(Kind.EVIDENCE),
    EVIDENCE_MISSING(Kind.TEXT),
    ACTION_PLAN(Kind.ACTIONS);

    /** What a section holds. */
    public enum Kind {
        /** The priority's title. */
        PRIORITY,
        /** Rich text. */
        TEXT,
        /** Rich text, one measure per paragraph, shown numbered as the template does (1., 2., 3.). */
        NUMBERED,
        /** Evidence entries (and, under visits and observations, practice downloads). */
        EVIDENCE,
        /** Action plan rows: action, lead, timescale. */
        ACTIONS
    }

    /** Where a section sits in the template's table: a row, and the left, right or both columns. */
    public enum Column { LEFT, RIGHT, BOTH }

    /**
     * One cell of the template. Current data and performance sits at the left of the four sections
     * stacked on the right (success measures down to visits and observations), as in Appendix 2.
     */
    public record Cell(DeliveryPlanSection section, int row, Column column, int rowSpan) {
    }

    private static final List<Cell> LAYOUT = List.of(
            new Cell(PRIORITY, 0, Column.BOTH, 1),
            new Cell(CURRENT_DATA, 1, Column.LEFT, 4),
            new Cell(SUCCESS_MEASURES, 1, Column.RIGHT, 1),
            new Cell(GUIDANCE, 2, Column.RIGHT, 1),
            new Cell(PREVIOUS_HUBS, 3, Column.RIGHT, 1),
            new Cell(VISITS_AND_OBSERVATIONS, 4, Column.RIGHT, 1),
            new Cell(SELF_ASSESSMENT, 5, Column.BOTH, 1),
            new Cell(CASE_REVIEWS, 6, Column.BOTH, 1),
            new Cell(MULTI_AGENCY_AUDITS, 7, Column.LEFT, 1),
            new Cell(SINGLE_AGENCY_AUDITS, 7, Column.RIGHT, 1),
            new Cell(FEEDBACK_CHILDREN_AND_FAMILIES, 8, Column.LEFT, 1),
            new Cell(FEEDBACK_PROFESSIONALS, 8, Column.RIGHT, 1),
            new Cell(EVIDENCE_MISSING, 9, Column.BOTH, 1),
            new Cell(ACTION_PLAN, 10, Column.BOTH, 1));

    /** The action plan's column headings, as the template writes them. */
    public static final List<String> ACTION_PLAN_HEADINGS = List.of("Action plan", "Lead", "Timescale");

    private final Kind kind;

    DeliveryPlanSection(Kind kind) {
        this.kind = kind;
    }

    /** The section's heading, in the template's words. */
    public String title() {
        return Labels.of(this, "title");
    }

    public Kind kind() {
        return kind;
    }

    public boolean holdsEvidence() {
        return kind == Kind.EVIDENCE;
    }

    public boolean holdsText() {
        return kind == Kind.TEXT || kind == Kind.NUMBERED;
    }

    /** The template's cells in reading order (row, then left before right). */
    public static List<Cell> layout() {
        return LAYOUT;
    }

    public Cell cell() {
        return LAYOUT.stream().filter(c -> c.section() == this).findFirst().orElseThrow();
    }

    /** The section drawn beside this one in the template, if any. */
    public DeliveryPlanSection beside() {
        Cell mine = cell();
        if (mine.column() == Column.BOTH) {
            return null;
        }
        return LAYOUT.stream()
                .filter(c -> c.row() == mine.row() && c.column() != mine.column() && c.column() != Column.BOTH)
                .map(Cell::section).findFirst().orElse(null);
    }

    public static List<DeliveryPlanSection> evidenceSections() {
        return Arrays.stream(values()).filter(DeliveryPlanSection::holdsEvidence).toList();
    }

    /** The section whose stored code is {@code code}; codes are the enum names so renames never touch old plans. */
    public static DeliveryPlanSection fromCode(String code) {
        return valueOf(code);
    }

    @Override
    public String toString() {
        return title();
    }
}
