package org.hubdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.model.Document;

/** Draws a {@link Document} in one file format. */
public interface DocumentRenderer {
    void render(Document document, Branding branding, OutputStream out) throws IOException;
}
