package org.hubdesk.service.assurance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.assurance.AssessmentImport;
import org.hubdesk.domain.assurance.AuditKind;
import org.hubdesk.domain.assurance.AuditOverview;
import org.hubdesk.domain.assurance.AuditRound;
import org.hubdesk.domain.assurance.ChallengePanel;
import org.hubdesk.domain.assurance.SelfAssessment;
import org.hubdesk.domain.assurance.SelfRating;
import org.hubdesk.domain.assurance.StandardRating;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.service.members.RegisterSpreadsheet;
import org.hubdesk.service.DatedService;
import org.hubdesk.store.Database;
import org.hubdesk.store.assurance.AssuranceRepository;
import org.jooq.DSLContext;

/**
 * Section 11, Section 175 and VCS self-assessment audits: rounds, the returns asked for and
 * received, the challenge panel, the returned template's import (preview, then one confirmed
 * write) and the overview the screen and the reports show.
 */
public final class AssuranceService extends DatedService {

    public AssuranceService(Database database, Clock clock) {
        super(database, clock);
    }

    /** A round with the numbers the list shows. */
    public record RoundSummary(AuditRound round, AuditRound previous, int asked, int returned, ChallengePanel panel) {
    }

    public List<AuditRound> rounds() {
        return database.transaction(ctx -> new AssuranceRepository(ctx).rounds());
    }

    public List<RoundSummary> summaries() {
        return database.transaction(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            List<RoundSummary> list = new ArrayList<>();
            for (AuditRound r : repo.rounds()) {
                List<SelfAssessment> a = repo.assessments(r.id());
                list.add(new RoundSummary(r, repo.previous(r).orElse(null), a.size(), (int) a.stream().filter(SelfAssessment::returned).count(),
                        repo.panel(r.id()).orElse(null)));
            }
            return list;
        });
    }

    /** Starts a round; two rounds of one audit in one year are refused. */
    public AuditRound createRound(AuditKind kind, int startYear, String title, LocalDate returnsDueOn) {
        return startRound(kind, startYear, title, returnsDueOn, List.of());
    }

    /**
     * Starts a round and asks these agencies or schools for a return, in one transaction (the New
     * round form and 'hubdesk audit new'). Two rounds of one audit in one year are refused.
     */
    public AuditRound startRound(AuditKind kind, Integer startYear, String title, LocalDate returnsDueOn, List<String> asked) {
        if (kind == null) {
            throw new UserInputException("Choose the audit: Section 11, Section 175 or the VCS checklist");
        }
        if (startYear == null) {
            throw new UserInputException("Give the year the round starts in, for example " + today().getYear());
        }
        AuditRound draft = new AuditRound(0, kind, startYear, title, returnsDueOn);
        return database.transaction(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            if (repo.rounds().stream().anyMatch(r -> r.kind() == kind && r.startYear() == startYear)) {
                throw new UserInputException("There is already a " + kind.label() + " round for " + startYear);
            }
            AuditRound round = repo.insertRound(draft);
            ask(repo, round.id(), asked);
            return round;
        });
    }

    /** Asks these agencies or schools for a return (each once; one already asked is left as it is). */
    public void askForReturns(long roundId, List<String> organisations) {
        database.run(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            requireRound(repo, roundId);
            ask(repo, roundId, organisations);
        });
    }

    private static void ask(AssuranceRepository repo, long roundId, List<String> organisations) {
        for (String o : organisations) {
            if (repo.assessment(roundId, o).isEmpty()) {
                repo.save(new SelfAssessment(0, roundId, o, null, List.of()));
            }
        }
    }

    /** Records (or replaces) one organisation's return with its ratings, as an import does. */
    public SelfAssessment recordReturn(long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings) {
        return writeReturn(roundId, organisation, returnedOn, ratings, false);
    }

    /**
     * Saves a return entered on screen (or replaces the one there): the organisation, the date and
     * the ratings are checked first ({@link SelfAssessment#checkRatings}); nothing is written on a problem.
     */
    public SelfAssessment saveReturn(long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings) {
        if (organisation == null || organisation.isBlank()) {
            throw new UserInputException("Give the agency or school the return comes from");
        }
        return writeReturn(roundId, organisation, returnedOn, ratings, true);
    }

    /** An organisation's return in a round as it is now (empty if none yet), with its row version: the return form opens with this. */
    public Versioned<SelfAssessment> returnForEdit(long roundId, String organisation) {
        if (organisation == null || organisation.isBlank()) {
            throw new UserInputException("Give the agency or school the return comes from");
        }
        return database.transaction(ctx -> new AssuranceRepository(ctx).assessmentForEdit(roundId, organisation));
    }

    /**
     * {@link #saveReturn(long, String, LocalDate, List)} from the return opened at {@code openedVersion}:
     * refused with a StaleEditException, nothing saved, if someone saved or first entered it since.
     */
    public SelfAssessment saveReturn(long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings,
                                     int openedVersion) {
        if (organisation == null || organisation.isBlank()) {
            throw new UserInputException("Give the agency or school the return comes from");
        }
        return writeReturn(roundId, organisation, returnedOn, ratings, true, openedVersion);
    }

    private SelfAssessment writeReturn(long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings,
                                       boolean checkRatings) {
        return writeReturn(roundId, organisation, returnedOn, ratings, checkRatings, null);
    }

    private SelfAssessment writeReturn(long roundId, String organisation, LocalDate returnedOn, List<StandardRating> ratings,
                                       boolean checkRatings, Integer openedVersion) {
        LocalDate on = returnedOn == null ? today() : returnedOn;
        if (on.isAfter(today())) {
            throw new UserInputException("The date returned, " + on + ", is in the future");
        }
        return database.transaction(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            AuditRound round = requireRound(repo, roundId);
            for (StandardRating s : ratings) {
                round.kind().standard(s.standardNumber());
            }
            if (checkRatings) {
                SelfAssessment.checkRatings(round.kind(), ratings);
            }
            long id = repo.assessment(roundId, organisation).map(SelfAssessment::id).orElse(0L);
            SelfAssessment entered = new SelfAssessment(id, roundId, organisation, on, ratings);
            return openedVersion == null ? repo.save(entered) : repo.save(entered, openedVersion);
        });
    }

    /**
     * The names a form offers for this kind of audit: every organisation asked in a round of it,
     * and for Section 11 the agencies of the members register too; sorted, each once.
     */
    public List<String> organisations(AuditKind kind) {
        return database.transaction(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            java.util.TreeMap<String, String> names = new java.util.TreeMap<>();
            for (AuditRound r : repo.rounds()) {
                if (r.kind() == kind) {
                    repo.assessments(r.id()).forEach(a -> names.putIfAbsent(a.organisation().toLowerCase(Locale.ROOT), a.organisation()));
                }
            }
            if (kind == AuditKind.SECTION_11) {
                new org.hubdesk.store.members.MembersRepository(ctx).agencies()
                        .forEach(a -> names.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a.name()));
            }
            return List.copyOf(names.values());
        });
    }

    public AuditOverview overview(long roundId) {
        return database.transaction(ctx -> overview(ctx, roundId));
    }

    /** The overview inside a report's transaction. */
    static AuditOverview overview(DSLContext ctx, long roundId) {
        AssuranceRepository repo = new AssuranceRepository(ctx);
        AuditRound round = requireRound(repo, roundId);
        Optional<AuditRound> previous = repo.previous(round);
        return AuditOverview.of(round, repo.assessments(roundId), previous.orElse(null),
                previous.map(p -> repo.assessments(p.id())).orElse(List.of()));
    }

    /** The round of this kind in this year, else the latest of this kind up to it; empty if none. */
    static Optional<AuditRound> roundFor(DSLContext ctx, AuditKind kind, Integer year) {
        return new AssuranceRepository(ctx).rounds().stream().filter(r -> r.kind() == kind)
                .filter(r -> year == null || r.startYear() <= year).findFirst();
    }

    public Optional<ChallengePanel> panel(long roundId) {
        return database.transaction(ctx -> new AssuranceRepository(ctx).panel(roundId));
    }

    /** Records the round's challenge panel (or replaces it), refused as {@link ChallengePanel#check} says. */
    public void savePanel(ChallengePanel panel) {
        database.run(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            requireRound(repo, panel.roundId());
            panel.check();
            repo.savePanel(panel);
        });
    }

    // ---- the template an agency fills in, and its import

    /** Writes the .xlsx template for one organisation's return: the round, who, then one row per standard. */
    public Path exportTemplate(long roundId, String organisation, Path out) {
        AuditRound round = database.transaction(ctx -> requireRound(new AssuranceRepository(ctx), roundId));
        Optional<SelfAssessment> existing = organisation == null ? Optional.empty()
                : database.transaction(ctx -> new AssuranceRepository(ctx).assessment(roundId, organisation));
        Path target = out.toAbsolutePath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserInputException("The template is an Excel workbook: give a file name ending in .xlsx");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new UserInputException("The folder " + target.getParent() + " does not exist");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(target)) {
            Sheet sheet = wb.createSheet(round.kind().label());
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle b = wb.createCellStyle();
            b.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            line(sheet, r++, b, "Audit", round.kind().label() + " self-assessment");
            line(sheet, r++, b, AssessmentImport.ROUND, AssessmentImport.roundCell(round));
            line(sheet, r++, b, AssessmentImport.ORGANISATION, organisation == null ? "" : organisation);
            line(sheet, r++, b, AssessmentImport.RETURNED_ON, "");
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < AssessmentImport.HEADINGS.size(); c++) {
                header.createCell(c).setCellValue(AssessmentImport.HEADINGS.get(c));
                header.getCell(c).setCellStyle(b);
            }
            for (int n = 1; n <= round.kind().standards().size(); n++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue(round.kind().standard(n));
                int num = n;
                StandardRating s = existing.flatMap(a -> a.rating(num)).orElse(null);
                row.createCell(2).setCellValue(s == null || s.rating() == null ? "" : Integer.toString(s.rating().score()));
                row.createCell(3).setCellValue(s == null || s.evidence() == null ? "" : s.evidence());
                row.createCell(4).setCellValue(s == null || s.evidenceLink() == null ? "" : s.evidenceLink());
                row.createCell(5).setCellValue(s == null || s.actions() == null ? "" : s.actions());
                for (int c = 1; c < 6; c++) {
                    row.getCell(c).setCellStyle(wrap);
                }
            }
            r++;
            line(sheet, r++, b, "Rating scale", "");
            for (SelfRating s : SelfRating.values()) {
                line(sheet, r++, null, Integer.toString(s.score()), s.label() + " (" + s.colourName().toLowerCase(Locale.ROOT) + ")");
            }
            int[] widths = {14, 44, 13, 60, 30, 50};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(stream);
        } catch (IOException e) {
            throw new UserInputException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static void line(Sheet sheet, int r, CellStyle style, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        if (style != null) {
            row.getCell(0).setCellStyle(style);
        }
    }

    /**
     * Reads a returned template; never writes. The round is the one given, else the one the file
     * names in its Round line. A file naming another round than the one given is refused.
     */
    public AssessmentImportPreview previewImport(Path file, Long roundId) {
        List<List<String>> table;
        try {
            table = RegisterSpreadsheet.read(file);
        } catch (UserInputException e) {
            AuditRound round = roundId == null ? null : database.transaction(ctx -> new AssuranceRepository(ctx).round(roundId).orElse(null));
            return new AssessmentImportPreview(round, file, null, null, false, List.of(), List.of(e.getMessage()));
        }
        return database.transaction(ctx -> {
            AssuranceRepository repo = new AssuranceRepository(ctx);
            Long named = null;
            // The Round line is read before the kind is known, so parse once with Section 11 just for it.
            AssessmentImport.Result first = AssessmentImport.parse(table, AuditKind.SECTION_11);
            named = first.roundId();
            Long chosen = roundId != null ? roundId : named;
            if (chosen == null) {
                return new AssessmentImportPreview(null, file, first.organisation(), first.returnedOn(), false, List.of(),
                        List.of("The file names no round: give --round N (see 'hubdesk audit list')"));
            }
            Optional<AuditRound> round = repo.round(chosen);
            if (round.isEmpty()) {
                return new AssessmentImportPreview(null, file, first.organisation(), first.returnedOn(), false, List.of(),
                        List.of("There is no audit round " + chosen + " (see 'hubdesk audit list')"));
            }
            AssessmentImport.Result result = AssessmentImport.parse(table, round.get().kind());
            List<String> fileErrors = new ArrayList<>(result.fileErrors());
            if (roundId != null && named != null && !named.equals(roundId)) {
                fileErrors.add(0, "The file is the template of round " + named + ", not of round " + roundId);
            }
            if (result.returnedOn() != null && result.returnedOn().isAfter(today())) {
                fileErrors.add("The Returned on date, " + result.returnedOn() + ", is in the future");
            }
            boolean replaces = result.organisation() != null && repo.assessment(chosen, result.organisation())
                    .filter(SelfAssessment::returned).isPresent();
            return new AssessmentImportPreview(round.get(), file, result.organisation(), result.returnedOn() == null ? today()
                    : result.returnedOn(), replaces, result.rows(), fileErrors);
        });
    }

    /** Writes a preview without errors in one transaction; refuses a preview with any error. */
    public SelfAssessment importConfirmed(AssessmentImportPreview preview) {
        preview.requireNoErrors();
        List<StandardRating> ratings = preview.rows().stream().map(AssessmentImport.Row::toRating).toList();
        return recordReturn(preview.round().id(), preview.organisation(), preview.returnedOn(), ratings);
    }

    private static AuditRound requireRound(AssuranceRepository repo, long id) {
        return repo.round(id).orElseThrow(() -> new UserInputException("There is no audit round " + id + " (see 'hubdesk audit list')"));
    }
}
