package org.hubdesk.report.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.report.branding.Branding;
import org.junit.jupiter.api.Test;

class ReferenceTemplateTest {
    @Test
    void theCheckedInReferenceTemplateHasEveryStyleTheRendererUses() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/reference.docx")) {
            assertThat(in).as("templates/reference.docx on the class path").isNotNull();
            try (XWPFDocument doc = new XWPFDocument(in)) {
                for (String style : ReferenceTemplate.REQUIRED) {
                    assertThat(doc.getStyles().styleExist(style)).as("style " + style).isTrue();
                }
            }
        }
    }

    @Test
    void theGeneratedStylesCarryTheBrandingsFontAndColour() {
        Branding branding = new Branding("P", "#112233", null, "Georgia", null, null, null);
        var styles = ReferenceTemplate.styles(branding);
        String xml = styles.xmlText();
        assertThat(xml).contains("w:ascii=\"Georgia\"").contains("112233");
        for (String style : ReferenceTemplate.REQUIRED) {
            assertThat(xml).as(style).contains("w:styleId=\"" + style + "\"");
        }
    }
}
