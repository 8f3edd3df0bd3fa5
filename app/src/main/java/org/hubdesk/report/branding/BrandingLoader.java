package org.hubdesk.report.branding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hubdesk.domain.common.UserInputException;

/**
 * Reads the branding: the built-in defaults in {@code templates/} (on the class path), overridden
 * file by file by what the user has dropped into the data folder: {@code branding.properties},
 * {@code reference.docx} and {@code logo.png}. Without a reference.docx of the user's, Word reports
 * use styles built from the branding (so a new colour in branding.properties reaches them); with
 * one, its styles win. Every file is checked here, before any report is
 * written, so a bad file gives one clear message instead of a broken report.
 */
public final class BrandingLoader {
    public static final String PROPERTIES = "branding.properties";
    public static final String REFERENCE = "reference.docx";
    public static final String LOGO = "logo.png";
    private static final String CLASSPATH_FOLDER = "/templates/";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private BrandingLoader() {
    }

    /**
     * @param userFolder     the data folder (may hold the user's own branding files), or null
     * @param partnershipName the partnership's name from the database, used unless branding names one
     */
    public static Branding load(Path userFolder, String partnershipName) {
        Properties props = new Properties();
        byte[] builtIn = classpath(PROPERTIES);
        if (builtIn != null) {
            read(props, new String(builtIn, StandardCharsets.UTF_8), "the built-in " + PROPERTIES);
        }
        Path userProps = userFolder == null ? null : userFolder.resolve(PROPERTIES);
        Properties user = new Properties();
        if (userProps != null && Files.isRegularFile(userProps)) {
            try {
                read(user, Files.readString(userProps, StandardCharsets.UTF_8), userProps.toString());
            } catch (IOException e) {
                throw new UserInputException("Cannot read " + userProps + ": " + e.getMessage(), e);
            }
            props.putAll(user);
        }
        String name = props.getProperty("partnership.name", "").isBlank() ? partnershipName : props.getProperty("partnership.name");
        byte[] logo = logo(userFolder, user, props);
        byte[] reference = reference(userFolder);
        return new Branding(name, props.getProperty("colour.primary"), props.getProperty("colour.accent"),
                props.getProperty("font"), logo, reference, props.getProperty("classification"));
    }

    private static void read(Properties props, String text, String where) {
        try (Reader reader = new StringReader(text)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException("Cannot read " + where + ": " + e.getMessage(), e);
        }
    }

    private static byte[] logo(Path userFolder, Properties user, Properties all) {
        String named = user.getProperty("logo", "").strip();
        if (!named.isEmpty()) {
            Path file = userFolder.resolve(named);
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("The logo file " + file + " named in " + userFolder.resolve(PROPERTIES)
                        + " does not exist; put the PNG there or remove the 'logo' line");
            }
            return png(file);
        }
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(LOGO))) {
            return png(userFolder.resolve(LOGO));
        }
        String builtIn = all.getProperty("logo", "").strip();
        return builtIn.isEmpty() ? null : classpath(builtIn);
    }

    private static byte[] png(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!isPng(bytes)) {
                throw new UserInputException("The logo " + file + " is not a PNG picture; save it as .png and try again");
            }
            return bytes;
        } catch (IOException e) {
            throw new UserInputException("Cannot read the logo " + file + ": " + e.getMessage(), e);
        }
    }

    static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] reference(Path userFolder) {
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(REFERENCE))) {
            Path file = userFolder.resolve(REFERENCE);
            try {
                byte[] bytes = Files.readAllBytes(file);
                checkOpens(bytes, file.toString());
                return bytes;
            } catch (IOException e) {
                throw new UserInputException("Cannot read the Word template " + file + ": " + e.getMessage(), e);
            }
        }
        // No template of the user's: the renderer builds the styles from the branding's font and colours,
        // which templates/reference.docx (the starting point for a user's own) was generated from too.
        return null;
    }

    /** Fails with a clear message when a reference template is not a Word document Hubdesk can use. */
    public static void checkOpens(byte[] docx, String where) {
        try (InputStream in = new ByteArrayInputStream(docx); XWPFDocument ignored = new XWPFDocument(in)) {
            // Opening it is the check: styles and numbering parse here.
        } catch (Exception | LinkageError e) {
            throw new UserInputException("The Word template " + where + " is damaged or not a .docx file; "
                    + "save it again from Word as a .docx, or delete it to use the built-in styles", e);
        }
    }

    private static byte[] classpath(String name) {
        try (InputStream in = BrandingLoader.class.getResourceAsStream(CLASSPATH_FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
