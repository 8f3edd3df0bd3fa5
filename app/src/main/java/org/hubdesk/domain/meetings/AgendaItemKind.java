package org.hubdesk.domain.meetings;

import org.hubdesk.domain.common.Labelled;
import org.hubdesk.domain.common.UserInputException;

/** Seed 003 Appendix I's "Paper/ Discussion" column, with information and decision items too. */
public enum AgendaItemKind implements Labelled {
    PAPER,
    DISCUSSION,
    INFORMATION,
    DECISION;

    public static AgendaItemKind parse(String text) {
        return Labelled.find(AgendaItemKind.class, text)
                .orElseThrow(() -> new UserInputException("Unknown item kind '" + text + "': use paper, discussion, information or decision"));
    }

    @Override
    public String toString() {
        return label();
    }
}
