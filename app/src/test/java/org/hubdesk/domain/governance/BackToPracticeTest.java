package org.hubdesk.domain.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Back to Practice model of seed 001: where its stages sit and how the work flows round. */
class BackToPracticeTest {
    @Test
    void theStagesSitWhereTheSeedsDiagramPutsThemAndTheWorkGoesRound() {
        assertThat(BackToPractice.left(BackToPractice.DOWNLOAD)).isLessThan(BackToPractice.left(BackToPractice.LEARNING_HUB));
        assertThat(BackToPractice.left(BackToPractice.LEARNING_HUB)).isLessThan(BackToPractice.left(BackToPractice.BOARD));
        assertThat(BackToPractice.left(BackToPractice.TASK_GROUPS)).isEqualTo(BackToPractice.left(BackToPractice.LEARNING_HUB));
        assertThat(BackToPractice.top(BackToPractice.TASK_GROUPS)).isLessThan(BackToPractice.top(BackToPractice.LEARNING_HUB));
        List<BackToPractice.Flow> flows = BackToPractice.flows();
        for (int i = 0; i < flows.size(); i++) {
            assertThat(flows.get(i).to()).isEqualTo(flows.get((i + 1) % flows.size()).from());
        }
        assertThat(flows.get(0).from()).isEqualTo(BackToPractice.DOWNLOAD);
    }

    @Test
    void everyArrowRunsFromTheEdgeOfOneBoxToTheEdgeOfTheNextAndStaysInThePicture() {
        for (BackToPractice.Flow f : BackToPractice.flows()) {
            double[] a = BackToPractice.arrow(f);
            assertThat(onEdge(f.from(), a[0], a[1])).as("start of %s", f.label()).isTrue();
            assertThat(onEdge(f.to(), a[2], a[3])).as("end of %s", f.label()).isTrue();
            for (double v : a) {
                assertThat(v).isBetween(0.0, Math.max(BackToPractice.width(), BackToPractice.height()));
            }
        }
    }

    @Test
    void theModelInWordsNamesEachStagesColourSoColourIsNotTheOnlySignal() {
        List<String> words = BackToPractice.sentences();
        assertThat(words).contains("Download (green): information on multi-agency front-line practice, with feedback from "
                + "children, young people, parents and carers.");
        assertThat(words).anyMatch(w -> w.startsWith("Priority task groups (darker blue)"));
        assertThat(words).anyMatch(w -> w.startsWith("From Priority task groups to the Download (impact on practice): "));
    }

    private static boolean onEdge(BackToPractice.Stage s, double x, double y) {
        double l = BackToPractice.left(s);
        double t = BackToPractice.top(s);
        double r = l + BackToPractice.BOX_WIDTH;
        double b = t + BackToPractice.BOX_HEIGHT;
        boolean inside = x >= l - 0.01 && x <= r + 0.01 && y >= t - 0.01 && y <= b + 0.01;
        boolean edge = Math.abs(x - l) < 0.01 || Math.abs(x - r) < 0.01 || Math.abs(y - t) < 0.01 || Math.abs(y - b) < 0.01;
        return inside && edge;
    }
}
