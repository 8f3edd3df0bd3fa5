package org.hubdesk.domain.common;

/**
 * An enum whose constants have a label, the words a person sees for them, read from
 * {@link Labels}' file under {@code Type.CONSTANT.label}. An enum that prints as its label still
 * says so itself ({@code toString()} cannot be inherited from an interface).
 */
public interface Labelled {
    /** The constant's name, as every enum has it. */
    String name();

    default String label() {
        return Labels.of((Enum<?>) this, "label");
    }
}
