package org.hubdesk.domain.members;

/** A member's role in a group (seed 004 Appendix A §3: chair and deputy chair). */
public enum MemberRole {
    CHAIR("Chair"),
    DEPUTY_CHAIR("Deputy chair"),
    MEMBER("Member");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
