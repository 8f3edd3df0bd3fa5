package org.hubdesk.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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

    /**
     * The constant a person meant by {@code text}: its label or its name, in any case, with '_' and
     * '-' read as spaces ("in progress", "In-progress", "IN_PROGRESS"); empty when none matches.
     */
    static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        String wanted = text == null ? "" : spaced(text.strip());
        return Arrays.stream(type.getEnumConstants())
                .filter(k -> spaced(k.label()).equals(wanted) || spaced(k.name()).equals(wanted))
                .findFirst();
    }

    private static String spaced(String words) {
        return words.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
