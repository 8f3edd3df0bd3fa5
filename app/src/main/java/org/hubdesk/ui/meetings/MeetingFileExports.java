package org.hubdesk.ui.meetings;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.FileChoosers;

/** Saving the chosen meeting's files: agenda or minutes (Word/PDF), its invitation (.ics), its pack (PDF). */
record MeetingFileExports(MeetingsViewModel model, Node root) {

    void document(boolean minutesNotAgenda) {
        saveAs((minutesNotAgenda ? " minutes" : " agenda") + ".docx", f -> model.exportDocument(minutesNotAgenda, f.toPath(),
                path -> Dialogs.info(root.getScene().getWindow(), minutesNotAgenda ? "Minutes" : "Agenda", "Saved " + path.getFileName() + ".")),
                FileChoosers.filter("Word document", "*.docx"), FileChoosers.filter("PDF", "*.pdf"));
    }

    void ics() {
        saveAs(".ics", f -> model.exportIcs(f.toPath(), w -> Dialogs.info(root.getScene().getWindow(), "Invitation",
                "Saved " + f.getName() + (w.method().equals("CANCEL") ? ", a cancellation" : ", a meeting request") + " from "
                        + w.organizer() + " to " + w.attendees() + " members (update " + w.sequence() + "): open it in Outlook and send it."
                        + (w.withoutEmail().isEmpty() ? "" : " No e-mail address for: " + String.join(", ", w.withoutEmail()) + "."))),
                FileChoosers.filter("Calendar invitation", "*.ics"));
    }

    void pack() {
        saveAs(" pack.pdf", f -> model.exportPack(f.toPath(), pack -> Dialogs.info(root.getScene().getWindow(), "Meeting pack",
                "Saved " + f.getName() + " (" + pack.pages() + " pages)." + (pack.untaggedPapers().isEmpty() ? ""
                        : "\nNot tagged for screen readers, as their authors saved them: " + String.join(", ", pack.untaggedPapers())))),
                FileChoosers.filter("PDF", "*.pdf"));
    }

    /** Asks where to save the chosen meeting's file (offered as the group, the date and {@code ending}); none chosen, nothing. */
    private void saveAs(String ending, Consumer<File> save, FileChooser.ExtensionFilter... filters) {
        MeetingDetail d = model.detail.get();
        if (d == null) {
            return;
        }
        File f = FileChoosers.save(root.getScene().getWindow(), null, fileStem(d) + ending, filters);
        if (f != null) {
            save.accept(f);
        }
    }

    private static String fileStem(MeetingDetail d) {
        return d.group().name() + " " + d.meeting().meetingDate();
    }
}
