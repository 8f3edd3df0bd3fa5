package org.hubdesk.service.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import org.hubdesk.service.TeamDatabase;
import org.hubdesk.store.DatabaseTransfer;

/**
 * Moves a whole partnership between the embedded file and a team database (either way): a laptop
 * takes the team's data offline and brings it back. Checked by counts: every table must hold in
 * the target as many rows as were read from the source.
 */
public final class TransferService {
    private TransferService() {
    }

    /** One side of a transfer: a data folder (or its H2 file URL) or a team database's URL. */
    public record Endpoint(Path directory, String serverUrl) {
        /**
         * Reads {@code jdbc:postgresql://HOST:PORT/DB}, {@code jdbc:h2:file:/FOLDER/hubdesk} (the folder's
         * file, options after ';' ignored) or a data folder's path.
         */
        public static Endpoint parse(String text) {
            if (text == null || text.isBlank()) {
                throw new UserInputException("Name a data folder or a database URL (jdbc:postgresql://HOST:PORT/DB)");
            }
            String t = text.strip();
            if (t.startsWith("jdbc:postgresql:")) {
                return new Endpoint(null, t);
            }
            if (t.startsWith("jdbc:h2:")) {
                String path = t.substring("jdbc:h2:".length()).replaceFirst("^file:", "");
                path = path.contains(";") ? path.substring(0, path.indexOf(';')) : path;
                Path file = Path.of(path);
                if (!Objects.equals(String.valueOf(file.getFileName()), "hubdesk") || file.getParent() == null) {
                    throw new UserInputException("An H2 URL must name a Hubdesk file, jdbc:h2:file:/FOLDER/hubdesk, not " + t);
                }
                return new Endpoint(file.getParent(), null);
            }
            if (t.startsWith("jdbc:")) {
                throw new UserInputException("Hubdesk stores data in H2 files and PostgreSQL only, not " + t);
            }
            return new Endpoint(Path.of(t), null);
        }

        public boolean onServer() {
            return serverUrl != null;
        }

        /** Opens this side: the team database as {@code user}, or the data folder's file. */
        public Services open(String user, char[] password, char[] passphrase, Path localDirectory, boolean mustExist) {
            if (onServer()) {
                return Services.openTeam(new TeamDatabase(serverUrl, user), password, localDirectory);
            }
            if (mustExist && !Services.databaseExists(directory)) {
                throw new UserInputException("There is no Hubdesk database in " + directory + " to transfer from");
            }
            return Services.open(directory, passphrase);
        }

        @Override
        public String toString() {
            return onServer() ? serverUrl : directory.toString();
        }
    }

    /** The tables of {@code store} that hold rows, with their counts (empty for an empty store). */
    public static Map<String, Long> held(Services store) {
        Map<String, Long> held = new java.util.LinkedHashMap<>();
        store.database().counts().forEach((table, rows) -> {
            if (rows > 0) {
                held.put(table, rows);
            }
        });
        return held;
    }

    /** What {@code held} lists, in words: "1234 rows in 56 tables (person 40, meeting 12, ...)", the largest first. */
    public static String describe(Map<String, Long> held) {
        long rows = held.values().stream().mapToLong(Long::longValue).sum();
        String largest = held.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(5)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        return rows + " rows in " + held.size() + " tables (" + largest + (held.size() > 5 ? ", ..." : "") + ")";
    }

    /** Rows per table read from the source and found in the target afterwards. */
    public record Result(Map<String, Long> source, Map<String, Long> target) {
        public boolean matches() {
            return source.equals(target);
        }

        /** One line per table: name, source rows, target rows (and "DIFFERS" where they do). */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, Long> e : source.entrySet()) {
                Long there = target.get(e.getKey());
                lines.add(String.format("%-32s %8d %8s%s", e.getKey(), e.getValue(), there == null ? "-" : there,
                        e.getValue().equals(there) ? "" : "  DIFFERS"));
            }
            return lines;
        }

        public long rows() {
            return source.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Copies everything from {@code from} into the empty {@code to}, then counts what is there. */
    public static Result transfer(Services from, Services to) {
        return transfer(from, to, false);
    }

    /** The same; with {@code replace}, what {@code to} holds is deleted first, in the copy's transaction. */
    public static Result transfer(Services from, Services to, boolean replace) {
        Map<String, Long> copied = DatabaseTransfer.copy(from.database(), to.database(), replace);
        Map<String, Long> found = new java.util.LinkedHashMap<>();
        Map<String, Long> counts = to.database().counts();
        copied.keySet().forEach(table -> found.put(table, counts.get(table)));
        counts.forEach(found::putIfAbsent);
        return new Result(copied, found);
    }
}
