package org.hubdesk.domain.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words our enums show to people (labels, headings, titles), kept in one file,
 * {@code org/hubdesk/domain/labels.properties}, so an enum holds its constants and its rules and
 * a wording is changed in one place. A key is the enum's name inside its package, the constant and
 * the part: {@code RatingChange.IMPROVED.label}, {@code CalendarEntry.Kind.OBSERVATION.label}.
 * {@link Labelled} gives an enum its {@code label()}; other parts are asked for with {@link #of}.
 */
public final class Labels {
    /** Where the words are, on the class path. */
    public static final String RESOURCE = "/org/hubdesk/domain/labels.properties";

    private static final Map<String, String> WORDS = load();

    private static final ClassValue<String> PREFIX = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return prefix(type);
        }
    };

    private Labels() {
    }

    /** The words {@code part} of {@code constant}, for example its "heading"; a missing key is a programming error. */
    public static String of(Enum<?> constant, String part) {
        String key = PREFIX.get(constant.getDeclaringClass()) + constant.name() + "." + part;
        String words = WORDS.get(key);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return words;
    }

    /** Every key of the file, for the test that checks each enum has its words and nothing else is there. */
    public static Set<String> keys() {
        return WORDS.keySet();
    }

    /** "CalendarEntry.Kind." for {@code org.hubdesk.domain.assurance.CalendarEntry$Kind}. */
    public static String prefix(Class<?> enumType) {
        return enumType.getName().substring(enumType.getPackageName().length() + 1).replace('$', '.') + ".";
    }

    private static Map<String, String> load() {
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
