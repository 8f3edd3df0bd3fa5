package org.hubdesk.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** A small fluent way for a report to write its document top to bottom. */
public final class DocumentBuilder {
    private final String title;
    private String subtitle;
    private String author;
    private LocalDate date;
    private Orientation orientation = Orientation.PORTRAIT;
    private final List<Block> blocks = new ArrayList<>();

    DocumentBuilder(String title) {
        this.title = title;
    }

    public DocumentBuilder subtitle(String text) {
        this.subtitle = text;
        return this;
    }

    public DocumentBuilder author(String name) {
        this.author = name;
        return this;
    }

    public DocumentBuilder date(LocalDate day) {
        this.date = day;
        return this;
    }

    public DocumentBuilder landscape() {
        this.orientation = Orientation.LANDSCAPE;
        return this;
    }

    public DocumentBuilder heading1(String text) {
        return add(new Block.Heading(1, text));
    }

    public DocumentBuilder heading2(String text) {
        return add(new Block.Heading(2, text));
    }

    public DocumentBuilder heading3(String text) {
        return add(new Block.Heading(3, text));
    }

    public DocumentBuilder paragraph(String text) {
        return paragraph(Run.plain(text));
    }

    public DocumentBuilder paragraph(Run... runs) {
        return add(new Block.Paragraph(Arrays.asList(runs), Block.Tone.NORMAL));
    }

    /** A clearly marked placeholder for the admin to replace with their own words. */
    public DocumentBuilder toBeWritten(String prompt) {
        return add(new Block.Paragraph(List.of(Run.bold("To be written: "), Run.italic(prompt)), Block.Tone.TO_BE_WRITTEN));
    }

    public DocumentBuilder warning(String text) {
        return add(new Block.Paragraph(List.of(Run.bold("Warning: "), Run.plain(text)), Block.Tone.WARNING));
    }

    public DocumentBuilder note(String text) {
        return add(new Block.Paragraph(List.of(Run.italic(text)), Block.Tone.SMALL));
    }

    public DocumentBuilder bullets(List<String> items) {
        return add(new Block.ListBlock(false, items.stream().map(i -> List.of(Run.plain(i))).toList()));
    }

    public DocumentBuilder numbered(List<String> items) {
        return add(new Block.ListBlock(true, items.stream().map(i -> List.of(Run.plain(i))).toList()));
    }

    public DocumentBuilder labelValues(Consumer<LabelValuesBuilder> fill) {
        LabelValuesBuilder b = new LabelValuesBuilder();
        fill.accept(b);
        return add(new Block.LabelValues(b.entries));
    }

    public DocumentBuilder table(Consumer<TableBuilder> fill) {
        TableBuilder b = new TableBuilder();
        fill.accept(b);
        return add(new Block.Table(b.columns, b.rows, b.caption));
    }

    public DocumentBuilder picture(byte[] png, double widthCm, String caption) {
        return add(new Block.Picture(png, widthCm, caption));
    }

    /** A picture with alt text: what it shows, in words, for someone who cannot see it. */
    public DocumentBuilder picture(byte[] png, double widthCm, String caption, String altText) {
        return add(new Block.Picture(png, widthCm, caption, altText));
    }

    public DocumentBuilder pageBreak() {
        return add(new Block.PageBreak());
    }

    public DocumentBuilder tableOfContents() {
        return add(new Block.TableOfContents());
    }

    public DocumentBuilder add(Block block) {
        blocks.add(block);
        return this;
    }

    public Document build() {
        return new Document(new DocumentInfo(title, subtitle, author, date), orientation, blocks);
    }

    public static final class LabelValuesBuilder {
        private final List<Block.LabelValue> entries = new ArrayList<>();

        /** Adds a line; a blank value is skipped so papers do not show empty labels. */
        public LabelValuesBuilder add(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                entries.add(new Block.LabelValue(label, value.toString()));
            }
            return this;
        }
    }

    public static final class TableBuilder {
        private final List<Block.Column> columns = new ArrayList<>();
        private final List<List<Block.Cell>> rows = new ArrayList<>();
        private String caption;

        public TableBuilder column(String header, double weight) {
            columns.add(new Block.Column(header, weight));
            return this;
        }

        public TableBuilder row(String... cells) {
            rows.add(Arrays.stream(cells).map(Block.Cell::of).toList());
            return this;
        }

        public TableBuilder row(List<Block.Cell> cells) {
            rows.add(cells);
            return this;
        }

        public TableBuilder caption(String text) {
            this.caption = text;
            return this;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }
}
