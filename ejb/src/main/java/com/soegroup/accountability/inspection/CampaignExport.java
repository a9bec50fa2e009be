package com.soegroup.accountability.inspection;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.shared.LedgerCells;
import com.soegroup.accountability.shared.LedgerPrint;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A campaign's progress per enterprise as an Excel workbook (自查情况汇总表), in the ledger layout: a title, the
 * campaign and its due date as a sentence, bordered cells, names not codes, overdue in red with the working days
 * late, A4 landscape with the header row on every page. Each export is audited.
 */
@Stateless
@DenyAll
public class CampaignExport {

    static final String[] COLUMNS = {"clue.export.serial", "inspection.field.enterprise", "inspection.field.status",
            "inspection.field.submittedAt", "inspection.field.daysLate", "inspection.field.answered",
            "inspection.field.problems", "inspection.field.clues"};

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CampaignAccess access;

    /** Finds the campaign before the download starts, so that a refusal shows on the page, not in a broken file. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void check(String campaignNo) {
        access.find(scopes.current(), campaignNo);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void xlsx(String campaignNo, Map<String, String> texts, Function<Instant, String> when, OutputStream out) {
        Scope scope = scopes.current();
        Campaign c = access.find(scope, campaignNo);
        CampaignDetail d = access.view(scope, c);
        Function<String, String> t = key -> texts.getOrDefault(key, key);
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(t.apply("inspection.export.title"));
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
            Font red = book.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            CellStyle overdue = LedgerCells.bordered(book);
            overdue.setFont(red);
            int last = COLUMNS.length - 1;
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            cell(titleRow, 0, t.apply("inspection.export.title"), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row subtitleRow = sheet.createRow(1);
            subtitleRow.setHeightInPoints(30);
            CampaignSummary s = d.summary();
            cell(subtitleRow, 0, MessageFormat.format(t.apply("inspection.export.subtitle"), s.campaignNo(), s.title(),
                    s.rootName(), s.dueDate().toString(), t.apply(s.status().bundleKey()), access.today().toString()), subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row headerRow = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(headerRow, i, t.apply(COLUMNS[i]), header);
            }
            sheet.createFreezePane(2, 3);
            LedgerPrint.setUp(sheet, 2, last, true);
            int[] widths = {6, 32, 10, 18, 12, 10, 10, 10};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 3;
            for (SheetProgress p : d.progress()) {
                Row row = sheet.createRow(r);
                Cell serial = row.createCell(0);
                serial.setCellValue(r - 2);
                serial.setCellStyle(plain);
                cell(row, 1, p.enterpriseName(), wrap);
                cell(row, 2, t.apply(p.status().bundleKey()), p.overdue() ? overdue : plain);
                cell(row, 3, p.submittedAt() == null ? null : when.apply(p.submittedAt()), plain);
                cell(row, 4, p.overdue() ? MessageFormat.format(t.apply("inspection.export.daysLate"), p.daysLate()) : null,
                        p.overdue() ? overdue : plain);
                number(row, 5, p.answered(), plain);
                number(row, 6, p.problems(), plain);
                number(row, 7, p.clues(), plain);
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
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", "XLSX");
        facts.put("rows", d.progress().size());
        audit.record(AuditAction.EXPORT, CampaignRepository.OBJECT_TYPE, c.campaignNo(), List.of(), facts);
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
