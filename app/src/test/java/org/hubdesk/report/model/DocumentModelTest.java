package org.hubdesk.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentModelTest {
    @Test
    void shortRowsArePaddedAndWidthsBecomeFractions() {
        Document doc = Document.builder("T").table(t -> t.column("A", 1).column("B", 3).row("only one")).build();
        Block.Table table = (Block.Table) doc.blocks().get(0);
        assertThat(table.rows().get(0)).extracting(Block.Cell::text).containsExactly("only one", "");
        assertThat(table.fractions()).containsExactly(0.25, 0.75);
    }

    @Test
    void rowsWiderThanTheTableAreRefused() {
        assertThatThrownBy(() -> Document.builder("T").table(t -> t.column("A", 1).row("a", "b")).build())
                .hasMessageContaining("2 cells but the table has 1 columns");
    }

    @Test
    void headingLevelsAreOneToThree() {
        assertThatThrownBy(() -> new Block.Heading(4, "x")).hasMessageContaining("1, 2 or 3");
    }

    @Test
    void blankLabelValuesAreLeftOut() {
        Document doc = Document.builder("T").labelValues(lv -> lv.add("Chair", "A Person").add("Deputy", null).add("Meets", " "))
                .build();
        assertThat(((Block.LabelValues) doc.blocks().get(0)).entries()).extracting(Block.LabelValue::label).containsExactly("Chair");
    }

    @Test
    void theBuilderKeepsOrderMetadataAndOrientation() {
        Document doc = Document.builder("Annual report").subtitle("Draft").author("Unit").landscape()
                .tableOfContents().heading1("One").heading2("Two").toBeWritten("words").build();
        assertThat(doc.orientation()).isEqualTo(Orientation.LANDSCAPE);
        assertThat(doc.info().subtitle()).isEqualTo("Draft");
        assertThat(doc.hasTableOfContents()).isTrue();
        assertThat(doc.headings()).extracting(Block.Heading::text).containsExactly("One", "Two");
        Block.Paragraph placeholder = (Block.Paragraph) doc.blocks().get(3);
        assertThat(placeholder.tone()).isEqualTo(Block.Tone.TO_BE_WRITTEN);
        assertThat(placeholder.text()).startsWith("To be written: ");
        assertThat(List.copyOf(doc.blocks())).hasSize(4);
    }

    @Test
    void picturesAreCopiedSoTheDocumentStaysImmutable() {
        byte[] png = {1, 2, 3};
        Block.Picture picture = new Block.Picture(png, 5, null);
        png[0] = 9;
        assertThat(picture.png()[0]).isEqualTo((byte) 1);
    }
}
