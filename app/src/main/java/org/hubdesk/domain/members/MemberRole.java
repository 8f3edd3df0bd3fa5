package org.hubdesk.domain.members;

import org.hubdesk.domain.common.Labelled;

/** A member's role in a group (seed 004 Appendix A §3: chair and deputy chair). */
public enum MemberRole implements Labelled {
    CHAIR,
    DEPUTY_CHAIR,
    MEMBER;

    @Override
    public String toString() {
        return label();
    }
}
