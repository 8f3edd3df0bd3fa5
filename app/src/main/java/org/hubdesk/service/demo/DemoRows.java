package org.hubdesk.service.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The demo's invented rows (agencies, groups, seats, learning), kept as tab-separated text beside
 * the class that reads them, so each kind of row is read by one loop rather than written out as
 * dozens of constructor calls. A line starting '#' is a comment; an empty cell reads as null.
 */
public final class DemoRows {
    private DemoRows() {
    }

    /** One row's cells, in the file's column order. */
    public record Row(List<String> cells) {
        public String text(int column) {
            return column < cells.size() && !cells.get(column).isEmpty() ? cells.get(column) : null;
        }

        public int number(int column) {
            return Integer.parseInt(text(column));
        }

        /** "yes" or "no". */
        public boolean yes(int column) {
            return "yes".equals(text(column));
        }

        public <E extends Enum<E>> E constant(Class<E> type, int column) {
            return Enum.valueOf(type, text(column));
        }

        /** The cells from {@code column} on, for a row that ends with a list. */
        public List<String> from(int column) {
            return column < cells.size() ? cells.subList(column, cells.size()) : List.of();
        }
    }

    /** The rows of {@code name}, a resource in {@code owner}'s package, in file order. */
    public static List<Row> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The demo's " + name + " is missing from the application");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(List.copyOf(Arrays.asList(line.split("\t", -1)))));
                }
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
