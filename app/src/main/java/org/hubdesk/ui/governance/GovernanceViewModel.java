package org.hubdesk.ui.governance;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hubdesk.domain.governance.GovernanceChart;
import org.hubdesk.ui.shell.UiContext;

/** The governance chart of the partnership's groups, rebuilt from the data each time it is shown. */
public final class GovernanceViewModel {
    private final UiContext context;
    private final ReadOnlyObjectWrapper<GovernanceChart> chartWrapper = new ReadOnlyObjectWrapper<>();
    public final ReadOnlyObjectProperty<GovernanceChart> chart = chartWrapper.getReadOnlyProperty();

    public GovernanceViewModel(UiContext context) {
        this.context = context;
    }

    public void load() {
        context.tasks().run("Drawing the governance chart", () -> GovernanceChart.of(context.services().members().groups()), chartWrapper::set);
    }

    public java.time.LocalDate today() {
        return context.today();
    }
}
