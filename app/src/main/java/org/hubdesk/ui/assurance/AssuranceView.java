package org.hubdesk.ui.assurance;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.hubdesk.ui.shell.ModelScreen;
import org.hubdesk.ui.shell.UiContext;

/**
 * Assurance: three tabs, each its own pane: the self-assessment audit rounds
 * ({@link AuditRoundsPane}), the performance data ({@link PerformancePane}) and the audit and
 * observation calendar ({@link CalendarPane}). The line at the bottom says what the last action did.
 */
public final class AssuranceView extends ModelScreen<AssuranceViewModel, BorderPane> {

    public AssuranceView(UiContext context) {
        super(new AssuranceViewModel(context), new BorderPane());
        TabPane tabs = new TabPane(new Tab("Self-assessment audits", new AuditRoundsPane(model).build()),
                new Tab("Performance data", new PerformancePane(model).build()), new Tab("Audit calendar", new CalendarPane(model).build()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(0).setId("tab-audits");
        tabs.getTabs().get(1).setId("tab-performance");
        tabs.getTabs().get(2).setId("tab-calendar");
        root.setCenter(tabs);
        Label message = new Label();
        message.setId("assurance-message");
        message.textProperty().bind(model.message);
        message.setPadding(new Insets(4, 10, 4, 10));
        root.setBottom(message);
        model.load();
    }
}
