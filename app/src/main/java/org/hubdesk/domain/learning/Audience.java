package org.hubdesk.domain.learning;

import org.hubdesk.domain.common.Labelled;

/** The four target audience rows of seed 004 Appendix C, in its order and words. */
public enum Audience implements Labelled {
    INTERNAL,
    WORKFORCE,
    EXTERNAL,
    GENERAL;

    /** The first words, for narrow lists ("Internal communications"). */
    public String shortLabel() {
        String label = label();
        return label.substring(0, label.indexOf(" ("));
    }

    @Override
    public String toString() {
        return label();
    }
}
