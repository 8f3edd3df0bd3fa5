package org.hubdesk.report.model;

import java.util.Arrays;
import java.util.List;

/**
 * One piece of a report's body. Reports build these; the DOCX and PDF renderers each know how to
 * draw every kind, so a report is written once for both formats.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.ListBlock, Block.Table,
        Block.LabelValues, Block.Picture, Block.PageBreak, Block.TableOfContents {

    /** A heading of level 1 to 3 (Word's Heading 1-3, PDF bookmarks). */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level must be 1, 2 or 3, not " + level);
            }
            text = text == null ? "" : text.strip();
        }
    }

    /** How a paragraph stands out: ordinary text, a "to be written" placeholder, or a warning. */
    enum Tone { NORMAL, TO_BE_WRITTEN, WARNING, SMALL }

    record Paragraph(List<Run> runs, Tone tone) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
            tone = tone == null ? Tone.NORMAL : tone;
        }

        public static Paragraph of(Run... runs) {
            return new Paragraph(Arrays.asList(runs), Tone.NORMAL);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** A bulleted or numbered list; each item is a line of runs. */
    record ListBlock(boolean numbered, List<List<Run>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A table column: its header text and its share of the table width (any positive number). */
    record Column(String header, double weight) {
        public Column {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("Column '" + header + "' needs a positive width");
            }
            header = header == null ? "" : header;
        }
    }

    /**
     * A table cell: runs, so a cell can hold a bold "Overdue" next to a date, and an optional
     * background colour ("6AA84F", RRGGBB) for a heat map; null keeps the table's own banding.
     */
    record Cell(List<Run> runs, String shade) {
        public Cell {
            runs = List.copyOf(runs);
            if (shade != null && !shade.matches("[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("A cell's shade is six hex digits (RRGGBB), not '" + shade + "'");
            }
        }

        public Cell(List<Run> runs) {
            this(runs, null);
        }

        public static Cell of(String text) {
            return new Cell(List.of(Run.plain(text == null ? "" : text)));
        }

        /** A cell filled with a colour, e.g. a heat map's rating. */
        public static Cell shaded(String text, String rrggbb) {
            return new Cell(List.of(Run.plain(text == null ? "" : text)), rrggbb);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /**
     * A table whose header row (the column headers) repeats on every page; rows shorter than the
     * columns are padded with empty cells.
     */
    record Table(List<Column> columns, List<List<Cell>> rows, String caption) implements Block {
        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            int width = columns.size();
            rows = rows.stream().map(row -> {
                if (row.size() > width) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells but the table has " + width + " columns");
                }
                List<Cell> padded = new java.util.ArrayList<>(row);
                while (padded.size() < width) {
                    padded.add(Cell.of(""));
                }
                return List.copyOf(padded);
            }).toList();
        }

        /** The columns' relative widths as fractions that add up to 1. */
        public double[] fractions() {
            double total = columns.stream().mapToDouble(Column::weight).sum();
            return columns.stream().mapToDouble(c -> c.weight() / total).toArray();
        }
    }

    record LabelValue(String label, String value) {
        public LabelValue {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    /** A short block of "Label: value" lines, like the top of a paper (Group, Chair, Meets). */
    record LabelValues(List<LabelValue> entries) implements Block {
        public LabelValues {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A PNG picture drawn at a width in centimetres (height follows its proportions), with its alt
     * text: what the picture shows, for a screen reader (Word's alt text; in a PDF, see the renderer).
     */
    record Picture(byte[] png, double widthCm, String caption, String altText) implements Block {
        public Picture {
            if (png == null || png.length == 0) {
                throw new IllegalArgumentException("A picture needs PNG bytes");
            }
            if (!(widthCm > 0)) {
                throw new IllegalArgumentException("A picture needs a positive width");
            }
            png = png.clone();
            altText = altText == null || altText.isBlank() ? (caption == null ? "" : caption.strip()) : altText.strip();
        }

        /** A picture whose caption says all a reader needs: the caption is its alt text. */
        public Picture(byte[] png, double widthCm, String caption) {
            this(png, widthCm, caption, null);
        }

        @Override
        public byte[] png() {
            return png.clone();
        }
    }

    record PageBreak() implements Block {
    }

    /** Where the table of contents goes (headings 1 and 2). */
    record TableOfContents() implements Block {
    }
}
