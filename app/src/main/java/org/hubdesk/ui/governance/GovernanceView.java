package org.hubdesk.ui.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import org.hubdesk.domain.governance.GovernanceChart;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.shell.AreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * The governance chart on screen: each group a box under the group it reports to, joined by
 * lines; a box opens the group's register and terms of reference. The same structure is written
 * out in words beneath, for a screen reader and for anyone who prefers a list.
 */
public final class GovernanceView implements AreaView {
    static final double BOX_WIDTH = 210;
    static final double BOX_HEIGHT = 92;
    static final double SLOT = 232;
    static final double LEVEL = 130;
    static final double MARGIN = 20;

    private final GovernanceViewModel model;
    private final BiConsumer<DuePlace, Long> open;
    private final BorderPane root = new BorderPane();
    private final Pane canvas = new Pane();
    private final Label words = new Label();
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final org.hubdesk.ui.planner.PlannerView planner;

    public GovernanceView(UiContext context, BiConsumer<DuePlace, Long> open) {
        this.model = new GovernanceViewModel(context);
        this.open = open;
        root.setId("governance-area");
        Label title = new Label("Governance: who reports to whom");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Drawn from each group's \"reports to\" (Members and groups > Edit…). Choose a group to open its register and terms of reference.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox top = new VBox(4, title, hint);
        top.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(top);
        canvas.setId("governance-chart");
        words.setId("governance-words");
        words.setWrapText(true);
        VBox body = new VBox(16, canvas, words);
        body.setPadding(new Insets(0, 16, 16, 16));
        root.setCenter(new ScrollPane(body));
        model.chartProperty().addListener((o, a, chart) -> draw(chart));
        planner = new org.hubdesk.ui.planner.PlannerView(context);
        javafx.scene.control.Tab chartTab = new javafx.scene.control.Tab("Who reports to whom", root);
        javafx.scene.control.Tab plannerTab = new javafx.scene.control.Tab("Forward planner", planner.node());
        plannerTab.setId("governance-planner-tab");
        tabs.getTabs().setAll(chartTab, plannerTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == plannerTab) {
                planner.shown();
            }
        });
    }

    public org.hubdesk.ui.planner.PlannerView planner() {
        return planner;
    }

    /** Shows the forward planner's tab. */
    public void showPlanner() {
        tabs.getSelectionModel().selectLast();
    }

    public GovernanceViewModel model() {
        return model;
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void shown() {
        model.load();
        if (tabs.getSelectionModel().getSelectedIndex() == 1) {
            planner.shown();
        }
    }

    private static double left(GovernanceChart.Box b) {
        return MARGIN + b.x() * SLOT - BOX_WIDTH / 2;
    }

    private static double top(GovernanceChart.Box b) {
        return MARGIN + b.level() * LEVEL;
    }

    private void draw(GovernanceChart chart) {
        canvas.getChildren().clear();
        if (chart == null || chart.boxes().isEmpty()) {
            Label empty = new Label("No groups yet. Create them in Members and groups, with whom each reports to.");
            empty.setId("governance-empty");
            canvas.getChildren().add(empty);
            words.setText("");
            return;
        }
        LocalDate today = model.today();
        for (GovernanceChart.Link link : chart.links()) {
            GovernanceChart.Box from = chart.box(link.from());
            GovernanceChart.Box to = chart.box(link.to());
            double x1 = left(from) + BOX_WIDTH / 2;
            double y1 = top(from);
            double x2 = left(to) + BOX_WIDTH / 2;
            double y2 = top(to) + BOX_HEIGHT;
            double mid = (y1 + y2) / 2;
            Polyline line = new Polyline(x1, y1, x1, mid, x2, mid, x2, y2);
            line.getStyleClass().add("governance-link");
            line.setStrokeWidth(1.5);
            canvas.getChildren().add(line);
        }
        List<String> sentences = new ArrayList<>();
        for (GovernanceChart.Box b : chart.boxes()) {
            Group g = b.group();
            String kind = g.kind().label().equalsIgnoreCase(g.name()) ? "" : g.kind().label();
            String meets = g.meetingFrequency() == null ? "" : "meets " + g.meetingFrequency().toLowerCase(java.util.Locale.ROOT);
            String second = kind.isEmpty() ? meets : meets.isEmpty() ? kind : kind + " · " + meets;
            Button box = new Button(g.name() + (second.isEmpty() ? "" : "\n" + second) + "\n" + reviewText(g, today));
            box.setId("governance-box-" + g.id());
            box.getStyleClass().add("governance-box");
            if (g.termsReviewDate() != null && g.termsReviewDate().isBefore(today)) {
                box.getStyleClass().add("governance-box-overdue");
            }
            box.setWrapText(true);
            box.setPrefSize(BOX_WIDTH, BOX_HEIGHT);
            box.setLayoutX(left(b));
            box.setLayoutY(top(b));
            box.setAccessibleText(g.name() + ", " + reviewText(g, today) + ". Opens the group's register.");
            box.setOnAction(e -> open.accept(DuePlace.GROUP, g.id()));
            canvas.getChildren().add(box);
            Group up = g.reportsToGroupId() == null || chart.box(g.reportsToGroupId()) == null ? null
                    : chart.box(g.reportsToGroupId()).group();
            sentences.add(up == null ? g.name() + " reports to no other group here." : g.name() + " reports to the " + up.name() + ".");
        }
        canvas.setPrefSize(MARGIN * 2 + chart.slots() * SLOT, MARGIN * 2 + (chart.levels() - 1) * LEVEL + BOX_HEIGHT);
        canvas.setMinSize(canvas.getPrefWidth(), canvas.getPrefHeight());
        words.setText(String.join("\n", sentences.stream().sorted().toList()));
    }

    static String reviewText(Group g, LocalDate today) {
        if (g.termsReviewDate() == null) {
            return "no review date set";
        }
        return g.termsReviewDate().isBefore(today) ? "terms review overdue since " + g.termsReviewDate()
                : "terms review due " + g.termsReviewDate();
    }
}
