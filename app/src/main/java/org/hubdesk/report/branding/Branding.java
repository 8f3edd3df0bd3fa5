package org.hubdesk.report.branding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How every report looks for one partnership: its name on the title block and page header, the
 * primary colour of headings and table headers, the font, an optional logo (PNG) and the Word
 * reference template whose styles the DOCX renderer uses.
 *
 * @param referenceDocx the reference .docx bytes, or null for the styles Hubdesk builds itself
 * @param classification a protective marking printed in the page header (e.g. OFFICIAL), or null
 */
public record Branding(String partnershipName, String primaryColour, String accentColour, String font,
                       byte[] logoPng, byte[] referenceDocx, String classification) {
    private static final Pattern HEX = Pattern.compile("[0-9A-F]{6}");
    public static final String DEFAULT_PRIMARY = "1F4E79";
    public static final String DEFAULT_ACCENT = "C55A11";
    public static final String DEFAULT_FONT = "Arial";

    public Branding {
        partnershipName = partnershipName == null || partnershipName.isBlank() ? "Safeguarding Children Partnership" : partnershipName.strip();
        primaryColour = colour(primaryColour, DEFAULT_PRIMARY, "colour.primary");
        accentColour = colour(accentColour, DEFAULT_ACCENT, "colour.accent");
        font = font == null || font.isBlank() ? DEFAULT_FONT : font.strip();
        classification = classification == null || classification.isBlank() ? null : classification.strip();
    }

    /** Plain defaults: no logo, generated styles; used by tests and when no templates are found. */
    public static Branding defaults(String partnershipName) {
        return new Branding(partnershipName, null, null, null, null, null, null);
    }

    static String colour(String text, String fallback, String key) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String hex = text.strip().replaceFirst("^#", "").toUpperCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new org.hubdesk.domain.common.UserInputException("The colour '" + text + "' for " + key
                    + " in branding.properties is not a colour: write it as #RRGGBB, e.g. #1F4E79");
        }
        return hex;
    }

    public Branding withReferenceDocx(byte[] docx) {
        return new Branding(partnershipName, primaryColour, accentColour, font, logoPng, docx, classification);
    }

    public Branding withLogo(byte[] png) {
        return new Branding(partnershipName, primaryColour, accentColour, font, png, referenceDocx, classification);
    }

    /** The primary colour as red, green, blue (0-255), for the PDF renderer. */
    public int[] primaryRgb() {
        return rgb(primaryColour);
    }

    public int[] accentRgb() {
        return rgb(accentColour);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
