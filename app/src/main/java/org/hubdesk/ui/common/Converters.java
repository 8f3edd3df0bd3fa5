package org.hubdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choices the user picks from and never types: how each item reads, and how none reads. */
public final class Converters {
    private Converters() {
    }

    /** Shows each item as {@code text} gives it and null as {@code none}; typed text converts to nothing. */
    public static <T> StringConverter<T> showing(Function<? super T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
