package org.hubdesk.ui.meetings;

import java.io.File;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.hubdesk.service.meetings.MeetingDetail;
import org.hubdesk.ui.common.Dialogs;

/** Saving the chosen meeting's files: agenda or minutes (Word/PDF), its invitation (.ics), its pack (PDF). */
final class MeetingFileExports {
    private final MeetingsViewModel model;
    private final Node root;

    MeetingFileExports(MeetingsViewModel model, Node root) {
        this.model = model;
        this.root = root;
    }

    void document(boolean minutesNotAgenda) {
        MeetingDetail d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileStem(d) + (minutesNotAgenda ? " minutes" : " agenda") + ".docx");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Word document", "*.docx"),
                new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            model.exportDocument(minutesNotAgenda, f.toPath(), path -> Dialogs.info(root.getScene().getWindow(),
                    minutesNotAgenda ? "Minutes" : "Agenda", "Saved " + path.getFileName() + "."));
        }
    }

    void ics() {
        MeetingDetail d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileStem(d) + ".ics");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar invitation", "*.ics"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            model.exportIcs(f.toPath(), w -> Dialogs.info(root.getScene().getWindow(), "Invitation",
                    "Saved " + f.getName() + (w.method().equals("CANCEL") ? ", a cancellation" : ", a meeting request") + " from "
                            + w.organizer() + " to " + w.attendees() + " members (update " + w.sequence() + "): open it in Outlook and send it."
                            + (w.withoutEmail().isEmpty() ? "" : " No e-mail address for: " + String.join(", ", w.withoutEmail()) + ".")));
        }
    }

    void pack() {
        MeetingDetail d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(fileStem(d) + " pack.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            model.exportPack(f.toPath(), pack -> Dialogs.info(root.getScene().getWindow(), "Meeting pack",
                    "Saved " + f.getName() + " (" + pack.pages() + " pages)." + (pack.untaggedPapers().isEmpty() ? ""
                            : "\nNot tagged for screen readers, as their authors saved them: " + String.join(", ", pack.untaggedPapers()))));
        }
    }

    private static String fileStem(MeetingDetail d) {
        return d.group().name() + " " + d.meeting().meetingDate();
    }
}
