package org.hubdesk.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.hubdesk.report.branding.Branding;
import org.hubdesk.report.branding.BrandingLoader;
import org.hubdesk.report.model.Document;
import org.hubdesk.report.model.Run;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word styles every Hubdesk report uses, built from the branding (font, colours). Real
 * built-in style ids (Title, Heading1-3, TOC1-2, Caption, Header, Footer, ListParagraph) so Word's
 * navigation pane, table of contents and "restyle the document" all work; a few Hubdesk styles
 * (HubdeskTable, HubdeskNote, ...) for what Word has no style for.
 *
 * <p>{@link #main} writes {@code templates/reference.docx}; a user edits a copy of it in Word and
 * drops it into the data folder. Styles the user deleted are put back from here so a report never
 * refers to a style that does not exist.
 */
public final class ReferenceTemplate {
    /** The styles the renderer refers to; a reference template missing one gets ours. */
    static final String[] REQUIRED = {"Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "TOCHeading", "TOC1",
        "TOC2", "Caption", "Header", "Footer", "ListParagraph", "HubdeskPartnership", "HubdeskMeta", "HubdeskNote",
        "HubdeskWarning", "HubdeskSmall", "HubdeskTableText", "HubdeskTable", "HubdeskFacts"};

    private ReferenceTemplate() {
    }

    /**
     * Writes a reference template whose body shows every style in use, so whoever edits it in Word
     * sees what they are changing: java -cp hubdesk.jar org.hubdesk.report.docx.ReferenceTemplate templates/reference.docx
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "templates/reference.docx");
        Branding branding = BrandingLoader.load(null, "Partnership Name").withReferenceDocx(null);
        try (OutputStream out = Files.newOutputStream(target)) {
            new DocxRenderer().render(sample(), branding, out);
        }
    }

    static Document sample() {
        return Document.builder("Report Title (style: Title)")
                .subtitle("Subtitle (style: Subtitle)")
                .author("Business Unit")
                .date(java.time.LocalDate.of(2026, 4, 1))
                .labelValues(lv -> lv.add("Label (Hubdesk Facts, first column)", "Value").add("Group", "Learning Hub"))
                .heading1("Heading 1")
                .paragraph(Run.plain("Body text in the Normal style, with "), Run.bold("bold"), Run.plain(" and "),
                        Run.italic("italic"), Run.plain(" runs. Change a style in Word (Home, Styles, right-click, Modify) "
                                + "and every Hubdesk report uses the change once this file is in the data folder as reference.docx."))
                .toBeWritten("a placeholder for the admin to replace (style: To Be Written).")
                .warning("something the board must notice (style: Warning).")
                .heading2("Heading 2")
                .bullets(List.of("A bulleted list item (List Paragraph)", "Another item"))
                .numbered(List.of("A numbered list item", "Another item"))
                .heading3("Heading 3")
                .table(t -> t.column("Header row", 2).column("Hubdesk Table style", 3).column("Column", 1)
                        .row("Cell (Table Text)", "Banded rows", "1").row("Cell", "Second row", "2").row("Cell", "Third row", "3")
                        .caption("A caption (style: Caption)"))
                .note("Small print (style: Small Print).")
                .build();
    }

    /** Replaces the document's styles with Hubdesk's. */
    static void applyStyles(XWPFDocument doc, Branding branding) {
        doc.createStyles().setStyles(styles(branding));
    }

    /** Adds the Hubdesk styles a user's reference template lacks, leaving the user's own ones alone. */
    static void ensureStyles(XWPFDocument doc, Branding branding) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        for (CTStyle style : styles(branding).getStyleArray()) {
            if (!styles.styleExist(style.getStyleId())) {
                styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
            }
        }
    }

    static CTStyles styles(Branding b) {
        String xml = STYLES.replace("$FONT", escape(b.font())).replace("$PRIMARY", b.primaryColour())
                .replace("$ACCENT", b.accentColour());
        try {
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (XmlException e) {
            throw new IllegalStateException("Hubdesk's own style sheet does not parse", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static final String STYLES = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
         <w:docDefaults>
          <w:rPrDefault><w:rPr><w:rFonts w:ascii="$FONT" w:hAnsi="$FONT" w:eastAsia="$FONT" w:cs="$FONT"/>
            <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
         </w:docDefaults>
         <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
         <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>
          <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
         <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>
          <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
          <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
         <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>
          <w:semiHidden/><w:unhideWhenUsed/></w:style>
         <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:before="120" w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>
          <w:rPr><w:b/><w:color w:val="$PRIMARY"/><w:kern w:val="28"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
          <w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="$PRIMARY"/></w:pBdr>
          <w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="$PRIMARY"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
          <w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="$PRIMARY"/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
          <w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
          <w:rPr><w:b/><w:bCs/><w:color w:val="404040"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/>
          <w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
         <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:before="80" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="284"/></w:pPr></w:style>
         <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
          <w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="200"/></w:pPr>
          <w:rPr><w:i/><w:iCs/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
          <w:unhideWhenUsed/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="BFBFBF"/></w:pBdr>
          <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
          <w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>
          <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskPartnership"><w:name w:val="Partnership Name"/>
          <w:basedOn w:val="Normal"/><w:next w:val="Title"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr>
          <w:rPr><w:b/><w:caps/><w:color w:val="$PRIMARY"/><w:spacing w:val="10"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskMeta"><w:name w:val="Paper Details"/><w:basedOn w:val="Normal"/>
          <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="$ACCENT"/></w:pBdr>
          <w:spacing w:after="240"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskNote"><w:name w:val="To Be Written"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="$ACCENT"/></w:pBdr>
          <w:shd w:val="clear" w:color="auto" w:fill="FFF4CE"/><w:ind w:left="170" w:right="113"/></w:pPr>
          <w:rPr><w:color w:val="5A4400"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskWarning"><w:name w:val="Warning"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="C00000"/></w:pBdr>
          <w:shd w:val="clear" w:color="auto" w:fill="FBE5E5"/><w:ind w:left="170" w:right="113"/></w:pPr>
          <w:rPr><w:color w:val="7F0000"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskSmall"><w:name w:val="Small Print"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
         <w:style w:type="paragraph" w:customStyle="1" w:styleId="HubdeskTableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>
          <w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
         <w:style w:type="table" w:customStyle="1" w:styleId="HubdeskTable"><w:name w:val="Hubdesk Table"/><w:basedOn w:val="TableNormal"/>
          <w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
          <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="D9D9D9"/>
          </w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/>
          <w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
          <w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>
          <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="$PRIMARY"/></w:tcPr></w:tblStylePr>
          <w:tblStylePr w:type="band2Horz"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>
         </w:style>
         <w:style w:type="table" w:customStyle="1" w:styleId="HubdeskFacts"><w:name w:val="Hubdesk Facts"/><w:basedOn w:val="TableNormal"/>
          <w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
          <w:tblPr><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>
          <w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>
          <w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/><w:color w:val="404040"/></w:rPr></w:tblStylePr></w:style>
        </w:styles>
        """;
}
