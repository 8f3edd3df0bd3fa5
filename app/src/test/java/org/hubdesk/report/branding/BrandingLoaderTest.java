package org.hubdesk.report.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.report.SampleDocuments;
import org.junit.jupiter.api.Test;
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

    @Test
    void aLogoNamedButMissingIsAClearMessage() throws IOException {
        Files.writeString(dataDir.resolve("branding.properties"), "logo=crest.png\n");
        assertThatThrownBy(() -> BrandingLoader.load(dataDir, "P"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("crest.png").hasMessageContaining("does not exist");
    }

    @Test
    void aLogoThatIsNotAPngIsAClearMessage() throws IOException {
        Files.writeString(dataDir.resolve("logo.png"), "GIF89a pretending");
        assertThatThrownBy(() -> BrandingLoader.load(dataDir, "P")).hasMessageContaining("not a PNG");
    }

    @Test
    void aBrokenReferenceTemplateIsAClearMessage() throws IOException {
        Files.writeString(dataDir.resolve("reference.docx"), "this is not a Word file");
        assertThatThrownBy(() -> BrandingLoader.load(dataDir, "P"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("reference.docx").hasMessageContaining("damaged");
    }

    @Test
    void aColourThatIsNotAColourIsAClearMessage() throws IOException {
        Files.writeString(dataDir.resolve("branding.properties"), "colour.primary=navy\n");
        assertThatThrownBy(() -> BrandingLoader.load(dataDir, "P")).hasMessageContaining("#RRGGBB");
    }
}
