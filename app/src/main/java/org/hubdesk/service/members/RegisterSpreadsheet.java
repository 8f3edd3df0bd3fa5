package org.hubdesk.service.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubdesk.domain.common.UserInputException;
import org.hubdesk.domain.members.RegisterImportColumn;

/**
 * Register spreadsheets on disk: reads the cells of an .xlsx (first sheet) or a .csv as text, and
 * writes an .xlsx atomically. Everything a user can get wrong about a file comes back as a
 * {@link UserInputException} naming the file.
 */
public final class RegisterSpreadsheet {
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_COLUMNS = 100;
    private static final char[] CSV_SEPARATORS = {',', ';', '\t'};

    private RegisterSpreadsheet() {
    }

    /** The file's rows top to bottom, each a list of cell texts; dates as ISO text. */
    public static List<List<String>> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            throw new UserInputException("The file " + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + " is a folder, not a spreadsheet");
        }
        if (lower.endsWith(".xls")) {
            throw new UserInputException(name + " is an old Excel .xls workbook: save it as .xlsx or .csv and import that");
        }
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            throw notASpreadsheet(name);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserInputException(name + " is too large for a membership register (over 20 MB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new UserInputException("Cannot read " + file + ": you do not have permission to open it", e);
        } catch (IOException e) {
            throw new UserInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new UserInputException("The file " + name + " is empty");
        }
        return lower.endsWith(".xlsx") ? readXlsx(name, bytes) : readCsv(name, bytes);
    }

    private static UserInputException notASpreadsheet(String name) {
        return new UserInputException(name + " is not an .xlsx or .csv spreadsheet");
    }

    // ---- .xlsx

    private static List<List<String>> readXlsx(String name, byte[] bytes) {
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UserInputException(name + " is password-protected or an old .xls workbook: save it without a password"
                    + " as .xlsx or .csv and import that");
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            throw notASpreadsheet(name);
        }
        try (InputStream in = new java.io.ByteArrayInputStream(bytes); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UserInputException("The file " + name + " is empty: it has no sheets");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.UK);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    rows.add(List.of());
                    continue;
                }
                List<String> cells = new ArrayList<>();
                // A register has a dozen columns; formatting dragged across a whole row should not cost 16,384 cells.
                for (int c = 0; c < Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum())); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(cells);
            }
            return rows;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI throws a handful of runtime types for a zip that is not a workbook (a .docx, a damaged file).
            throw new UserInputException(name + " is not an .xlsx or .csv spreadsheet (it could not be opened as an Excel workbook)", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield formula ? NumberToTextConverter.toText(cell.getNumericCellValue()) : formatter.formatCellValue(cell);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "Yes" : "No";
            default -> "";
        };
    }

    // ---- .csv

    private static List<List<String>> readCsv(String name, byte[] bytes) {
        if (startsWith(bytes, '%', 'P', 'D', 'F') || startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)
                || containsNul(bytes)) {
            throw notASpreadsheet(name);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> best = null;
        for (char separator : CSV_SEPARATORS) {
            List<List<String>> rows = parseCsv(text, separator);
            if (best == null) {
                best = rows;
            }
            if (hasRegisterHeader(rows)) {
                return rows;
            }
        }
        return best;
    }

    /** Excel saves CSV as UTF-8 or, on older Windows set-ups, as Windows-1252; take whichever decodes cleanly. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean hasRegisterHeader(List<List<String>> rows) {
        for (List<String> row : rows) {
            boolean agency = false;
            boolean name = false;
            for (String cell : row) {
                var column = RegisterImportColumn.forHeader(cell);
                agency |= column.filter(c -> c == RegisterImportColumn.AGENCY).isPresent();
                name |= column.filter(c -> c == RegisterImportColumn.NAME).isPresent();
            }
            if (agency && name) {
                return true;
            }
        }
        return false;
    }

    /** RFC 4180: quoted fields may hold separators, doubled quotes and line breaks; CRLF or LF ends a record. */
    static List<List<String>> parseCsv(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static boolean containsNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- writing

    /**
     * Writes one sheet: a bold header row, then the rows (String, LocalDate or null cells). The
     * workbook goes to a temporary file in the same folder and is then moved over {@code out}, so a
     * failure never leaves half a file where the user expects their register.
     */
    public static void writeXlsx(Path out, String sheetName, List<String> headings, List<List<Object>> rows) {
        Path target = out.toAbsolutePath();
        String name = target.getFileName().toString();
        Path folder = target.getParent();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UserInputException("The register is written as an Excel workbook: give a file name ending in .xlsx, not " + name);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException("The folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException(target + " is a folder; give a file name ending in .xlsx");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + name, ".tmp");
        } catch (IOException e) {
            throw cannotWrite(folder, e);
        }
        try {
            try (XSSFWorkbook workbook = build(sheetName, headings, rows); OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw e instanceof AccessDeniedException
                    ? new UserInputException("Cannot replace " + target + ": close it in Excel or any program that has it open,"
                            + " or choose another name", e)
                    : cannotWrite(folder, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover hidden temp file; the user's file is already in place or untouched.
            }
        }
    }

    /** The message for a folder that refuses a new file: read-only, no permission, full disk. */
    static UserInputException cannotWrite(Path folder, IOException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (reason.contains("No space left")) {
            return new UserInputException("The disk holding " + folder + " is full; free some space and try again", e);
        }
        boolean readOnly = e instanceof AccessDeniedException
                || e instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("Read-only");
        if (readOnly) {
            return new UserInputException("Cannot write to the folder " + folder
                    + ": it is read-only or you do not have permission; choose another folder", e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        }
        return new UserInputException("Cannot write to the folder " + folder + ": " + reason, e);
    }

    private static XSSFWorkbook build(String sheetName, List<String> headings, List<List<Object>> rows) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headingStyle = workbook.createCellStyle();
        headingStyle.setFont(bold);
        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        int[] widths = new int[headings.size()];
        Row header = sheet.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(headingStyle);
            widths[c] = headings.get(c).length();
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                    widths[c] = Math.max(widths[c], 10);
                } else {
                    cell.setCellValue(value.toString());
                    widths[c] = Math.max(widths[c], value.toString().length());
                }
            }
        }
        // Character-count widths: autoSizeColumn needs fonts from the desktop, which a headless run may lack.
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(80, widths[c] + 2) * 256);
        }
        sheet.createFreezePane(0, 1);
        // Printed, the register fits the page width in landscape with its header on every page.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, rows.size()), 0, headings.size() - 1));
        return workbook;
    }
}
