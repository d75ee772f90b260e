package org.openets.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a report file — CSV (UTF-8, optional byte-order mark) or XLSX (its first sheet) — into rows by column.
 * The first non-blank row is the header, in English or Chinese ({@link Column}); blank rows are skipped. Cell text
 * is kept exactly as written: a numeric XLSX cell is the decimal stored in the file, never a binary double
 * printed back. Every problem is collected with its line (CSV line or sheet row), none stops the reading of the
 * rows after it unless the header itself is unusable.
 */
public final class ReportSheet {

    public static final String FILE_RULE = "IMPORT-FILE-FORMAT";
    public static final String HEADER_RULE = "IMPORT-HEADER";
    public static final String CELL_RULE = "IMPORT-CELL-FORMAT";

    /** The rows read and the problems found. */
    public record Parsed(List<SheetRow> rows, List<ImportProblem> problems) {
    }

    private final List<SheetRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private Column[] columns;
    private boolean headerUsable;

    private ReportSheet() {
    }

    public static Parsed csv(byte[] bytes) {
        ReportSheet sheet = new ReportSheet();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            sheet.problems.add(new ImportProblem(0, "file", FILE_RULE, "a CSV file must be UTF-8 text"));
            return sheet.parsed();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineStarts lines = new LineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            long linesRead = 0;
            try {
                for (CSVRecord record : parser) {
                    sheet.row(lines.lineAt(record.getCharacterPosition()), record.toList(), List.of());
                    linesRead = parser.getCurrentLineNumber();
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // The record that fails starts after the last one read (an unclosed quote runs to the end).
                sheet.problems.add(new ImportProblem((int) linesRead + 1, "file", FILE_RULE,
                        "the CSV cannot be read from here: " + e.getMessage()));
            }
        } catch (IOException e) {
            sheet.problems.add(new ImportProblem(0, "file", FILE_RULE, "the CSV cannot be read: " + e.getMessage()));
        }
        return sheet.parsed();
    }

    public static Parsed xlsx(byte[] bytes) {
        ReportSheet sheet = new ReportSheet();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                sheet.problems.add(new ImportProblem(0, "file", FILE_RULE, "the workbook has no sheet"));
                return sheet.parsed();
            }
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                List<Integer> unreadable = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    String text = text(row.getCell(c));
                    if (text == null) {
                        unreadable.add(c);
                        text = "";
                    }
                    cells.add(text);
                }
                sheet.row(row.getRowNum() + 1, cells, unreadable);
            }
        } catch (IOException | RuntimeException e) {
            sheet.problems.add(new ImportProblem(0, "file", FILE_RULE, "not a readable XLSX workbook: "
                    + e.getClass().getSimpleName()));
        }
        return sheet.parsed();
    }

    /** A cell's text as written, or null for a cell that holds no text or number (a boolean, an error). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK -> "";
            case STRING -> cell.getStringCellValue().strip();
            // The stored decimal text ("20.908", "2.618E-2"), exact; reading it as a double would not be.
            case NUMERIC -> plain(new BigDecimal(((XSSFCell) cell).getRawValue()));
            default -> null;
        };
    }

    /** A number cell carries a value, not a layout: "2023.0" as stored by some writers is the year 2023. */
    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private void row(int line, List<String> rawCells, List<Integer> unreadable) {
        List<String> cells = rawCells.stream().map(String::strip).toList();
        if (cells.stream().allMatch(String::isEmpty) && unreadable.isEmpty()) {
            return;
        }
        if (columns == null) {
            header(line, cells);
            return;
        }
        if (!headerUsable) {
            return;
        }
        boolean readable = true;
        for (int index : unreadable) {
            problems.add(new ImportProblem(line, name(index), CELL_RULE, "the cell holds neither text nor a number"));
            readable = false;
        }
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            if (i >= columns.length || columns[i] == null) {
                if (!cells.get(i).isEmpty()) {
                    problems.add(new ImportProblem(line, name(i), CELL_RULE, "a value in column " + (i + 1)
                            + ", which has no header"));
                    readable = false;
                }
                continue;
            }
            byColumn.put(columns[i], cells.get(i));
        }
        if (readable) {
            rows.add(new SheetRow(line, byColumn));
        } else {
            rows.add(new SheetRow(line, byColumn, false));
        }
    }

    private void header(int line, List<String> cells) {
        columns = new Column[cells.size()];
        headerUsable = true;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            Column column = Column.byHeader(cells.get(i));
            if (column == null) {
                headerProblem(line, cells.get(i), "unknown column '" + cells.get(i) + "'; the columns are "
                        + Arrays.stream(Column.values()).map(Column::header).toList() + " or their Chinese headers");
            } else if (Arrays.asList(columns).contains(column)) {
                headerProblem(line, column.header(), "column " + column.header() + " appears twice");
            } else {
                columns[i] = column;
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !Arrays.asList(columns).contains(column)) {
                headerProblem(line, column.header(), "the required column " + column.header() + " ("
                        + column.chineseHeader() + ") is missing");
            }
        }
    }

    private void headerProblem(int line, String field, String message) {
        problems.add(new ImportProblem(line, field, HEADER_RULE, message));
        headerUsable = false;
    }

    private String name(int index) {
        return index < columns.length && columns[index] != null ? columns[index].header() : "column " + (index + 1);
    }

    private Parsed parsed() {
        if (columns == null && problems.isEmpty()) {
            problems.add(new ImportProblem(0, "file", FILE_RULE, "the file has no header row"));
        }
        return new Parsed(List.copyOf(rows), List.copyOf(problems));
    }

    /** Maps a character offset of the text to its 1-based line, so records spanning lines keep their first. */
    private static final class LineStarts {

        private final int[] starts;

        private final String text;

        LineStarts(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the record at {@code offset}; the parser puts it before the blank lines it skipped. */
        int lineAt(long offset) {
            while (offset < text.length() && (text.charAt((int) offset) == '\n' || text.charAt((int) offset) == '\r')) {
                offset++;
            }
            int index = Arrays.binarySearch(starts, (int) offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
