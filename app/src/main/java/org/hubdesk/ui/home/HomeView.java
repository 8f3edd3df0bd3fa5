package org.hubdesk.ui.home;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hubdesk.domain.home.DueItem;
import org.hubdesk.domain.home.DueKind;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * Home: what needs the business unit this week, under headings (papers, minutes, actions, case
 * review clocks, impact reviews, terms of reference, next meetings). Each line is a link that opens
 * the place where it is dealt with; an overdue line says "overdue" and is also shown in red.
 */
public final class HomeView extends ModelScreen<HomeViewModel, BorderPane> {
    private final BiConsumer<DuePlace, Long> open;
    private final VBox lines = new VBox(2);
    private final Label heading = new Label();

    public HomeView(UiContext context, BiConsumer<DuePlace, Long> open) {
        super(new HomeViewModel(context), new BorderPane());
        this.open = open;
        root.setId("home-area");
        heading.getStyleClass().add("title-3");
        ComboBox<Integer> within = new ComboBox<>();
        within.getItems().setAll(7, 14, 31, 92);
        within.setValue(model.within.get());
        within.setId("home-within");
        within.setAccessibleText("Days ahead to look");
        within.valueProperty().addListener((o, a, days) -> {
            if (days != null) {
                model.within.set(days);
            }
        });
        Label withinLabel = new Label("Look ahead (days):");
        withinLabel.setLabelFor(within);
        HBox top = new HBox(12, heading, withinLabel, within);
        top.setPadding(new Insets(12, 16, 8, 16));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.setTop(top);
        lines.setPadding(new Insets(0, 16, 16, 16));
        lines.setId("home-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        model.revision.addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        heading.setText("What needs you: " + model.today() + " to " + model.today().plusDays(model.within.get()));
        lines.getChildren().clear();
        Map<DueKind, List<DueItem>> grouped = model.grouped();
        if (grouped.isEmpty()) {
            Label empty = new Label(model.loaded.get()
                    ? "Nothing is overdue and nothing falls due in the next " + model.within.get() + " days. "
                    + "Each group's next meeting appears here once it is planned (Meetings > New meeting)."
                    : "Gathering what is due…");
            empty.setId("home-empty");
            empty.setWrapText(true);
            empty.setPadding(new Insets(16, 0, 0, 0));
            lines.getChildren().add(empty);
            return;
        }
        int n = 0;
        for (Map.Entry<DueKind, List<DueItem>> group : grouped.entrySet()) {
            DueKind kind = group.getKey();
            long overdue = group.getValue().stream().filter(DueItem::overdue).count();
            Label title = new Label(kind.heading() + " (" + group.getValue().size() + (overdue > 0 ? ", " + overdue + " overdue" : "") + ")");
            title.getStyleClass().addAll("title-4", "home-heading");
            title.setId("home-heading-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            title.setPadding(new Insets(12, 0, 2, 0));
            Label why = new Label(kind.explanation());
            why.getStyleClass().add("text-muted");
            lines.getChildren().addAll(title, why);
            for (DueItem item : group.getValue()) {
                Hyperlink link = new Hyperlink(item.date() + "   " + item.text());
                link.setId("due-" + n++);
                link.getStyleClass().add("due-line");
                if (item.overdue()) {
                    link.getStyleClass().add("text-danger");
                }
                link.setWrapText(true);
                link.setAccessibleText(item.kind().heading() + ": " + item.date() + " " + item.text());
                link.setUserData(item);
                link.setOnAction(e -> {
                    link.setVisited(false);
                    open.accept(item.place(), item.targetId());
                });
                lines.getChildren().add(link);
            }
        }
    }
}
