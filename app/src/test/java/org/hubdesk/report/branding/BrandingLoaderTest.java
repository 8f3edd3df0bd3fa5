package org.hubdesk.report.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class BrandingLoaderTest {
    @TempDir
    Path dataDir;

    @Test
    void withNothingInTheDataFolderTheBuiltInTemplatesApply() {
        Branding b = BrandingLoader.load(dataDir, "Northbridge Partnership");
        assertThat(b.partnershipName()).isEqualTo("Northbridge Partnership");
        assertThat(b.primaryColour()).isEqualTo(Branding.DEFAULT_PRIMARY);
        assertThat(b.font()).isEqualTo("Arial");
        assertThat(b.referenceDocx()).as("styles come from the branding itself").isNull();
        assertThat(b.logoPng()).isNull();
    }

    @Test
    void theUsersFilesOverrideOnlyWhatTheySay() throws IOException {
        Files.writeString(dataDir.resolve("branding.properties"), "colour.primary=#006633\nclassification=OFFICIAL\n");
        Files.write(dataDir.resolve("logo.png"), SampleDocuments.png(20, 10));
        Branding b = BrandingLoader.load(dataDir, "Northbridge Partnership");
        assertThat(b.primaryColour()).isEqualTo("006633");
        assertThat(b.classification()).isEqualTo("OFFICIAL");
        assertThat(b.font()).isEqualTo("Arial");
        assertThat(b.partnershipName()).isEqualTo("Northbridge Partnership");
        assertThat(b.logoPng()).isNotNull();
    }

    @Test
    void aUsersReferenceTemplateIsUsedAsIs() throws IOException {
        try (var in = getClass().getResourceAsStream("/templates/reference.docx")) {
            Files.write(dataDir.resolve("reference.docx"), in.readAllBytes());
        }
        assertThat(BrandingLoader.load(dataDir, "P").referenceDocx()).isNotNull();
    }

    /** A file in the data folder that cannot be used: loading refuses with a message naming what is wrong. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "branding.properties; 'logo=crest.png\n'; crest.png; does not exist",
        "logo.png; GIF89a pretending; not a PNG; not a PNG",
        "reference.docx; this is not a Word file; reference.docx; damaged",
        "branding.properties; 'colour.primary=navy\n'; #RRGGBB; #RRGGBB"})
    void anUnusableFileIsAClearMessage(String file, String content, String names, String says) throws IOException {
        Files.writeString(dataDir.resolve(file), content);
        assertThatThrownBy(() -> BrandingLoader.load(dataDir, "P"))
                .isInstanceOf(UserInputException.class).hasMessageContaining(names).hasMessageContaining(says);
    }
}
