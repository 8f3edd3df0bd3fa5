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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.backup.BackupRetention;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.service.Services;
import org.hubdesk.service.backup.BackupService;
import org.hubdesk.service.members.ImportPreview;

/**
 * Fuzz trials of the register import (not a unit test; {@code RegisterImportFuzzTest} runs a
 * short fixed-seed version): mutated .csv and .xlsx files made from the sample register. Each must
 * give row errors or a one-line refusal, never an unexpected exception, and a refused or failed
 * import must leave every table as it was.
 *
 * <pre>
 *   java -cp app/target/hubdesk.jar:app/target/test-classes org.hubdesk.bench.RegisterImportFuzz 5000 [seed]
 * </pre>
 */
public final class RegisterImportFuzz {
    static final Path SAMPLE = Path.of("docs", "samples", "forum-register.csv");
    private static final String[] TOKENS = {"", "Yes", "yes", "YES", "No", "joint", "y", "Core", "Ad hoc", "sometimes", "Chair",
        "Deputy chair", "member", "Boss", "2027-13-45", "2026-04-01", "01/02/2026", "2026-02-30", "police", "health", "pirates",
        "=1/0", "=cmd|' /C calc'!A0", "\"", "\"\"\"", "a,b", "a;b", "Zoë Ŵęłł 🙂", "\u0000", "\t", "\u00A0", "\r", "\n",
        "Agency", "Name", "Representatives", "Joint membership?", "Core membership", "Ad hoc membership", "1e308", "-0",
        "someone@agency.example", "not an e-mail", "x".repeat(5000), "Rafferty Lindqvist", "Imogen Thackeray",
        "Northbridge Borough Council", "Imported Agency Ltd"};

    /** What the trials found; failures are the cases that broke a rule, each described in one line. */
    public record Result(int cases, int rowErrors, int refusals, int imported, int refusedAtImport, List<String> failures) {
    }

    private RegisterImportFuzz() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dir = Files.createTempDirectory("hubdesk-fuzz");
        long started = System.nanoTime();
        Result r;
        try (Services services = open(dir.resolve("data"))) {
            services.demo().createDemo(0, LocalDate.now());
            r = run(services, Files.createDirectories(dir.resolve("files")), SAMPLE, seed, cases);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        r.failures().stream().limit(20).forEach(f -> System.out.println("FAILURE " + f));
        System.out.printf("%n| cases | row errors | one-line refusals | imported | refused at import | failures | seed | time |%n");
        System.out.printf("| %d | %d | %d | %d | %d | %d | %d | %.0f s |%n", r.cases(), r.rowErrors(), r.refusals(), r.imported(),
                r.refusedAtImport(), r.failures().size(), seed, seconds);
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    /** The store for fuzzing: rolling backups effectively off, so the figures are the import's. */
    public static Services open(Path dataDir) {
        return Services.open(dataDir, null, new BackupService.Policy(Integer.MAX_VALUE, Duration.ofDays(3650), BackupRetention.STANDARD));
    }

    public static Result run(Services services, Path files, Path sample, long seed, int cases) throws IOException {
        List<List<String>> base = new ArrayList<>();
        for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
            base.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
        }
        Random random = new Random(seed);
        int rowErrors = 0;
        int refusals = 0;
        int imported = 0;
        int refusedAtImport = 0;
        List<String> failures = new ArrayList<>();
        for (int n = 1; n <= cases; n++) {
            boolean xlsx = random.nextInt(3) == 0;
            Path file = files.resolve("case-" + n + (xlsx ? ".xlsx" : ".csv"));
            List<List<String>> table = mutateTable(base, random);
            byte[] bytes = xlsx ? xlsx(table, random) : csv(table, random);
            if (random.nextInt(5) == 0) {
                bytes = mutateBytes(bytes, random);
            }
            Files.write(file, bytes);
            Group group = services.members().saveGroup(new Group(0, "Fuzz " + n, GroupKind.LEARNING_FORUM, null, "Quarterly", 120,
                    null, null, null));
            String what = "case " + n + " (" + file.getFileName() + ", seed " + seed + ")";
            long before = rows(services);
            ImportPreview preview;
            try {
                preview = services.registerImport().preview(file, group.id());
            } catch (RuntimeException e) {
                failures.add(what + ": preview threw " + e);
                continue;
            }
            if (rows(services) != before) {
                failures.add(what + ": the preview wrote something");
            }
            if (preview.fileErrors().stream().anyMatch(m -> m.isBlank() || m.contains("\n"))) {
                failures.add(what + ": a refusal that is not one line: " + preview.fileErrors());
            }
            if (!preview.fileErrors().isEmpty()) {
                refusals++;
            } else if (preview.hasErrors()) {
                rowErrors++;
            }
            if (preview.hasErrors()) {
                try {
                    services.registerImport().importConfirmed(preview);
                    failures.add(what + ": a preview with errors was imported");
                } catch (UserInputException expected) {
                    // refused, as it must be
                }
                continue;
            }
            try {
                int written = services.registerImport().importConfirmed(preview);
                imported++;
                if (written != preview.rows().size() || services.members().register(group.id()).entries().size() != written) {
                    failures.add(what + ": imported " + written + " of " + preview.rows().size() + " rows");
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

    private static long rows(Services services) {
        Map<String, Long> counts = services.database().counts();
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static List<List<String>> mutateTable(List<List<String>> base, Random random) {
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
                        line.set(random.nextInt(line.size()), TOKENS[random.nextInt(TOKENS.length)]);
                    }
                }
                case 6 -> line.add(random.nextInt(line.size() + 1), TOKENS[random.nextInt(TOKENS.length)]);
                case 7 -> {
                    if (!line.isEmpty()) {
                        line.remove(random.nextInt(line.size()));
                    }
                }
                default -> {
                    // Join the joint-membership column with Yes on neighbouring lines: the case a new user hit.
                    if (line.size() > 3) {
                        line.set(3, "Yes");
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
