package org.hubdesk.domain.members;

import org.hubdesk.domain.common.Labelled;

/** The kinds of group the seeds describe. */
public enum GroupKind implements Labelled {
    PARTNERSHIP_BOARD,
    LEARNING_HUB,
    LEARNING_FORUM,
    WORKING_GROUP,
    SUBGROUP,
    OTHER;

    @Override
    public String toString() {
        return label();
    }
}
