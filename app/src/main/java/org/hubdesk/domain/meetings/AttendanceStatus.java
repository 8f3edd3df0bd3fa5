package org.hubdesk.domain.meetings;

/** How a member is recorded at a meeting (seed 004 Appendix A §3: the chair monitors attendance). */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    DEPUTY_ATTENDING("Deputy attending"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Present in person or represented by a deputy: counts for quoracy. */
    public boolean represented() {
        return this == PRESENT || this == DEPUTY_ATTENDING;
    }

    @Override
    public String toString() {
        return label;
    }
}
