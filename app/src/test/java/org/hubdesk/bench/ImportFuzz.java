package org.hubdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.backup.BackupRetention;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.service.Services;
import org.hubdesk.service.backup.BackupService;

/**
 * Fuzz trials of the spreadsheet imports (not a unit test; {@code ImportFuzzTest} runs a short
 * fixed-seed version of each): mutated .csv and .xlsx files made from a valid sample of one import
 * ({@link ImportFuzzTargets}: the register, an agency's self-assessment return, the performance
 * dataset). Each must give row errors or a one-line refusal, never an unexpected exception, and a
 * refused or failed import must leave every table as it was.
 *
 * <pre>
 *   java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.ImportFuzz register|assessment|performance 5000 [seed]
 * </pre>
 */
public final class ImportFuzz {
    static final String[] TOKENS = {"", "Yes", "yes", "YES", "No", "joint", "y", "Core", "Ad hoc", "sometimes", "Chair",
        "Deputy chair", "member", "Boss", "2027-13-45", "2026-04-01", "01/02/2026", "2026-02-30", "police", "health", "pirates",
        "=1/0", "=cmd|' /C calc'!A0", "\"", "\"\"\"", "a,b", "a;b", "Zoë Ŵęłł 🙂", "\u0000", "\t", "\u00A0", "\r", "\n",
        "1e308", "-0", "NaN", "-1", "0", "5", "someone@agency.example", "not an e-mail", "x".repeat(5000)};

    /** One import under trial: its valid sample, extra words worth mutating in, and one attempt on a file. */
    public abstract static class Target {
        private final String name;
        private final List<String> tokens;

        /** {@code tokens}: words of this import's own columns (headings, scale values, quarters...). */
        protected Target(String name, List<String> tokens) {
            this.name = name;
            this.tokens = List.copyOf(tokens);
        }

        public String name() {
            return name;
        }

        /** A valid table for this import, made in the given store (files is a scratch folder). */
        public abstract List<List<String>> sample(Services services, Path files) throws IOException;

        /** Words of this import's own columns (headings, scale values, quarters...). */
        public List<String> tokens() {
            return tokens;
        }

        /** Makes what case n's import needs (a group to import into, say) before anything is counted. */
        public void prepare(Services services, int n) {
        }

        /** Previews one file for case n; must not write. */
        public abstract Attempt preview(Services services, int n, Path file);
    }

    /**
     * A preview's outcome. {@code confirm} writes it and returns null when what was written matches
     * the preview, or a one-line description of the mismatch; it throws UserInputException when refused.
     */
    public record Attempt(List<String> fileErrors, boolean hasErrors, Supplier<String> confirm) {
    }

    /** What the trials found; failures are the cases that broke a rule, each described in one line. */
    public record Result(int cases, int rowErrors, int refusals, int imported, int refusedAtImport, List<String> failures) {
    }

    private ImportFuzz() {
    }

    public static void main(String[] args) throws Exception {
        Target target = ImportFuzzTargets.named(args.length > 0 ? args[0] : "register");
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.nanoTime();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dir = Files.createTempDirectory("hubdesk-fuzz");
        long started = System.nanoTime();
        Result r;
        try (Services services = open(dir.resolve("data"))) {
            services.demo().createDemo(0, LocalDate.now());
            r = run(services, Files.createDirectories(dir.resolve("files")), target, seed, cases);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        r.failures().stream().limit(20).forEach(f -> System.out.println("FAILURE " + f));
        System.out.printf("%n| import | cases | row errors | one-line refusals | imported | refused at import | failures | seed | time |%n");
        System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %.0f s |%n", target.name(), r.cases(), r.rowErrors(), r.refusals(),
                r.imported(), r.refusedAtImport(), r.failures().size(), seed, seconds);
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    /** The store for fuzzing: rolling backups effectively off, so the figures are the import's. */
    public static Services open(Path dataDir) {
        return Services.open(dataDir, null, new BackupService.Policy(Integer.MAX_VALUE, Duration.ofDays(3650), BackupRetention.STANDARD));
    }

    public static Result run(Services services, Path files, Target target, long seed, int cases) throws IOException {
        List<List<String>> base = target.sample(services, files);
        List<String> tokens = new ArrayList<>(Arrays.asList(TOKENS));
        tokens.addAll(target.tokens());
        Random random = new Random(seed);
        int rowErrors = 0;
        int refusals = 0;
        int imported = 0;
        int refusedAtImport = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 1; n <= cases; n++) {
            boolean xlsx = random.nextInt(3) == 0;
            Path file = files.resolve("case-" + n + (xlsx ? ".xlsx" : ".csv"));
            List<List<String>> table = mutateTable(base, tokens, random);
            byte[] bytes = xlsx ? xlsx(table, random) : csv(table, random);
            if (random.nextInt(5) == 0) {
                bytes = mutateBytes(bytes, random);
            }
            Files.write(file, bytes);
            String what = target.name() + " case " + n + " (" + file.getFileName() + ", seed " + seed + ")";
            target.prepare(services, n);
            long before = rows(services);
            Attempt attempt;
            try {
                attempt = target.preview(services, n, file);
            } catch (RuntimeException e) {
                failures.add(what + ": preview threw " + e);
                continue;
            }
            if (rows(services) != before) {
                failures.add(what + ": the preview wrote something");
            }
            if (attempt.fileErrors().stream().anyMatch(m -> m == null || m.isBlank() || m.contains("\n"))) {
                failures.add(what + ": a refusal that is not one line: " + attempt.fileErrors());
            }
            if (!attempt.fileErrors().isEmpty()) {
                refusals++;
            } else if (attempt.hasErrors()) {
                rowErrors++;
            }
            if (attempt.hasErrors()) {
                try {
                    attempt.confirm().get();
                    failures.add(what + ": a preview with errors was imported");
                } catch (UserInputException expected) {
                    // refused, as it must be
                }
                continue;
            }
            try {
                String mismatch = attempt.confirm().get();
                imported++;
                if (mismatch != null) {
                    failures.add(what + ": " + mismatch);
                }
            } catch (UserInputException e) {
                refusedAtImport++;
                if (rows(services) != before) {
                    failures.add(what + ": a refused import left a partial write (" + e.getMessage() + ")");
                }
            } catch (RuntimeException e) {
                failures.add(what + ": import threw " + e);
                if (rows(services) != before) {
                    failures.add(what + ": a failed import left a partial write");
                }
            }
            Files.deleteIfExists(file);
        }
        return new Result(cases, rowErrors, refusals, imported, refusedAtImport, failures);
    }

    static long rows(Services services) {
        Map<String, Long> counts = services.database().counts();
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static List<List<String>> mutateTable(List<List<String>> base, List<String> tokens, Random random) {
        List<List<String>> t = new ArrayList<>();
        base.forEach(r -> t.add(new ArrayList<>(r)));
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && !t.isEmpty(); m++) {
            int row = random.nextInt(t.size());
            List<String> line = t.get(row);
            switch (random.nextInt(9)) {
                case 0 -> t.remove(row);
                case 1 -> t.add(random.nextInt(t.size() + 1), new ArrayList<>(line));
                case 2 -> java.util.Collections.swap(t, row, random.nextInt(t.size()));
                case 3, 4, 5 -> {
                    if (!line.isEmpty()) {
                        line.set(random.nextInt(line.size()), tokens.get(random.nextInt(tokens.size())));
                    }
                }
                case 6 -> line.add(random.nextInt(line.size() + 1), tokens.get(random.nextInt(tokens.size())));
                case 7 -> {
                    if (!line.isEmpty()) {
                        line.remove(random.nextInt(line.size()));
                    }
                }
                default -> {
                    // Repeat a neighbour's cell in the same column (for registers: "Yes" on both lines of a
                    // joint membership, the case a new user hit).
                    List<String> other = t.get(Math.max(0, row - 1));
                    int column = line.isEmpty() ? 0 : random.nextInt(line.size());
                    if (column < other.size() && column < line.size()) {
                        line.set(column, other.get(column));
                    }
                }
            }
        }
        return t;
    }

    static byte[] csv(List<List<String>> table, Random random) {
        String separator = switch (random.nextInt(4)) {
            case 0 -> ";";
            case 1 -> "\t";
            default -> ",";
        };
        StringBuilder b = new StringBuilder();
        if (random.nextInt(6) == 0) {
            b.append('\uFEFF');
        }
        for (List<String> row : table) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.contains(separator) || cell.contains("\"") || cell.contains("\n") || random.nextInt(10) == 0;
                cells.add(quote && random.nextInt(8) != 0 ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            b.append(String.join(separator, cells)).append(random.nextBoolean() ? "\r\n" : "\n");
        }
        return b.toString().getBytes(switch (random.nextInt(8)) {
            case 0 -> StandardCharsets.ISO_8859_1;
            case 1 -> StandardCharsets.UTF_16;
            default -> StandardCharsets.UTF_8;
        });
    }

    static byte[] xlsx(List<List<String>> table, Random random) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            if (random.nextInt(6) == 0) {
                workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("An extra sheet first");
            }
            Sheet sheet = workbook.createSheet("Register");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r + (random.nextInt(10) == 0 ? 1 : 0) + r / 50);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    String value = cells.get(c).replace("\u0000", "");
                    switch (random.nextInt(14)) {
                        case 0 -> cell.setCellValue(random.nextDouble() * 1e6);
                        case 1 -> {
                            cell.setCellValue(LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                            cell.setCellStyle(dateStyle);
                        }
                        case 2 -> cell.setCellValue(random.nextBoolean());
                        case 3 -> cell.setCellFormula(random.nextBoolean() ? "1/0" : "A1&\"x\"");
                        case 4 -> cell.setBlank();
                        default -> cell.setCellValue(value.length() > 32_767 ? value.substring(0, 32_767) : value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] mutateBytes(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(20) && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(b, random.nextInt(Math.max(1, b.length)));
            }
            default -> {
                int at = random.nextInt(b.length + 1);
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                return out;
            }
        }
    }
}
