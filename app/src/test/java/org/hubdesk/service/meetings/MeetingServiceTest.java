package org.hubdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hubdesk.domain.actions.ActionStatus;
import org.hubdesk.domain.actions.Timescale;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.meetings.ActionLogEntry;
import org.hubdesk.domain.meetings.ActionLogFilter;
import org.hubdesk.domain.meetings.AgendaItem;
import org.hubdesk.domain.meetings.AttendanceReport;
import org.hubdesk.domain.meetings.AttendanceStatus;
import org.hubdesk.domain.meetings.MeetingStatus;
import org.hubdesk.domain.meetings.StandingRole;
import org.hubdesk.domain.members.AgencyKind;
import org.hubdesk.domain.members.RegisterEntry;
import org.hubdesk.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.hubdesk.domain.common.StaleEditException;
import org.hubdesk.domain.common.Versioned;
import org.hubdesk.domain.meetings.Meeting;

/** The meeting service over a real H2 file with the demo registers, at a fixed "today". */
class MeetingServiceTest extends DemoMeetingsTest {
    @Test
    void aNewMeetingTakesTheGroupsTemplateAndItsDeadlines() {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 4, 20), LocalTime.of(10, 0), "Civic Offices");
        assertThat(d.items()).hasSize(13);
        assertThat(d.items().get(0).title()).isEqualTo("Welcome, introductions, apologies");
        assertThat(d.timing().items().get(12).starts()).isEqualTo(LocalTime.of(11, 57));
        assertThat(d.deadlines().papersDue()).isEqualTo(LocalDate.of(2027, 4, 13));
        assertThat(d.deadlines().minutesDue()).isEqualTo(LocalDate.of(2027, 5, 4));
        assertThat(d.quoracy().quorate()).isFalse();
        assertThatThrownBy(() -> meetings.newMeeting(forumId, TODAY.minusDays(1), LocalTime.of(10, 0), null))
                .isInstanceOf(UserInputException.class).hasMessageContaining("is in the past");
    }

    @Test
    void standingItemsCarryOverOpenActionsAndNotedCases() {
        // Between the demo's planned Forum meetings of 9 March and 8 June.
        MeetingDetail first = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 16), LocalTime.of(10, 0), null);
        long itemId = first.items().get(3).id();
        RegisterEntry chair = first.expected().get(0);
        meetings.recordAction(first.meeting().id(), itemId, "Write the 7-minute briefing on Child Q", chair.personId(), null,
                Timescale.ofDay(LocalDate.of(2027, 3, 1)));
        var done = meetings.recordAction(first.meeting().id(), itemId, "Already finished", null, "Business unit", null);
        services.actions().setStatus(done.id(), ActionStatus.DONE, TODAY);
        meetings.noteCaseForNextMeeting(first.meeting().id(), "Child Q (ref 27/004)");
        meetings.noteCaseForNextMeeting(first.meeting().id(), "Family R (ref 27/009)");
        meetings.noteCaseForNextMeeting(first.meeting().id(), "Young person S (ref 27/011)");

        MeetingDetail next = meetings.newMeeting(forumId, LocalDate.of(2027, 5, 11), LocalTime.of(10, 0), null);
        AgendaItem actions = next.items().stream().filter(i -> i.role() == StandingRole.ACTIONS_FROM_LAST_MEETING).findFirst().orElseThrow();
        // The demo's earlier Forum meetings left open actions too; the finished one is not listed.
        assertThat(actions.subPoints()).anyMatch(l -> l.startsWith("Write the 7-minute briefing on Child Q – " + chair.personName() + ", due 2027-03-01"))
                .noneMatch(l -> l.startsWith("Already finished"));
        List<AgendaItem> cases = next.items().stream().filter(i -> i.role() == StandingRole.CASE_LEARNING).toList();
        assertThat(cases).extracting(AgendaItem::caseReference)
                .containsExactly("Child Q (ref 27/004)", "Family R (ref 27/009)", "Young person S (ref 27/011)");
        assertThat(next.timing().overruns()).isTrue();
        assertThat(next.timing().overrunWarning()).contains("29 min over");

        // A meeting planned before the cases were noted picks them up when its standing items are refreshed.
        MeetingDetail june = meetings.meetings(forumId).stream().filter(s -> s.meeting().meetingDate().equals(LocalDate.of(2027, 6, 8)))
                .map(s -> meetings.meeting(s.meeting().id())).findFirst().orElseThrow();
        assertThat(june.items()).filteredOn(i -> i.role() == StandingRole.CASE_LEARNING).allMatch(i -> i.caseReference() == null);
        meetings.noteCaseForNextMeeting(next.meeting().id(), "Child T (ref 27/020)");
        MeetingDetail refreshed = meetings.refreshStandingItems(june.meeting().id());
        assertThat(refreshed.items()).filteredOn(i -> i.role() == StandingRole.CASE_LEARNING).extracting(AgendaItem::caseReference)
                .containsExactly("Child T (ref 27/020)", null);
        assertThat(meetings.refreshStandingItems(june.meeting().id()).items()).hasSize(refreshed.items().size());
    }

    @Test
    void editAndReorderTheAgenda() {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 2), LocalTime.of(14, 0), null);
        AgendaItem aob = d.items().get(12);
        List<AgendaItem> moved = meetings.moveItem(aob.id(), 1);
        assertThat(moved.get(1).title()).isEqualTo("AOB");
        assertThat(moved).extracting(AgendaItem::sortOrder).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        AgendaItem before = meetings.updateItem(moved.get(4).withMinutes(45));
        assertThat(before.minutes()).isEqualTo(30);
        assertThat(meetings.meeting(d.meeting().id()).timing().totalMinutes()).isEqualTo(134);
        AgendaItem gone = meetings.removeItem(moved.get(4).id());
        assertThat(meetings.meeting(d.meeting().id()).items()).hasSize(12);
        meetings.restoreItem(gone);
        assertThat(meetings.meeting(d.meeting().id()).items().get(4).id()).isEqualTo(gone.id());
        assertThatThrownBy(() -> moved.get(2).withMinutes(-10)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("must last at least 1 minute");
    }

    @Test
    void theChairsPathFromStartToMinutesSurvivesReopening() {
        MeetingDetail d = meetings.newMeeting(forumId, TODAY, LocalTime.of(10, 0), "Civic Offices");
        long id = d.meeting().id();
        meetings.startMeeting(id);
        assertThat(meetings.meeting(id).currentItem()).map(AgendaItem::title).contains("Welcome, introductions, apologies");

        RegisterEntry la = partner(d, AgencyKind.LOCAL_AUTHORITY);
        RegisterEntry police = partner(d, AgencyKind.POLICE);
        RegisterEntry health = partner(d, AgencyKind.HEALTH);
        meetings.checkIn(id, la.personId(), AttendanceStatus.PRESENT, null, null);
        var status = meetings.checkIn(id, health.personId(), AttendanceStatus.PRESENT, null, null);
        assertThat(status.quorate()).isFalse();
        assertThat(status.summary()).contains("police").contains(police.personName());
        status = meetings.checkIn(id, police.personId(), AttendanceStatus.DEPUTY_ATTENDING, police.deputyPersonId(), null);
        assertThat(status.quorate()).isTrue();

        long caseItem = d.items().get(3).id();
        meetings.goToItem(id, caseItem);
        meetings.recordNote(id, caseItem, "Strategy discussion held late; schools not invited");
        meetings.recordDecision(id, caseItem, "Agreed a learning event on strategy discussions");
        meetings.recordAction(id, caseItem, "Draft the learning event outline", la.personId(), null, Timescale.ofDay(LocalDate.of(2027, 2, 1)));

        // Everything captured is committed: a fresh connection to the same file sees it.
        services.close();
        services = TestStores.open(dir);
        meetings = new MeetingService(services.database(), Clock.systemDefaultZone());
        MeetingDetail reopened = meetings.meeting(id);
        assertThat(reopened.meeting().inProgress()).isTrue();
        assertThat(reopened.currentItem()).map(AgendaItem::id).contains(caseItem);
        assertThat(reopened.decisions()).hasSize(1);
        assertThat(reopened.notes()).hasSize(1);
        assertThat(reopened.actions()).hasSize(1);
        assertThat(reopened.attendance()).hasSize(3);

        MeetingDetail ended = meetings.endMeeting(id);
        assertThat(ended.meeting().status()).isEqualTo(MeetingStatus.HELD);
        String minutes = meetings.minutes(id);
        assertThat(minutes).contains("Present: " + la.personName()).contains(health.personName())
                .contains("Deputies: " + police.deputyName() + " for " + police.personName())
                .contains("Quoracy: Quorate")
                .contains("4. Individual case learning 1").contains("   Strategy discussion held late; schools not invited")
                .contains("   Decision: Agreed a learning event on strategy discussions")
                .contains("Actions agreed\n1. Draft the learning event outline – " + la.personName() + ", due 2027-02-01");
        meetings.saveMinutes(id, minutes + "\nMinutes agreed as a true record.");
        assertThat(meetings.minutes(id)).endsWith("Minutes agreed as a true record.");
        assertThatThrownBy(() -> meetings.recordDecision(id, null, " ")).isInstanceOf(UserInputException.class);
    }

    @Test
    void actionLogFiltersAndAttendanceRecord() {
        List<ActionLogEntry> open = meetings.actionLog(ActionLogFilter.open());
        assertThat(open).isNotEmpty().allSatisfy(e -> assertThat(e.action().status()).isNotEqualTo(ActionStatus.DONE));
        List<ActionLogEntry> overdue = meetings.actionLog(new ActionLogFilter(ActionLogFilter.View.OVERDUE, null, null, null));
        assertThat(overdue).allSatisfy(e -> assertThat(e.action().isOverdue(TODAY)).isTrue());
        List<ActionLogEntry> forum = meetings.actionLog(new ActionLogFilter(ActionLogFilter.View.ALL, null, null, forumId));
        assertThat(forum).isNotEmpty().allSatisfy(e -> assertThat(e.groupName()).isEqualTo("Multi-Agency Learning Forum"));
        ActionLogEntry any = forum.stream().filter(e -> e.agencyId() != null).findFirst().orElseThrow();
        assertThat(meetings.actionLog(new ActionLogFilter(ActionLogFilter.View.ALL, null, any.agencyId(), null)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.agencyName()).isEqualTo(any.agencyName()));
        assertThat(meetings.actionLog(new ActionLogFilter(ActionLogFilter.View.ALL, any.action().leadPersonId(), null, null)))
                .allSatisfy(e -> assertThat(e.ownerName()).isEqualTo(any.ownerName()));

        AttendanceReport.Result record = meetings.attendanceRecord(forumId, TODAY.minusYears(1), TODAY);
        assertThat(record.meetings()).isEqualTo(meetings.meetings(forumId).stream()
                .filter(s -> s.meeting().status() == MeetingStatus.HELD && !s.meeting().meetingDate().isBefore(TODAY.minusYears(1))).count());
        assertThat(record.members()).isNotEmpty().allSatisfy(m -> assertThat(m.meetings()).isEqualTo(
                m.present() + m.deputy() + m.apologies() + m.absent() + m.notRecorded()));
        assertThat(record.agencies()).extracting(AttendanceReport.AgencyTally::agencyName).contains("Northbridge Constabulary");
    }

    @Test
    void thePackJoinsTheAgendaAndPdfPapersWithBookmarks() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 2), LocalTime.of(10, 0), null);
        Path paper = dir.resolve("training.pdf");
        writePdf(paper, "Domestic abuse training programme 2027", "Page two of the programme");
        AgendaItem item = d.items().get(6);
        meetings.updateItem(item.withPaper(paper.toString()));
        Path pack = dir.resolve("pack.pdf");
        // The agenda's own pages (its standing items list the open actions and reviews), then the paper's two.
        org.hubdesk.report.meetings.MeetingPack.Written written = meetings.writePack(d.meeting().id(), pack);
        int pages = written.pages();
        assertThat(written.untaggedPapers()).containsExactly("training.pdf");
        int paperStarts = pages - 1;
        assertThat(paperStarts).isGreaterThanOrEqualTo(2);
        PdfReader reader = new PdfReader(pack.toString());
        assertThat(reader.getNumberOfPages()).isEqualTo(pages);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        assertThat(text.getTextFromPage(1)).contains("Multi-Agency Learning Forum").contains("Welcome, introductions, apologies");
        assertThat(text.getTextFromPage(paperStarts - 1)).doesNotContain("Domestic abuse training programme 2027");
        assertThat(text.getTextFromPage(paperStarts)).contains("Domestic abuse training programme 2027");
        assertThat(text.getTextFromPage(pages)).contains("Page two of the programme");
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        assertThat(outline).extracting(b -> b.get("Title")).containsExactly("Agenda", "7. Domestic abuse training programme");
        assertThat(outline.get(1).get("Page").toString()).startsWith(paperStarts + " ");
        reader.close();

        Path docx = dir.resolve("training.docx");
        Files.writeString(docx, "not a pdf");
        meetings.updateItem(item.withPaper(docx.toString()));
        assertThatThrownBy(() -> meetings.writePack(d.meeting().id(), dir.resolve("pack2.pdf"))).isInstanceOf(UserInputException.class)
                .hasMessage("The paper for item 7 'Domestic abuse training programme' is not a PDF (training.docx): "
                        + "save it as PDF and attach that, or remove it from the item");
        assertThat(dir.resolve("pack2.pdf")).doesNotExist();
    }

    @Test
    void thePackKeepsTheTaggedAgendaAndATaggedPapersStructureAndClaimsPdfUaOnlyWhenAllIsTagged() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 2), LocalTime.of(10, 0), null);
        Path paper = dir.resolve("tagged.pdf");
        try (OutputStream out = Files.newOutputStream(paper)) {
            new org.hubdesk.report.pdf.PdfRenderer().render(org.hubdesk.report.model.Document.builder("Training programme")
                    .heading1("Domestic abuse training").paragraph("Four sessions a year.").build(),
                    org.hubdesk.report.branding.Branding.defaults("Test Partnership"), out);
        }
        meetings.updateItem(d.items().get(6).withPaper(paper.toString()));
        Path pack = dir.resolve("pack.pdf");
        org.hubdesk.report.meetings.MeetingPack.Written written = meetings.writePack(d.meeting().id(), pack);
        assertThat(written.untaggedPapers()).isEmpty();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(pack.toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            String title = "Meeting pack: Multi-Agency Learning Forum 2027-03-02";
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfuaid").contains(title);
            List<String> types = new java.util.ArrayList<>();
            collect(catalog.getStructureTreeRoot(), types);
            // The agenda's table and the paper's own heading, both in the pack's structure.
            assertThat(types).contains("Table", "TH", "H1");
            assertThat(types.lastIndexOf("H1")).as("the paper's heading after the agenda's table").isGreaterThan(types.indexOf("Table"));
        }

        writePdf(paper, "An untagged paper");
        assertThat(meetings.writePack(d.meeting().id(), pack).untaggedPapers()).containsExactly("tagged.pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(pack.toFile())) {
            assertThat(pdf.getDocumentCatalog().getMetadata()).as("no PDF/UA claim for a pack with an untagged paper").isNull();
        }
    }

    private static void collect(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node, List<String> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                into.add(e.getStructureType());
                collect(e, into);
            }
        }
    }

    @Test
    void agendaAndMinutesGoToWordAndPdfOnTheReportEngine() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, TODAY, LocalTime.of(10, 0), "Civic Offices");
        long id = d.meeting().id();
        meetings.startMeeting(id);
        meetings.recordDecision(id, d.items().get(3).id(), "Agreed to re-audit strategy discussions in June");
        meetings.endMeeting(id);

        Path agenda = meetings.exportAgenda(id, org.hubdesk.report.ReportFormat.DOCX, dir.resolve("agenda.docx"));
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(agenda))) {
            String tables = docx.getTables().stream().map(org.apache.poi.xwpf.usermodel.XWPFTable::getText)
                    .reduce("", String::concat);
            assertThat(tables).contains("Welcome, introductions, apologies").contains("Individual case learning 1")
                    .contains("Paper/ Discussion").contains("AOB");
        }
        Path minutes = meetings.exportMinutes(id, org.hubdesk.report.ReportFormat.PDF, dir.resolve("minutes.pdf"));
        PdfReader reader = new PdfReader(minutes.toString());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        reader.close();
        assertThat(text.toString()).contains("Minutes of the meeting held on " + TODAY)
                .contains("Agreed to re-audit strategy discussions in June").contains("Welcome, introductions, apologies");
        assertThatThrownBy(() -> meetings.exportAgenda(99999, org.hubdesk.report.ReportFormat.PDF, dir.resolve("x.pdf")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no meeting with id 99999");
    }

    @Test
    void anIcsFileIsWritten() throws Exception {
        MeetingDetail d = meetings.newMeeting(forumId, LocalDate.of(2027, 3, 30), LocalTime.of(9, 30), "Civic Offices");
        Path ics = dir.resolve("forum.ics");
        meetings.writeIcs(d.meeting().id(), ics);
        String text = Files.readString(ics);
        assertThat(text).contains("DTSTART;TZID=Europe/London:20270330T093000\r\n").contains("SUMMARY:Multi-Agency Learning Forum\r\n");
    }

    private static RegisterEntry partner(MeetingDetail d, AgencyKind kind) {
        return d.expected().stream().filter(e -> e.statutoryPartner() && e.agencyKind() == kind && e.core() && e.deputyPersonId() != null)
                .findFirst().orElseThrow();
    }

    static void writePdf(Path file, String... pages) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document();
            PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    doc.newPage();
                }
                doc.add(new Paragraph(pages[i]));
            }
            doc.close();
        }
    }

    @Test
    void aSecondSaveOfTheMeetingsDetailsFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        long meetingId = plannedMeeting();
        Versioned<Meeting> mine = meetings.meetingForEdit(meetingId);
        Versioned<Meeting> theirs = meetings.meetingForEdit(meetingId);
        meetings.reschedule(meetingId, TODAY.plusDays(30), LocalTime.of(10, 0), "Room 5", theirs.version());
        assertThatThrownBy(() -> meetings.reschedule(meetingId, TODAY.plusDays(31), LocalTime.of(14, 0), "Town Hall", mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The meeting's date, time and place was changed by someone else since you opened it; nothing was saved."
                        + " Theirs now: 2027-02-10 at 10:00, Room 5. Yours: 2027-02-11 at 14:00, Town Hall."
                        + " Open it again to see their change, then make yours on top of it.");
        Meeting now = meetings.meeting(meetingId).meeting();
        assertThat(now.place()).isEqualTo("Room 5");
        assertThat(now.meetingDate()).isEqualTo(TODAY.plusDays(30));
        // Opened again, the move goes on top of the colleague's.
        meetings.reschedule(meetingId, TODAY.plusDays(31), LocalTime.of(14, 0), "Town Hall", meetings.meetingForEdit(meetingId).version());
        assertThat(meetings.meeting(meetingId).meeting().place()).isEqualTo("Town Hall");
    }

    @Test
    void aSecondSaveOfAnAgendaItemFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        long meetingId = plannedMeeting();
        long itemId = meetings.meeting(meetingId).items().get(1).id();
        Versioned<AgendaItem> mine = meetings.itemForEdit(itemId);
        Versioned<AgendaItem> theirs = meetings.itemForEdit(itemId);
        meetings.updateItem(theirs.value().withMinutes(25), theirs.version());
        assertThatThrownBy(() -> meetings.updateItem(mine.value().withMinutes(40), mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("The agenda item '" + mine.value().title() + "' was changed by someone else since you opened it")
                .hasMessageContaining(", 25 min").hasMessageContaining(", 40 min");
        assertThat(meetings.itemForEdit(itemId).value().minutes()).isEqualTo(25);
        // Moving items moves their versions on too: an item opened before a reorder is stale.
        Versioned<AgendaItem> beforeMove = meetings.itemForEdit(itemId);
        meetings.moveItem(itemId, 0);
        assertThatThrownBy(() -> meetings.updateItem(beforeMove.value().withMinutes(5), beforeMove.version()))
                .isInstanceOf(StaleEditException.class);
        assertThat(meetings.itemForEdit(itemId).value().minutes()).isEqualTo(25);
    }

    @Test
    void aSecondSaveOfTheMinutesFromAnOlderOpeningIsRefusedAndTheFirstStays() {
        long meetingId = plannedMeeting();
        Versioned<String> mine = meetings.minutesForEdit(meetingId);
        Versioned<String> theirs = meetings.minutesForEdit(meetingId);
        int after = meetings.saveMinutes(meetingId, "Minutes agreed as a true record.", theirs.version());
        assertThat(after).isGreaterThan(theirs.version());
        assertThatThrownBy(() -> meetings.saveMinutes(meetingId, "My own draft of the minutes", mine.version()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("Theirs now: 6 words, starting 'Minutes agreed as a true record.'")
                .hasMessageContaining("Yours: 6 words, starting 'My own draft of the minutes'");
        assertThat(meetings.minutes(meetingId)).isEqualTo("Minutes agreed as a true record.");
        // Saving again from the version the first save returned is not refused.
        meetings.saveMinutes(meetingId, "Minutes agreed as a true record, with a correction.", after);
        assertThat(meetings.minutes(meetingId)).isEqualTo("Minutes agreed as a true record, with a correction.");
    }

    /** A meeting of the Forum a month ahead, for the tests of two people editing it. */
    private long plannedMeeting() {
        return meetings.newMeeting(forumId, TODAY.plusDays(30), LocalTime.of(10, 0), "Civic Offices").meeting().id();
    }
}
