package org.hubdesk.service.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * A report whose id, title, description and scope are fixed: the subclass names them once in its
 * constructor and writes {@link #build}.
 */
public abstract class CatalogueReport implements Report {
    private final String id;
    private final String title;
    private final String description;
    private final Set<ReportScope.Kind> needs;

    protected CatalogueReport(String id, String title, String description, ReportScope.Kind... needs) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.needs = needs.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(needs[0], needs));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<ReportScope.Kind> needs() {
        return needs;
    }
}
