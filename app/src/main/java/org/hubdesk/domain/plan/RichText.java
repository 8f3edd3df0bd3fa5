package org.hubdesk.domain.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The small, portable markup of delivery plan text, shared by the editor (which shows it in a
 * text area) and the report engine (which turns its runs into Word and PDF formatting).
 * <ul>
 *   <li>each non-blank line is a paragraph; blank lines are only spacing;</li>
 *   <li>consecutive lines starting with "- " or "* " form one bullet list;</li>
 *   <li>{@code **bold**}, {@code *italic*}; a backslash before an asterisk keeps it literal;
 *       an asterisk with no partner stays as typed.</li>
 * </ul>
 * Nothing the user types is ever rejected: text that is not markup is shown as written.
 */
public record RichText(List<Block> blocks) {
    public RichText {
        blocks = List.copyOf(blocks);
    }

    /** A stretch of text with one formatting. */
    public record Run(String text, boolean bold, boolean italic) {
        public static Run plain(String text) {
            return new Run(text, false, false);
        }
    }

    /** A paragraph or a bullet list. */
    public sealed interface Block permits Paragraph, BulletList {
    }

    public record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public String plainText() {
            return RichText.plain(runs);
        }
    }

    public record BulletList(List<List<Run>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Which inline format a toolbar button or shortcut applies. */
    public enum Style {
        BOLD("**"), ITALIC("*");

        private final String marker;

        Style(String marker) {
            this.marker = marker;
        }

        public String marker() {
            return marker;
        }
    }

    /** The text after a formatting command, with the selection to show. */
    public record Edit(String text, int selectionStart, int selectionEnd) {
    }

    public static final RichText EMPTY = new RichText(List.of());

    public static RichText parse(String markup) {
        if (markup == null || markup.isBlank()) {
            return EMPTY;
        }
        List<Block> blocks = new ArrayList<>();
        List<List<Run>> bullets = new ArrayList<>();
        for (String raw : markup.split("\\R", -1)) {
            String line = raw.strip();
            if (isBullet(line)) {
                bullets.add(parseRuns(line.substring(2).strip()));
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(new BulletList(bullets));
                bullets = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                blocks.add(new Paragraph(parseRuns(line)));
            }
        }
        if (!bullets.isEmpty()) {
            blocks.add(new BulletList(bullets));
        }
        return new RichText(blocks);
    }

    private static boolean isBullet(String line) {
        return (line.startsWith("- ") || line.startsWith("* ")) && line.length() > 2 && !line.substring(2).isBlank();
    }

    /** Splits one line into runs: markers pair up left to right; a lone marker is literal text. */
    public static List<Run> parseRuns(String line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                current.append('*');
                i += 2;
                continue;
            }
            if (c == '*') {
                boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == '*';
                String marker = doubled ? "**" : "*";
                boolean open = doubled ? bold : italic;
                if (open || hasPartner(line, i + marker.length(), marker)) {
                    flush(runs, current, bold, italic);
                    if (doubled) {
                        bold = !bold;
                    } else {
                        italic = !italic;
                    }
                    i += marker.length();
                    continue;
                }
            }
            current.append(c);
            i++;
        }
        flush(runs, current, bold, italic);
        return runs;
    }

    private static boolean hasPartner(String line, int from, String marker) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
                i += 2;
                continue;
            }
            if (c == '*') {
                boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == '*';
                if (doubled == (marker.length() == 2)) {
                    return i > from; // an empty pair ("****") is not formatting
                }
                i += doubled ? 2 : 1;
                continue;
            }
            i++;
        }
        return false;
    }

    private static void flush(List<Run> runs, StringBuilder text, boolean bold, boolean italic) {
        if (text.length() > 0) {
            runs.add(new Run(text.toString(), bold, italic));
            text.setLength(0);
        }
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Each paragraph and each bullet item as plain text, in order: what search and comparison look at. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                lines.add(p.plainText());
            } else if (block instanceof BulletList list) {
                list.items().forEach(item -> lines.add("• " + plain(item)));
            }
        }
        return lines;
    }

    public String plainText() {
        return String.join("\n", lines());
    }

    static String plain(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /**
     * Applies or removes {@code style} on the selection [start, end) of {@code text}: wraps it in the
     * style's markers, or unwraps it when it is already wrapped. With no selection it inserts a pair
     * of markers and puts the caret between them, ready to type.
     */
    public static Edit toggle(String text, int start, int end, Style style) {
        String m = style.marker();
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        String selected = text.substring(s, e);
        if (selected.length() >= 2 * m.length() && selected.startsWith(m) && selected.endsWith(m)
                && !(style == Style.ITALIC && selected.startsWith("**"))) {
            String inner = selected.substring(m.length(), selected.length() - m.length());
            return new Edit(text.substring(0, s) + inner + text.substring(e), s, s + inner.length());
        }
        if (s >= m.length() && e + m.length() <= text.length()
                && text.startsWith(m, s - m.length()) && text.startsWith(m, e)
                && !(style == Style.ITALIC && (isStar(text, s - 2) || isStar(text, e + 1)))) {
            return new Edit(text.substring(0, s - m.length()) + selected + text.substring(e + m.length()),
                    s - m.length(), e - m.length());
        }
        return new Edit(text.substring(0, s) + m + selected + m + text.substring(e), s + m.length(), e + m.length());
    }

    private static boolean isStar(String text, int index) {
        return index >= 0 && index < text.length() && text.charAt(index) == '*';
    }
}
