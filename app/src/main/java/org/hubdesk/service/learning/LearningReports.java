package org.hubdesk.service.learning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hubdesk.domain.common.PartnershipYear;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.learning.Audience;
import org.hubdesk.domain.learning.DisseminationAction;
import org.hubdesk.domain.learning.DisseminationRow;
import org.hubdesk.domain.learning.LearningRecord;
import org.hubdesk.domain.learning.LearningStage;
import org.hubdesk.domain.learning.SevenMinuteBriefing;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.learning.LearningTrackerService.TrackerLine;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.Report;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.learning.LearningRecordRepository;

/**
 * The learning tracker's papers: the summary of learning (seed 004 Appendix B), a record's
 * learning dissemination action plan (Appendix C) and its one-page 7-minute briefing (seed 002
 * section 11).
 */
public final class LearningReports {
    public static final String SUMMARY = "summary-of-learning";
    public static final String DISSEMINATION = "dissemination-plan";
    public static final String BRIEFING = "seven-minute-briefing";

    /** Appendix B's columns, word for word. */
    public static final List<String> SUMMARY_COLUMNS = List.of("Type of SCP Activity",
            "Brief description of SCP activity and dates undertaken", "Summary of findings",
            "Multi-agency learning – key messages", "Target audiences for dissemination of learning");
    /** Appendix C's columns, word for word. */
    public static final List<String> PLAN_COLUMNS = List.of("Purpose of Key Messages", "Target Audiences", "Communication Methods",
            "Measures of Success");
    static final String EXAMPLES = "Examples of SCP activity are: Audits, User feedback, Complaints, Rapid Reviews, LCSPRs, other "
            + "reflective learning activities";

    private LearningReports() {
    }

    public static List<Report> all() {
        return List.of(new Summary(), new Dissemination(), new Briefing());
    }

    private static List<TrackerLine> lines(ReportInput input) {
        return LearningTrackerService.lines(input.ctx(), new LearningRecordRepository(input.ctx()).all(), input.today());
    }

    /** The record the scope names; without one, the latest record that has what the paper needs. */
    private static TrackerLine chosen(ReportInput input, Predicate<TrackerLine> candidate, String what) {
        List<TrackerLine> all = lines(input);
        return input.chosenItem(id -> all.stream().filter(l -> l.record().id() == id).findFirst(),
                id -> "There is no learning record " + id + "; 'hubdesk learning list' lists them")
                .orElseGet(() -> all.stream().filter(candidate).max(Comparator.comparing((TrackerLine l) -> l.record().activityFrom())
                        .thenComparingLong(l -> l.record().id())).orElseThrow(() -> new UserInputException(
                        "No learning record has " + what + " yet; choose one with --learning ID ('hubdesk learning list')")));
    }

    static final class Summary extends CatalogueReport {
        Summary() {
            super(SUMMARY, "Summary of learning",
                    "Appendix B of the learning and improvement framework: a partnership year's learning by subgroup, with its "
                    + "key messages and target audiences, for the Learning and Development Group.", ReportScope.Kind.YEAR);
        }

        @Override
        public Document build(ReportInput input) {
            int startMonth = input.yearStartMonth();
            List<TrackerLine> all = lines(input);
            TreeSet<Integer> years = all.stream().map(l -> PartnershipYear.containing(l.record().day(), startMonth).startYear())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (years.isEmpty()) {
                throw new UserInputException("No learning is recorded yet; add it on the Learning screen or with 'hubdesk learning new'");
            }
            int current = PartnershipYear.containing(input.today(), startMonth).startYear();
            Integer wanted = input.scope().year();
            if (wanted != null && !years.contains(wanted)) {
                throw new UserInputException("No learning is recorded for " + new PartnershipYear(wanted, startMonth).label()
                        + "; years with learning: " + years.stream().map(y -> new PartnershipYear(y, startMonth).label())
                        .collect(Collectors.joining(", ")));
            }
            int chosen = wanted != null ? wanted : years.floor(current) != null ? years.floor(current) : years.first();
            PartnershipYear year = new PartnershipYear(chosen, startMonth);
            Map<String, List<TrackerLine>> bySubgroup = new LinkedHashMap<>();
            all.stream().filter(l -> year.contains(l.record().day()))
                    .sorted(Comparator.comparing((TrackerLine l) -> subgroup(l.record())).thenComparing(l -> l.record().activityFrom()))
                    .forEach(l -> bySubgroup.computeIfAbsent(subgroup(l.record()), k -> new java.util.ArrayList<>()).add(l));
            DocumentBuilder doc = input.document("Summary of Learning for consideration by Learning and Development Group",
                    input.partnershipName() + ", " + year.label()).landscape();
            doc.paragraph(EXAMPLES);
            for (Map.Entry<String, List<TrackerLine>> e : bySubgroup.entrySet()) {
                doc.heading1("Subgroup: " + e.getKey());
                doc.table(t -> {
                    t.column(SUMMARY_COLUMNS.get(0), 1.6).column(SUMMARY_COLUMNS.get(1), 3).column(SUMMARY_COLUMNS.get(2), 3.2)
                            .column(SUMMARY_COLUMNS.get(3), 3.2).column(SUMMARY_COLUMNS.get(4), 2.2);
                    for (TrackerLine l : e.getValue()) {
                        LearningRecord r = l.record();
                        t.row(List.of(Block.Cell.of(l.source()),
                                new Block.Cell(List.of(Run.plain(r.activity() + "\n"), Run.italic(r.datesUndertaken()))),
                                Block.Cell.of(r.findings()),
                                r.keyMessages() == null ? new Block.Cell(List.of(Run.italic("To be agreed")))
                                        : Block.Cell.of(r.keyMessages() + (r.messagesAgreedOn() == null ? " (draft)" : "")),
                                Block.Cell.of(r.targetAudiences())));
                    }
                });
            }
            return doc.build();
        }

        private static String subgroup(LearningRecord r) {
            return r.subgroup() == null ? "Not named" : r.subgroup();
        }
    }

    static final class Dissemination extends CatalogueReport {
        Dissemination() {
            super(DISSEMINATION, "Learning dissemination action plan",
                    "Appendix C: how one piece of learning's key messages reach the four target audiences, by which methods, who "
                    + "does them by when, and the measures of success. Without a choice, the latest record with a plan.");
        }

        @Override
        public Document build(ReportInput input) {
            TrackerLine l = chosen(input, x -> x.plan().hasMethods(), "a dissemination plan");
            LearningRecord r = l.record();
            LocalDate today = input.today();
            DocumentBuilder doc = input.document("Learning Dissemination Action Plan", r.activity()).landscape();
            doc.labelValues(lv -> lv.add("Type of SCP Activity", l.source()).add("Dates undertaken", r.datesUndertaken())
                    .add("Key messages", r.keyMessages() == null ? "To be agreed" : r.keyMessages())
                    .add("Stage", l.stage().label()));
            if (!l.overdue().isEmpty()) {
                doc.warning("Overdue: " + l.overdue() + ".");
            }
            doc.table(t -> {
                t.column(PLAN_COLUMNS.get(0), 2.6).column(PLAN_COLUMNS.get(1), 2.6).column(PLAN_COLUMNS.get(2), 4.5)
                        .column(PLAN_COLUMNS.get(3), 2.6);
                for (Audience a : Audience.values()) {
                    DisseminationRow row = l.plan().row(a);
                    t.row(List.of(Block.Cell.of(row.purpose()), Block.Cell.of(a.label()), methodsCell(l.plan().actionsFor(a), today),
                            Block.Cell.of(row.measuresOfSuccess())));
                }
            });
            return doc.build();
        }

        private static Block.Cell methodsCell(List<DisseminationAction> actions, LocalDate today) {
            List<Run> runs = new java.util.ArrayList<>();
            for (DisseminationAction a : actions) {
                if (!runs.isEmpty()) {
                    runs.add(Run.plain("\n"));
                }
                runs.add(Run.plain(a.method()));
                String who = (a.owner() == null ? "" : a.owner()) + (a.dueOn() == null ? "" : (a.owner() == null ? "" : ", ") + "by " + a.dueOn());
                runs.add(Run.italic((who.isEmpty() ? "" : " – " + who) + " – "));
                runs.add(a.done() ? Run.plain("done") : a.overdue(today) ? Run.bold("overdue") : Run.plain("not done"));
            }
            return new Block.Cell(runs);
        }
    }

    static final class Briefing extends CatalogueReport {
        Briefing() {
            super(BRIEFING, "7-minute briefing",
                    "A one-page, seven-part briefing on one piece of learning for team meetings (as edited on the Learning screen). "
                    + "Without a choice, the latest record whose key messages are agreed.");
        }

        @Override
        public Document build(ReportInput input) {
            TrackerLine l = chosen(input, x -> x.stage() != LearningStage.IDENTIFIED, "agreed key messages");
            SevenMinuteBriefing b = LearningTrackerService.briefing(input.ctx(), l.record().id());
            DocumentBuilder doc = input.document("7-minute briefing", l.record().activity());
            doc.table(t -> {
                t.column("", 1.5).column("Seven minutes for your team meeting", 5);
                for (int i = 0; i < SevenMinuteBriefing.HEADINGS.size(); i++) {
                    t.row(List.of(new Block.Cell(List.of(Run.bold(SevenMinuteBriefing.HEADINGS.get(i)))), Block.Cell.of(b.part(i))));
                }
            });
            return doc.build();
        }
    }
}
