package org.hubdesk.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An enum whose constants have a label, the words a person sees for them, read from
 * {@link Labels}' file under {@code Type.CONSTANT.label}, and the lookups every enum's {@code parse}
 * shares. An enum that prints as its label still says so itself ({@code toString()} cannot be
 * inherited from an interface).
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
        return first(type, k -> spaced(k.label()).equals(wanted) || spaced(k.name()).equals(wanted));
    }

    /**
     * As {@link #find}, or a refusal naming {@code what} and every label in lower case:
     * "Unknown activity status 'x': use planned, in progress or done".
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String what) {
        return find(type, text).orElseThrow(() -> {
            List<String> labels = Arrays.stream(type.getEnumConstants()).map(k -> k.label().toLowerCase(Locale.ROOT)).toList();
            String choices = labels.size() == 1 ? labels.get(0)
                    : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
            return new UserInputException("Unknown " + what + " '" + text + "': use " + choices);
        });
    }

    /** The first of {@code type}'s constants, in their order, that {@code test} accepts: the one lookup every enum's parse shares. */
    static <E extends Enum<E>> Optional<E> first(Class<E> type, Predicate<E> test) {
        return Arrays.stream(type.getEnumConstants()).filter(test).findFirst();
    }

    private static String spaced(String words) {
        return words.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
