package org.hubdesk.ui.plan;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.plan.EvidenceEntry;
import org.hubdesk.domain.plan.FileLinks;
import org.hubdesk.domain.plan.PracticeDownload;
import org.hubdesk.ui.common.Dialogs;
import org.hubdesk.ui.common.Lists;

/** How the editor's lists draw an evidence entry (with its linked file) and a practice download. */
final class PlanEntryCells {
    private PlanEntryCells() {
    }

    /** An evidence entry: its formatted text, then source, agency, date and file. */
    static final class EvidenceCell extends Lists.GraphicCell<EvidenceEntry> {
        private final DeliveryPlanViewModel model;
        private final ListView<EvidenceEntry> list;

        EvidenceCell(DeliveryPlanViewModel model, ListView<EvidenceEntry> list) {
            this.model = model;
            this.list = list;
        }

        @Override
        protected Node graphic(EvidenceEntry e) {
            TextFlow text = RichTextNodes.flow(e.text());
            text.maxWidthProperty().bind(list.widthProperty().subtract(40));
            text.prefWidthProperty().bind(list.widthProperty().subtract(40));
            StringBuilder meta = new StringBuilder(e.source().label());
            String agency = model.agencyName(e.agencyId());
            if (agency != null) {
                meta.append(" · ").append(agency);
            }
            if (e.datedOn() != null) {
                meta.append(" · ").append(e.datedOn());
            }
            Label metaLabel = new Label(meta.toString());
            metaLabel.getStyleClass().add("evidence-meta");
            metaLabel.setWrapText(true);
            metaLabel.maxWidthProperty().bind(list.widthProperty().subtract(40));
            VBox box = new VBox(2, text, metaLabel);
            if (e.fileLink() != null) {
                box.getChildren().add(fileLink(model, e.fileLink()));
            }
            return box;
        }
    }

    private static Node fileLink(DeliveryPlanViewModel model, String link) {
        String name = Path.of(link).getFileName() == null ? link : Path.of(link).getFileName().toString();
        if (!FileLinks.exists(link)) {
            Label missing = new Label("File missing: " + link + " (moved or renamed? edit the entry to choose it again)");
            missing.getStyleClass().add("missing-file");
            missing.setWrapText(true);
            return missing;
        }
        Hyperlink h = new Hyperlink("📎 " + name);
        h.setTooltip(new Tooltip(link));
        h.setOnAction(e -> openFile(model, link));
        return h;
    }

    private static void openFile(DeliveryPlanViewModel model, String link) {
        try {
            Path file = FileLinks.requireExisting(link);
            model.context.tasks().run("Opening " + file.getFileName(), () -> {
                if (!java.awt.Desktop.isDesktopSupported() || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    throw new UserInputException("This computer cannot open files from Hubdesk; the file is at " + file);
                }
                java.awt.Desktop.getDesktop().open(file.toFile());
                return null;
            }, r -> { });
        } catch (UserInputException problem) {
            Dialogs.error(model.context.owner().get(), problem.getMessage());
        }
    }

    /** A practice download: what was observed, then the five questions answered. */
    static final class DownloadCell extends Lists.GraphicCell<PracticeDownload> {
        private final ListView<PracticeDownload> list;

        DownloadCell(ListView<PracticeDownload> list) {
            this.list = list;
        }

        @Override
        protected Node graphic(PracticeDownload d) {
            Label title = new Label(d.observed() + (d.observedOn() == null ? "" : " — " + d.observedOn()));
            title.setStyle("-fx-font-weight: bold;");
            title.setWrapText(true);
            VBox box = new VBox(2, title);
            for (PracticeDownload.Question q : PracticeDownload.Question.values()) {
                if (!d.answer(q).isEmpty()) {
                    Label a = new Label(q.words() + " " + d.answer(q));
                    a.setWrapText(true);
                    a.maxWidthProperty().bind(list.widthProperty().subtract(40));
                    box.getChildren().add(a);
                }
            }
            return box;
        }
    }
}
