package org.hubdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hubdesk.domain.assurance.CalendarEntry;
import org.hubdesk.domain.assurance.RatingChange;
import org.hubdesk.domain.home.DueKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every enum that takes its words from labels.properties finds them there, and the file holds nothing else. */
class LabelsTest {
    private static List<Class<?>> worded;

    /** The enums of the main code that implement {@link Labelled} or ask {@link Labels} for a part. */
    @BeforeAll
    static void findTheEnumsThatUseTheFile() {
        worded = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hubdesk")) {
            boolean usesLabels = c.isAssignableTo(Labelled.class)
                    || c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().isEquivalentTo(Labels.class));
            if (c.isEnum() && usesLabels) {
                worded.add(c.reflect());
            }
        }
    }

    @Test
    void theEnumsAreFound() {
        assertThat(worded).contains(RatingChange.class, DueKind.class, CalendarEntry.Kind.class).hasSizeGreaterThan(30);
    }

    @Test
    void everyConstantHasEveryWordItsEnumShows() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : worded) {
            for (Object constant : type.getEnumConstants()) {
                for (Method words : wordMethods(type)) {
                    try {
                        Object text = words.invoke(constant);
                        if (text == null) {
                            missing.add(constant + "." + words.getName() + "() is null");
                        }
                    } catch (InvocationTargetException e) {
                        missing.add(e.getCause().getMessage());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBelongsToAConstantOfAnEnumThatUsesTheFile() {
        Map<String, Class<?>> byPrefix = new HashMap<>();
        for (Class<?> type : worded) {
            Class<?> other = byPrefix.put(Labels.prefix(type), type);
            assertThat(other).as("two enums share the key prefix " + Labels.prefix(type)).isNull();
        }
        Set<String> known = new HashSet<>();
        for (Class<?> type : worded) {
            for (Object constant : type.getEnumConstants()) {
                known.add(Labels.prefix(type) + ((Enum<?>) constant).name() + ".");
            }
        }
        List<String> stray = Labels.keys().stream()
                .filter(key -> known.stream().noneMatch(key::startsWith))
                .sorted().toList();
        assertThat(stray).isEmpty();
    }

    @Test
    void aMissingWordIsAProgrammingErrorNamingTheKey() {
        assertThatThrownBy(() -> Labels.of(RatingChange.SAME, "nickname"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RatingChange.SAME.nickname");
    }

    @Test
    void wordsAreReadAsWrittenIncludingPunctuationAndEmptyValues() {
        assertThat(RatingChange.SAME.symbol()).isEqualTo("=");
        assertThat(RatingChange.NOT_RATED.symbol()).isEmpty();
        assertThat(CalendarEntry.Kind.HUB_CYCLE.label()).isEqualTo("Learning Hub cycle audits (month 2)");
        assertThat(Labels.prefix(CalendarEntry.Kind.class)).isEqualTo("CalendarEntry.Kind.");
    }

    /** The public instance methods without parameters that return words: label(), heading(), toString()... */
    private static List<Method> wordMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == String.class)
                .filter(m -> m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Enum.class)
                .toList();
    }
}
