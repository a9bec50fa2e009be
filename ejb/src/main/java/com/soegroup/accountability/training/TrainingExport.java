package com.soegroup.accountability.training;

import com.soegroup.accountability.shared.LedgerCells;
import com.soegroup.accountability.shared.LedgerPrint;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The training list as an Excel workbook (业务培训台账), in the ledger layout: a title, the date and the filter, bordered
 * cells, names not codes, A4 landscape with the header row on every page. The rows are read (and the export audited)
 * by {@link TrainingService#exportRows}.
 */
@Stateless
@DenyAll
public class TrainingExport {

    static final int MAX_ROWS = 20_000;
    static final String[] COLUMNS = {"clue.export.serial", "training.field.no", "training.field.course",
            "training.field.organiser", "training.field.heldOn", "training.field.hours", "training.field.participants",
            "training.field.external", "training.field.total"};

    @EJB
    private TrainingService trainings;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void xlsx(TrainingFilter filter, Map<String, String> texts, OutputStream out) {
        List<TrainingSummary> rows = trainings.exportRows(filter, MAX_ROWS);
        Function<String, String> t = key -> texts.getOrDefault(key, key);
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(t.apply("training.export.title"));
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            CellStyle title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle subtitle = book.createCellStyle();
            subtitle.setWrapText(true);
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = LedgerCells.bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle plain = LedgerCells.bordered(book);
            CellStyle wrap = LedgerCells.bordered(book);
            wrap.setWrapText(true);
            CellStyle date = LedgerCells.bordered(book);
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            int last = COLUMNS.length - 1;
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            cell(titleRow, 0, t.apply("training.export.title"), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row subtitleRow = sheet.createRow(1);
            subtitleRow.setHeightInPoints(30);
            TrainingFilter f = filter == null ? TrainingFilter.ALL : filter;
            cell(subtitleRow, 0, MessageFormat.format(t.apply("training.export.subtitle"), LocalDate.now(clock).toString(),
                    f.from() == null ? "—" : f.from().toString(), f.to() == null ? "—" : f.to().toString(), rows.size()), subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row headerRow = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(headerRow, i, t.apply(COLUMNS[i]), header);
            }
            sheet.createFreezePane(2, 3);
            LedgerPrint.setUp(sheet, 2, last, true);
            int[] widths = {6, 20, 36, 28, 12, 8, 10, 10, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 3;
            for (TrainingSummary s : rows) {
                Row row = sheet.createRow(r);
                number(row, 0, r - 2, plain);
                cell(row, 1, s.trainingNo(), plain);
                cell(row, 2, s.course(), wrap);
                cell(row, 3, s.organiserName(), wrap);
                Cell held = row.createCell(4);
                held.setCellValue(s.heldOn());
                held.setCellStyle(date);
                Cell hours = row.createCell(5);
                hours.setCellValue(s.hours().doubleValue());
                hours.setCellStyle(plain);
                number(row, 6, s.participants(), plain);
                number(row, 7, s.externalParticipants(), plain);
                number(row, 8, s.total(), plain);
                r++;
            }
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, last));
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // the temporary files are gone with dispose(); nothing else to release
            }
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
