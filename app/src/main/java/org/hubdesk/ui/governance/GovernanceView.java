package org.hubdesk.ui.governance;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.hubdesk.domain.governance.BackToPractice;
import org.hubdesk.domain.governance.ChartGeometry;
import org.hubdesk.domain.governance.GovernanceChart;
import org.hubdesk.domain.home.DuePlace;
import org.hubdesk.domain.members.Group;
import org.hubdesk.ui.shell.AreaView;
import org.hubdesk.ui.shell.UiContext;

/**
 * The governance chart on screen: each group a box under the group it reports to, joined by
 * lines; a box opens the group's register and terms of reference. The same structure is written
 * out in words beneath, for a screen reader and for anyone who prefers a list; then the Back to
 * Practice model. Positions come from the domain's geometry, which the report's pictures use too.
 */
public final class GovernanceView implements AreaView {
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
        Label flowTitle = new Label("The Back to Practice model");
        flowTitle.getStyleClass().add("title-4");
        Label flowWords = new Label(String.join("\n", BackToPractice.sentences()));
        flowWords.setId("back-to-practice-words");
        flowWords.setWrapText(true);
        VBox body = new VBox(16, canvas, words, flowTitle, backToPractice(), flowWords);
        body.setPadding(new Insets(0, 16, 16, 16));
        root.setCenter(new ScrollPane(body));
        model.chart.addListener((o, a, chart) -> draw(chart));
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

    /** The forward planner's edits: the chart itself is not edited here. */
    @Override
    public org.hubdesk.ui.common.UndoManager undoManager() {
        return planner.model().undo();
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
            Polyline line = new Polyline(ChartGeometry.path(chart, link));
            line.getStyleClass().add("governance-link");
            line.setStrokeWidth(1.5);
            canvas.getChildren().add(line);
        }
        for (GovernanceChart.Box b : chart.boxes()) {
            Group g = b.group();
            Button box = new Button(String.join("\n", ChartGeometry.lines(g, today)));
            box.setId("governance-box-" + g.id());
            box.getStyleClass().add("governance-box");
            if (ChartGeometry.overdue(g, today)) {
                box.getStyleClass().add("governance-box-overdue");
            }
            box.setWrapText(true);
            box.setPrefSize(ChartGeometry.BOX_WIDTH, ChartGeometry.BOX_HEIGHT);
            box.setLayoutX(ChartGeometry.left(b));
            box.setLayoutY(ChartGeometry.top(b));
            box.setAccessibleText(g.name() + ", " + ChartGeometry.reviewText(g, today) + ". Opens the group's register.");
            box.setOnAction(e -> open.accept(DuePlace.GROUP, g.id()));
            canvas.getChildren().add(box);
        }
        canvas.setPrefSize(ChartGeometry.width(chart), ChartGeometry.height(chart));
        canvas.setMinSize(canvas.getPrefWidth(), canvas.getPrefHeight());
        words.setText(String.join("\n", ChartGeometry.sentences(chart)));
    }

    /** The Back to Practice model (seed 001) on the same grid as the report's picture. */
    private static Node backToPractice() {
        Pane flow = new Pane();
        flow.setId("back-to-practice");
        for (BackToPractice.Flow f : BackToPractice.flows()) {
            double[] p = BackToPractice.arrow(f);
            Line line = new Line(p[0], p[1], p[2], p[3]);
            line.getStyleClass().add("flow-arrow");
            line.setStrokeWidth(2);
            Polygon head = new Polygon(BackToPractice.head(p));
            head.getStyleClass().add("governance-arrow");
            Label label = new Label(f.label());
            label.getStyleClass().add("flow-label");
            BackToPractice.LabelSpot spot = BackToPractice.labelSpot(p);
            boolean level = Math.abs(p[3] - p[1]) < 1;
            // The spot is the text's baseline point: centred over a level arrow, else ending or starting at it.
            label.layoutXProperty().bind(label.widthProperty().multiply(level ? -0.5 : spot.endsAtX() ? -1 : 0).add(spot.x()));
            label.layoutYProperty().bind(label.heightProperty().multiply(-0.8).add(spot.y()));
            flow.getChildren().addAll(line, head, label);
        }
        for (BackToPractice.Stage s : BackToPractice.stages()) {
            Label box = new Label(s.name() + "\n" + s.role());
            box.getStyleClass().add("flow-stage");
            box.setStyle("-fx-background-color: #" + s.rgb() + ";");
            box.setWrapText(true);
            box.setPrefSize(BackToPractice.BOX_WIDTH, BackToPractice.BOX_HEIGHT);
            box.setMaxSize(BackToPractice.BOX_WIDTH, BackToPractice.BOX_HEIGHT);
            box.setLayoutX(BackToPractice.left(s));
            box.setLayoutY(BackToPractice.top(s));
            flow.getChildren().add(box);
        }
        flow.setPrefSize(BackToPractice.width(), BackToPractice.height());
        flow.setMinSize(BackToPractice.width(), BackToPractice.height());
        return flow;
    }
}
