package org.hubdesk.domain.meetings;

import org.hubdesk.domain.common.Labelled;

/** How a member is recorded at a meeting (seed 004 Appendix A §3: the chair monitors attendance). */
public enum AttendanceStatus implements Labelled {
    PRESENT,
    APOLOGIES,
    DEPUTY_ATTENDING,
    ABSENT;

    /** Present in person or represented by a deputy: counts for quoracy. */
    public boolean represented() {
        return this == PRESENT || this == DEPUTY_ATTENDING;
    }

    @Override
    public String toString() {
        return label();
    }
}
