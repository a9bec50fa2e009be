package com.soegroup.accountability.rectification;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.org.EnterpriseRepository;
import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rectification board as an Excel workbook (整改台账), laid out like the clue ledger's: a title, the scope,
 * the date and the filter as a sentence, bordered cells, names not codes, overdue in red with the working days
 * late, A4 landscape with the header row on every page. Each export is audited with its filter and row count.
 */
@Stateless
@DenyAll
public class RectificationExport {

    /** The most rows one export writes. */
    static final int MAX_ROWS = 20_000;
    static final String[] COLUMNS = {"clue.export.serial", "rectification.field.no", "rectification.field.source",
            "rectification.field.origin", "rectification.field.enterprise", "rectification.field.department",
            "rectification.field.responsible", "rectification.field.measure", "rectification.field.requirement",
            "rectification.field.deadline", "rectification.field.status", "rectification.field.daysLate",
            "rectification.field.clue"};

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private RectificationAccess access;

    @Inject
    private RectificationRepository rectifications;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private DisplayNames names;

    /** Checks the filter before the download starts, so that a refusal shows on the page, not in a broken file. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void check(RectificationFilter filter) {
        path(scopes.current(), filter == null ? RectificationFilter.ALL : filter);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void xlsx(RectificationFilter filter, Map<String, String> texts, OutputStream out) {
        Scope scope = scopes.current();
        RectificationFilter f = filter == null ? RectificationFilter.ALL : filter;
        String path = path(scope, f);
        Function<String, String> t = key -> texts.getOrDefault(key, key);
        LocalDate today = access.today();
        List<RectificationSummary> rows = access.summaries(scope,
                rectifications.page(scope, f, path, today, 0, MAX_ROWS), today);
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(t.apply("rectification.export.title"));
            Styles styles = new Styles(book);
            int last = COLUMNS.length - 1;
            Row title = sheet.createRow(0);
            title.setHeightInPoints(28);
            cell(title, 0, t.apply("rectification.export.title"), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row subtitle = sheet.createRow(1);
            subtitle.setHeightInPoints(30);
            cell(subtitle, 0, subtitle(scope, f, t, today), styles.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row header = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                cell(header, i, t.apply(COLUMNS[i]), styles.header);
            }
            sheet.createFreezePane(2, 3);
            LedgerPrint.setUp(sheet, 2, last, true);
            int[] widths = {6, 20, 12, 20, 24, 14, 10, 10, 50, 12, 10, 10, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 3;
            for (RectificationSummary s : rows) {
                Row row = sheet.createRow(r);
                Cell serial = row.createCell(0);
                serial.setCellValue(r - 2);
                serial.setCellStyle(styles.plain);
                cell(row, 1, s.rectificationNo(), styles.plain);
                cell(row, 2, t.apply(s.source().bundleKey()), styles.plain);
                cell(row, 3, s.origin(), styles.wrap);
                cell(row, 4, s.enterpriseName(), styles.wrap);
                cell(row, 5, s.department(), styles.plain);
                cell(row, 6, s.responsibleName(), styles.plain);
                cell(row, 7, t.apply(s.measure().bundleKey()), styles.plain);
                cell(row, 8, s.requirement(), styles.wrap);
                Cell deadline = row.createCell(9);
                deadline.setCellValue(s.deadline());
                deadline.setCellStyle(s.overdue() ? styles.overdueDate : styles.date);
                cell(row, 10, t.apply(s.status().bundleKey()), styles.plain);
                cell(row, 11, s.overdue() ? MessageFormat.format(t.apply("rectification.export.daysLate"), s.daysLate()) : null,
                        s.overdue() ? styles.overdue : styles.plain);
                cell(row, 12, s.clueLedgerNo(), styles.plain);
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
        facts.put("rows", rows.size());
        facts.put("filter", describe(f));
        audit.record(AuditAction.EXPORT, RectificationRepository.LIST, null, List.of(), facts);
    }

    private String path(Scope scope, RectificationFilter f) {
        Inputs.optional("q", f.text(), 200);
        if (f.enterprise() == null || f.enterprise().isBlank()) {
            return null;
        }
        return enterprises.pathOf(scope, f.enterprise()).orElseThrow(AccountabilityException::notFound);
    }

    private String subtitle(Scope scope, RectificationFilter f, Function<String, String> t, LocalDate today) {
        Set<String> codes = new HashSet<>(scope.rootCodes());
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            codes.add(f.enterprise().strip());
        }
        Map<String, String> enterpriseNames = names.enterpriseFullNames(codes);
        String roots = String.join(t.apply("clue.export.filter.and"), scope.rootCodes().stream().sorted()
                .map(c -> enterpriseNames.getOrDefault(c, c)).toList());
        List<String> parts = new ArrayList<>();
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            String name = enterpriseNames.getOrDefault(f.enterprise().strip(), f.enterprise().strip());
            parts.add(MessageFormat.format(t.apply("clue.export.filter.enterprise"), f.subsidiaries()
                    ? MessageFormat.format(t.apply("clue.export.filter.withSubsidiaries"), name) : name));
        }
        if (!f.statuses().isEmpty()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.status"), join(f.statuses(), t)));
        }
        if (!f.sources().isEmpty()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.source"), join(f.sources(), t)));
        }
        if (f.overdueOnly()) {
            parts.add(t.apply("clue.export.filter.overdue"));
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add(MessageFormat.format(t.apply("clue.export.filter.text"), f.text().strip()));
        }
        String filter = parts.isEmpty() ? t.apply("clue.export.filter.none") : String.join(t.apply("clue.export.filter.separator"), parts);
        return MessageFormat.format(t.apply("clue.export.subtitle"), roots, today.toString(), filter);
    }

    private static String join(Set<? extends BundleKeyed> codes, Function<String, String> t) {
        return String.join(t.apply("clue.export.filter.and"), codes.stream().map(c -> t.apply(c.bundleKey())).sorted().toList());
    }

    static String describe(RectificationFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            parts.add("enterprise=" + f.enterprise().strip() + (f.subsidiaries() ? "+" : ""));
        }
        if (!f.statuses().isEmpty()) {
            parts.add("status=" + f.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (!f.sources().isEmpty()) {
            parts.add("source=" + f.sources().stream().map(Enum::name).sorted().toList());
        }
        if (f.overdueOnly()) {
            parts.add("overdue=true");
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add("text=" + f.text().strip());
        }
        return String.join(" ", parts);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** The cell styles of one workbook, made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle date;
        final CellStyle overdueDate;
        final CellStyle overdue;

        Styles(SXSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setWrapText(true);
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            Font bold = book.createFont();
            bold.setBold(true);
            header = LedgerCells.bordered(book);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            plain = LedgerCells.bordered(book);
            wrap = LedgerCells.bordered(book);
            wrap.setWrapText(true);
            short dateFormat = book.createDataFormat().getFormat("yyyy-mm-dd");
            date = LedgerCells.bordered(book);
            date.setDataFormat(dateFormat);
            Font red = book.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            overdueDate = LedgerCells.bordered(book);
            overdueDate.setDataFormat(dateFormat);
            overdueDate.setFont(red);
            overdue = LedgerCells.bordered(book);
            overdue.setFont(red);
        }
    }
}
