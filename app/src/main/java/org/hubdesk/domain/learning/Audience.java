package org.hubdesk.domain.learning;

/** The four target audience rows of seed 004 Appendix C, in its order and words. */
public enum Audience {
    INTERNAL("Internal communications (Partnership members)"),
    WORKFORCE("Workforce communications (professionals working within partner organisations)"),
    EXTERNAL("External communications (children, YP, parents/carers)"),
    GENERAL("General communications (general public)");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first words, for narrow lists ("Internal communications"). */
    public String shortLabel() {
        return label.substring(0, label.indexOf(" ("));
    }

    @Override
    public String toString() {
        return label;
    }
}
