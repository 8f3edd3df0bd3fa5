package org.hubdesk.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hubdesk.domain.plan.RichText.BulletList;
import org.hubdesk.domain.plan.RichText.Edit;
import org.hubdesk.domain.plan.RichText.Paragraph;
import org.hubdesk.domain.plan.RichText.Run;
import org.hubdesk.domain.plan.RichText.Style;
import org.junit.jupiter.api.Test;

class RichTextTest {
    @Test
    void linesAreParagraphsAndDashedLinesFormOneBulletList() {
        RichText text = RichText.parse("First point.\n\n- one\n- two\n* three\nAfter the list.");
        assertThat(text.blocks()).hasSize(3);
        assertThat(text.blocks().get(0)).isEqualTo(new Paragraph(List.of(Run.plain("First point."))));
        assertThat(((BulletList) text.blocks().get(1)).items()).hasSize(3);
        assertThat(text.lines()).containsExactly("First point.", "• one", "• two", "• three", "After the list.");
    }

    @Test
    void boldAndItalicBecomeRuns() {
        assertThat(RichText.parseRuns("a **bold** and *italic* end")).containsExactly(
                Run.plain("a "), new Run("bold", true, false), Run.plain(" and "), new Run("italic", false, true), Run.plain(" end"));
        assertThat(RichText.parseRuns("***both***")).containsExactly(new Run("both", true, true));
    }

    @Test
    void loneOrEscapedAsterisksStayAsTyped() {
        assertThat(RichText.parseRuns("5 * 3 = 15")).containsExactly(Run.plain("5 * 3 = 15"));
        assertThat(RichText.parseRuns("a \\*not italic\\* b")).containsExactly(Run.plain("a *not italic* b"));
        assertThat(RichText.parseRuns("**unclosed bold")).containsExactly(Run.plain("**unclosed bold"));
        assertThat(RichText.parse("-not a bullet").lines()).containsExactly("-not a bullet");
    }

    @Test
    void blankIsEmpty() {
        assertThat(RichText.parse("  \n\n ").isEmpty()).isTrue();
        assertThat(RichText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void toggleWrapsTheSelectionAndUnwrapsItAgain() {
        Edit bold = RichText.toggle("make this strong", 10, 16, Style.BOLD);
        assertThat(bold.text()).isEqualTo("make this **strong**");
        assertThat(bold.text().substring(bold.selectionStart(), bold.selectionEnd())).isEqualTo("strong");
        Edit back = RichText.toggle(bold.text(), bold.selectionStart(), bold.selectionEnd(), Style.BOLD);
        assertThat(back.text()).isEqualTo("make this strong");
        Edit italic = RichText.toggle("x", 0, 1, Style.ITALIC);
        assertThat(italic.text()).isEqualTo("*x*");
        assertThat(RichText.toggle("*x*", 0, 3, Style.ITALIC).text()).isEqualTo("x");
    }

    @Test
    void toggleWithNoSelectionLeavesTheCaretBetweenMarkers() {
        Edit e = RichText.toggle("ab", 1, 1, Style.BOLD);
        assertThat(e.text()).isEqualTo("a****b");
        assertThat(e.selectionStart()).isEqualTo(3);
        assertThat(e.selectionEnd()).isEqualTo(3);
    }

    @Test
    void italicInsideBoldIsNotMistakenForUnwrapping() {
        Edit e = RichText.toggle("**word**", 2, 6, Style.ITALIC);
        assertThat(e.text()).isEqualTo("***word***");
        assertThat(RichText.parseRuns(e.text())).containsExactly(new Run("word", true, true));
    }
}
