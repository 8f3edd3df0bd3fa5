package org.hubdesk.service.report;

/**
 * What a report is about: a group, a partnership year, or one item (a meeting, a hub cycle) by
 * id. A report says which of these it needs ({@link Report#needs()}); the rest stay null.
 */
public record ReportScope(String group, Integer year, Long itemId) {
    public enum Kind {
        GROUP("Group"), YEAR("Partnership year"), ITEM("Item");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReportScope {
        group = group == null || group.isBlank() ? null : group.strip();
    }

    public static ReportScope none() {
        return new ReportScope(null, null, null);
    }

    public static ReportScope ofGroup(String group) {
        return new ReportScope(group, null, null);
    }

    public static ReportScope ofYear(Integer year) {
        return new ReportScope(null, year, null);
    }

    public static ReportScope ofItem(long itemId) {
        return new ReportScope(null, null, itemId);
    }

    /** One item, or none (the report picks its default) when no id is given. */
    public static ReportScope ofItemOrNone(Long itemId) {
        return new ReportScope(null, null, itemId);
    }
}
