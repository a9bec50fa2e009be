package com.soegroup.accountability.shared.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded table: {@code .xlsx} (recognised by its content, not its name), or CSV in UTF-8 (with or
 * without the byte-order mark Excel's "CSV UTF-8" writes) or in GBK/GB18030 (what Excel's plain "CSV" writes
 * on a Chinese Windows). The first sheet's first row is the header; blank rows are skipped.
 */
public final class TableReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    private TableReader() {
    }

    public static Table read(byte[] content) throws TableException {
        if (content == null || content.length == 0) {
            throw new TableException("import.file.empty", null);
        }
        if (content.length > MAX_BYTES) {
            throw new TableException("import.file.tooLarge", null, MAX_BYTES / 1024 / 1024);
        }
        Table table = isZip(content) ? readXlsx(content) : readCsv(decode(content));
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new TableException("import.file.noHeader", null);
        }
        if (table.rows().size() > MAX_ROWS) {
            throw new TableException("import.file.tooManyRows", null, MAX_ROWS);
        }
        return table;
    }

    /** The text of a CSV file: UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK). */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static Table readCsv(String text) throws TableException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(cell == null ? "" : cell.strip()));
                if (headers == null) {
                    headers = cells;
                } else if (!blank(cells)) {
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            if (headers == null) {
                throw new TableException("import.file.empty", null);
            }
            return new Table(headers, rows);
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new TableException("import.file.unreadable", e);
        }
    }

    private static Table readXlsx(byte[] content) throws TableException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new TableException("import.file.empty", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (headers == null) {
                    if (blank(cells)) {
                        continue;
                    }
                    headers = cells;
                } else if (!blank(cells)) {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells));
                }
                if (rows.size() > MAX_ROWS) {
                    break;
                }
            }
            if (headers == null) {
                throw new TableException("import.file.empty", null);
            }
            return new Table(headers, rows);
        } catch (IOException | RuntimeException e) {
            throw new TableException("import.file.unreadable", e);
        }
    }

    /**
     * A cell as text: numbers exactly as stored (no thousands separators, no rounding by a display format),
     * dates as YYYY-MM-DD, formulas by their cached value.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
