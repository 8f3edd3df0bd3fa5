package org.hubdesk.domain.meetings;

import org.hubdesk.domain.common.Labelled;

/** Seed 003 Appendix I's "Paper/ Discussion" column, with information and decision items too. */
public enum AgendaItemKind implements Labelled {
    PAPER,
    DISCUSSION,
    INFORMATION,
    DECISION;

    @Override
    public String toString() {
        return label();
    }
}
