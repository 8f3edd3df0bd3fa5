package org.hubdesk.service.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AgendaTiming;
import org.hubdesk.domain.meetings.MinutesDraft;
import org.hubdesk.report.model.Block;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.DocumentBuilder;
import org.hubdesk.report.model.Run;
import org.hubdesk.service.report.CatalogueReport;
import org.hubdesk.service.report.ReportCatalogue;
import org.hubdesk.service.report.ReportInput;
import org.hubdesk.service.report.ReportScope;
import org.hubdesk.store.meetings.MeetingRepository;

/**
 * A meeting's agenda and minutes as report-engine documents (DOCX and PDF with the partnership's
 * branding). They are scoped to one meeting, so they sit in their own catalogue rather than the
 * Reports screen's, which has no meeting picker; the Meetings area and `export agenda|minutes`
 * run them.
 */
public final class MeetingDocuments {
    public static final String AGENDA = "agenda";
    public static final String MINUTES = "minutes";

    private MeetingDocuments() {
    }

    public static ReportCatalogue catalogue() {
        return new ReportCatalogue(List.of(new AgendaReport(), new MinutesReport()));
    }

    /**
     * A document of one meeting (the scope's item), read whole and headed with its group's name; the subtitle says
     * what the document is, then the meeting's date.
     */
    abstract static class MeetingReport extends CatalogueReport {
        private final String subtitle;

        MeetingReport(String id, String title, String description, String subtitle) {
            super(id, title, description, ReportScope.Kind.ITEM);
            this.subtitle = subtitle;
        }

        @Override
        public final Document build(ReportInput input) {
            if (input.scope().itemId() == null) {
                throw new UserInputException("Choose a meeting (--meeting ID; see 'meeting list')");
            }
            MeetingDetail d = MeetingService.load(input.ctx(), input.scope().itemId(), input.today());
            return build(input, d, input.document(d.group().name(), subtitle + d.meeting().meetingDate()));
        }

        abstract Document build(ReportInput input, MeetingDetail d, DocumentBuilder doc);
    }

    static final class AgendaReport extends MeetingReport {
        AgendaReport() {
            super(AGENDA, "Agenda",
                    "A meeting's agenda as its terms of reference lay it out: item, paper or discussion, lead and time.",
                    "Agenda for the meeting on ");
        }

        @Override
        Document build(ReportInput input, MeetingDetail d, DocumentBuilder doc) {
            Map<Long, String> names = MeetingLoader.peopleNames(input.ctx());
            doc.labelValues(lv -> lv
                    .add("Date", d.meeting().meetingDate())
                    .add("Time", d.meeting().startsAt() + " – " + d.timing().ends())
                    .add("Place", d.meeting().place())
                    .add("Papers", "to be circulated by " + d.deadlines().papersDue() + " (five working days before)")
                    .add("Quorum", d.group().quorumRule().description()));
            if (d.timing().overruns()) {
                doc.warning(d.timing().overrunWarning());
            }
            doc.table(t -> {
                t.column("", 0.5).column("Start", 0.9).column("Agenda item", 5).column("Paper/ Discussion", 1.5)
                        .column("Lead", 2).column("Time", 0.9);
                int n = 1;
                for (AgendaTiming.TimedItem ti : d.timing().items()) {
                    AgendaItem item = ti.item();
                    StringBuilder text = new StringBuilder(item.title());
                    if (item.caseReference() != null) {
                        text.append(" – case ").append(item.caseReference());
                    }
                    for (String p : item.subPoints()) {
                        text.append("\n• ").append(p);
                    }
                    String lead = item.leadPersonId() != null ? names.getOrDefault(item.leadPersonId(), "")
                            : item.leadText() == null ? "" : item.leadText();
                    List<Run> itemRuns = new ArrayList<>();
                    itemRuns.add(Run.plain(text.toString()));
                    if (item.paperPath() != null) {
                        itemRuns.add(Run.italic("\nPaper: " + java.nio.file.Path.of(item.paperPath()).getFileName()));
                    }
                    t.row(List.of(Block.Cell.of(String.valueOf(n++)), Block.Cell.of(ti.starts().toString()), new Block.Cell(itemRuns),
                            Block.Cell.of(item.kind().label()), Block.Cell.of(lead), Block.Cell.of(item.minutes() + " mins")));
                }
                t.caption("Total " + AgendaTiming.describe(d.timing().totalMinutes()) + ".");
            });
            doc.note("Minutes will be circulated by " + d.deadlines().minutesDue() + " (within two weeks of the meeting).");
            return doc.build();
        }
    }

    static final class MinutesReport extends MeetingReport {
        private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.+)$");
        private static final Pattern LABEL = Pattern.compile("^(Present|Deputies|Apologies|Absent|Quoracy|"
                + MinutesDraft.DECLARATIONS + "): (.*)$");
        /** Lines of an item that begin with a bold label: what was decided, agreed, declared or re-planned. */
        private static final List<String> BOLD_LABELS = List.of("Decision: ", "Action: ", "Declaration: ", "Re-plan: ");

        MinutesReport() {
            super(MINUTES, "Minutes",
                    "A meeting's minutes as edited in Hubdesk (first drafted from attendance, notes, decisions and actions).",
                    "Minutes of the meeting held on ");
        }

        /**
         * Lays out the minutes text as the business manager left it: the attendance lines as a
         * label table, each numbered item a heading, its points, decisions and actions below.
         */
        @Override
        Document build(ReportInput input, MeetingDetail d, DocumentBuilder doc) {
            String text = new MeetingRepository(input.ctx()).minutesText(d.meeting().id())
                    .orElseGet(() -> MinutesDraft.build(MeetingLoader.minutesInput(d)));
            if (d.meeting().status() != org.hubdesk.domain.meetings.MeetingStatus.HELD) {
                doc.warning("draft: this meeting has not been recorded as held.");
            }
            List<String[]> labels = new ArrayList<>();
            List<String> bullets = new ArrayList<>();
            boolean inActions = false;
            List<String> actions = new ArrayList<>();
            String[] lines = text.replace("\r\n", "\n").split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String trimmed = line.strip();
                if (i < 2 && (trimmed.equals(d.group().name()) || trimmed.startsWith("Minutes of the meeting"))) {
                    continue;
                }
                Matcher label = LABEL.matcher(trimmed);
                if (label.matches() && !line.startsWith(" ")) {
                    labels.add(new String[] {label.group(1), label.group(2)});
                    continue;
                }
                flushLabels(doc, labels);
                if (trimmed.isEmpty()) {
                    flushBullets(doc, bullets);
                    continue;
                }
                if (trimmed.equals("Actions agreed") || trimmed.equals("Other matters")) {
                    flushBullets(doc, bullets);
                    inActions = trimmed.equals("Actions agreed");
                    doc.heading1(trimmed);
                    continue;
                }
                Matcher item = ITEM.matcher(trimmed);
                if (item.matches() && !line.startsWith(" ")) {
                    flushBullets(doc, bullets);
                    if (inActions) {
                        actions.add(item.group(2));
                    } else {
                        doc.heading2(item.group(1) + ". " + item.group(2));
                    }
                    continue;
                }
                if (trimmed.startsWith("• ")) {
                    bullets.add(trimmed.substring(2));
                    continue;
                }
                flushBullets(doc, bullets);
                String bold = BOLD_LABELS.stream().filter(trimmed::startsWith).findFirst().orElse(null);
                if (bold != null) {
                    doc.paragraph(Run.bold(bold), Run.plain(trimmed.substring(bold.length())));
                } else {
                    doc.paragraph(trimmed);
                }
            }
            flushLabels(doc, labels);
            flushBullets(doc, bullets);
            if (!actions.isEmpty()) {
                doc.numbered(actions);
            }
            return doc.build();
        }

        private static void flushLabels(DocumentBuilder doc, List<String[]> labels) {
            if (!labels.isEmpty()) {
                List<String[]> copy = List.copyOf(labels);
                doc.labelValues(lv -> copy.forEach(l -> lv.add(l[0], l[1])));
                labels.clear();
            }
        }

        private static void flushBullets(DocumentBuilder doc, List<String> bullets) {
            if (!bullets.isEmpty()) {
                doc.bullets(List.copyOf(bullets));
                bullets.clear();
            }
        }
    }
}
