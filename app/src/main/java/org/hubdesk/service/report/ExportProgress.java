package org.hubdesk.service.report;

/** Where an export tells how far it has got (the Reports screen's progress bar). */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (fraction, message) -> { };

    /** @param fraction 0 to 1 */
    void update(double fraction, String message);
}
