package org.hubdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.members.Group;
import org.hubdesk.domain.members.GroupKind;
import org.hubdesk.service.Services;
import org.hubdesk.service.assurance.AssessmentImportPreview;
import org.hubdesk.service.assurance.PerformanceImportPreview;
import org.hubdesk.service.members.ImportPreview;
import org.hubdesk.service.members.RegisterSpreadsheet;

/** The imports {@link ImportFuzz} tries: each a valid sample and one preview-then-confirm through its service. */
public final class ImportFuzzTargets {
    /** The sample register, from the repository's top (the harness) or from app/ (the tests). */
    static final Path REGISTER_SAMPLE = Files.exists(Path.of("docs", "samples", "forum-register.csv"))
            ? Path.of("docs", "samples", "forum-register.csv") : Path.of("..", "docs", "samples", "forum-register.csv");

    private ImportFuzzTargets() {
    }

    public static ImportFuzz.Target named(String name) {
        return switch (name) {
            case "register" -> register(REGISTER_SAMPLE);
            case "assessment" -> assessment();
            case "performance" -> performance();
            default -> throw new IllegalArgumentException("No import called " + name + ": register, assessment or performance");
        };
    }

    /** A register (.csv/.xlsx) into a new group per case: every previewed row must be written. */
    public static ImportFuzz.Target register(Path sample) {
        return new ImportFuzz.Target("register",
                List.of("Agency", "Name", "Representatives", "Joint membership?", "Core membership", "Ad hoc membership",
                        "Rafferty Lindqvist", "Imogen Thackeray", "Northbridge Borough Council", "Imported Agency Ltd")) {
            private Group group;

            @Override
            public List<List<String>> sample(Services services, Path files) throws IOException {
                List<List<String>> table = new ArrayList<>();
                for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
                    table.add(new ArrayList<>(Arrays.asList(line.split(",", -1))));
                }
                return table;
            }

            @Override
            public void prepare(Services services, int n) {
                group = services.members().saveGroup(new Group(0, "Fuzz " + n, GroupKind.LEARNING_FORUM, null, "Quarterly", 120,
                        null, null, null));
            }

            @Override
            public ImportFuzz.Attempt preview(Services services, int n, Path file) {
                ImportPreview preview = services.registerImport().preview(file, group.id());
                long groupId = group.id();
                return new ImportFuzz.Attempt(preview.fileErrors(), preview.hasErrors(), () -> {
                    int written = services.registerImport().importConfirmed(preview);
                    int held = services.members().register(groupId).entries().size();
                    return written == preview.rows().size() && held == written ? null
                            : "imported " + written + " of " + preview.rows().size() + " rows, the register holds " + held;
                });
            }
        };
    }

    /** An agency's returned Section 11 template (the round named in the file): every standard's row must be kept. */
    public static ImportFuzz.Target assessment() {
        return new ImportFuzz.Target("assessment",
                List.of("1", "2", "3", "4", "Round", "Agency or school", "Returned on", "No.", "Standard", "Rating (1-4)",
                        "Evidence", "Evidence link", "Actions", "Leadership and Accountability", "Good", "Red", "https://example.org/policy")) {
            @Override
            public List<List<String>> sample(Services services, Path files) {
                AuditRound round = services.assurance().rounds().stream().filter(r -> r.kind() == AuditKind.SECTION_11)
                        .max(Comparator.comparingInt(AuditRound::startYear))
                        .orElseThrow(() -> new IllegalStateException("the demo has no Section 11 round"));
                Path template = services.assurance().exportTemplate(round.id(), "Fuzzford Community Trust", files.resolve("template.xlsx"));
                List<List<String>> table = new ArrayList<>();
                for (List<String> row : RegisterSpreadsheet.read(template)) {
                    List<String> line = new ArrayList<>(row);
                    // Fill the template as an agency would: a rating, evidence and an action per standard.
                    if (!line.isEmpty() && line.get(0).matches("\\d+(\\.0)?") && line.size() > 1 && !line.get(1).isBlank()) {
                        while (line.size() < 6) {
                            line.add("");
                        }
                        int n = Integer.parseInt(line.get(0).replace(".0", ""));
                        line.set(2, Integer.toString(1 + n % 4));
                        line.set(3, "Evidence for standard " + n);
                        line.set(5, "Review by March");
                    }
                    table.add(line);
                }
                return table;
            }

            @Override
            public ImportFuzz.Attempt preview(Services services, int n, Path file) {
                AssessmentImportPreview preview = services.assurance().previewImport(file, null);
                return new ImportFuzz.Attempt(preview.fileErrors(), preview.hasErrors(), () -> {
                    SelfAssessment saved = services.assurance().importConfirmed(preview);
                    return saved.ratings().size() == preview.rows().size() ? null
                            : "kept " + saved.ratings().size() + " of " + preview.rows().size() + " standards";
                });
            }
        };
    }

    /** The quarterly performance dataset: every previewed value must be written. */
    public static ImportFuzz.Target performance() {
        return new ImportFuzz.Target("performance",
                List.of("Indicator", "Quarter", "Value", "Theme", "Polarity", "Target", "Commentary", "2026 Q2", "Apr-Jun 2026",
                        "2026-13", "Q5 2026", "1,820", "71%", "12.5", "higher", "lower", "neither", "Youth justice")) {
            @Override
            public List<List<String>> sample(Services services, Path files) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("Indicator", "Theme", "Agency", "Unit", "Polarity", "Target", "Quarter", "Value", "Commentary"));
                String[][] indicators = {
                    {"Contacts to MASH", "Referrals to MASH and Early Help", "Children's social care", "contacts", "neither", ""},
                    {"Re-referrals within 12 months", "Referrals to MASH and Early Help", "Children's social care", "%", "lower", "22"},
                    {"Return home interviews offered", "Children missing from home/care", "Police", "%", "higher", "90"}};
                String[] quarters = {"2025-04", "2025 Q3", "Oct-Dec 2025", "2026-01"};
                for (String[] i : indicators) {
                    for (int q = 0; q < quarters.length; q++) {
                        table.add(List.of(i[0], i[1], i[2], i[3], i[4], i[5], quarters[q], i[3].equals("%") ? (60 + 5 * q) + "%" : "1,8" + q + "0",
                                "Quarter " + (q + 1) + " commentary"));
                    }
                }
                return table;
            }

            @Override
            public ImportFuzz.Attempt preview(Services services, int n, Path file) {
                PerformanceImportPreview preview = services.performance().previewImport(file);
                return new ImportFuzz.Attempt(preview.fileErrors(), preview.hasErrors(), () -> {
                    int written = services.performance().importConfirmed(preview);
                    return written == preview.rows().size() ? null : "wrote " + written + " of " + preview.rows().size() + " values";
                });
            }
        };
    }
}
