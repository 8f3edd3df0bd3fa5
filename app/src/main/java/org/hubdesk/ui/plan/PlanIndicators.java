package org.hubdesk.ui.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hubdesk.domain.assurance.Indicator;
import org.hubdesk.domain.plan.DeliveryPlan;
import org.hubdesk.service.assurance.PerformanceService;

/**
 * The performance indicators the plan's "Current data and performance" pulls in (their trend
 * charts and latest values go into the plan's Word and PDF), and every indicator to choose from.
 */
public final class PlanIndicators {
    private final DeliveryPlanViewModel model;
    public final ObservableList<Indicator> available = FXCollections.observableArrayList();
    public final ObservableList<Indicator> chosen = FXCollections.observableArrayList();
    private long loadedFor = -1;

    PlanIndicators(DeliveryPlanViewModel model) {
        this.model = model;
        model.plan.addListener((o, a, p) -> {
            if (p != null && p.id() != loadedFor) {
                load(p);
            }
        });
    }

    private record Loaded(List<Indicator> all, List<Long> chosen) {
    }

    private void load(DeliveryPlan plan) {
        long id = plan.id();
        loadedFor = id;
        model.context.tasks().run("Loading the plan's indicators", () -> new Loaded(
                model.context.services().performance().series().stream().map(PerformanceService.Series::indicator).toList(),
                model.service().chosenIndicators(id)), loaded -> {
                    if (model.plan.get() != null && model.plan.get().id() == id) {
                        Map<Long, Indicator> byId = loaded.all().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
                        available.setAll(loaded.all());
                        chosen.setAll(loaded.chosen().stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
                    }
                });
    }

    /** Chooses these indicators, in this order (synchronously, so the dialog can show a problem). */
    public void choose(List<Long> indicatorIds) {
        DeliveryPlan plan = model.editable();
        model.service().chooseIndicators(plan.id(), indicatorIds);
        load(plan);
    }
}
