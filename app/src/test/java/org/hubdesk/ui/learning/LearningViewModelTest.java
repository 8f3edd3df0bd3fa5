package org.hubdesk.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hubdesk.domain.actions.ActionItem;
import org.hubdesk.domain.learning.RecommendationActions;
import org.hubdesk.service.Services;
import org.hubdesk.ui.testing.ScreenSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Learning screen's state without a window: reorder and remove, each undone and redone. */
class LearningViewModelTest {
    @TempDir
    Path dir;

    private Services services;
    private LearningViewModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dir, null);
        services.demo().createDemo(0, LocalDate.now());
        model = new LearningViewModel(ScreenSupport.context(null, services, errors::add));
        model.load();
        // The demo's first cycle has finished, so it has recommendations with actions.
        model.selectedCycle.set(model.cycles.get(model.cycles.size() - 1));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> texts() {
        return model.recommendations.stream().map(r -> r.recommendation().text()).toList();
    }

    @Test
    void movingARecommendationUpCanBeUndoneAndRedone() {
        List<String> before = texts();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        model.move(model.recommendations.get(1), -1);
        assertThat(texts()).containsExactlyElementsOf(concat(before.get(1), before.get(0), before.subList(2, before.size())));
        model.undo().undo();
        assertThat(texts()).isEqualTo(before);
        model.undo().redo();
        assertThat(texts().get(0)).isEqualTo(before.get(1));
        model.move(model.recommendations.get(0), -1);
        assertThat(texts().get(0)).isEqualTo(before.get(1));
        assertThat(errors).isEmpty();
    }

    @Test
    void removingARecommendationTakesItsActionsAndUndoPutsBothBack() {
        RecommendationActions first = model.recommendations.get(0);
        assertThat(first.actions()).isNotEmpty();
        List<Long> actionIds = first.actions().stream().map(ActionItem::id).toList();
        model.removeRecommendation(first);
        assertThat(texts()).doesNotContain(first.recommendation().text());
        assertThat(services.actions().all()).extracting(ActionItem::id).doesNotContainAnyElementsOf(actionIds);
        model.undo().undo();
        assertThat(model.recommendations.get(0).recommendation()).isEqualTo(first.recommendation());
        assertThat(model.recommendations.get(0).actions()).extracting(ActionItem::id).containsExactlyElementsOf(actionIds);
        assertThat(model.selectedRecommendation.get()).isNotNull();
        assertThat(model.actions).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    private static List<String> concat(String a, String b, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(a, b));
        all.addAll(rest);
        return all;
    }
}
