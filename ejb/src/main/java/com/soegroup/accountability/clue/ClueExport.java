package com.soegroup.accountability.clue;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.org.DisplayNames;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.LedgerCells;
import com.soegroup.accountability.shared.LedgerPrint;
import com.soegroup.accountability.shared.PdfFont;
import com.soegroup.accountability.shared.PdfPageDecoration;
import com.soegroup.accountability.shared.PdfText;
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
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exports of the filtered ledger (台账导出), laid out like the ledgers people keep: a title row, Chinese headers,
 * numbers as numbers and dates as dates in Excel; a landscape PDF with the Chinese font embedded (text stays
 * selectable), a header line and page numbers on every page. Both stream: rows are read a chunk at a time
 * and written out at once (SXSSF keeps a window of rows, the PDF table is flushed per chunk), so a ledger of
 * any length needs the same memory. Every export is in the audit trail with its filter and row count.
 * <p>
 * The texts (title, headers, code names) come from the web layer's bundles in the user's language, as
 * {@code texts}, made by {@link ClueExportTexts#of(Function)} from the caller's bundle.
 */
@Stateless
@DenyAll
public class ClueExport {

    static final int CHUNK = 500;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CircumstanceClassifier classifier;

    @Inject
    private ClueRepository clues;

    @Inject
    private ClueAccess access;

    @Inject
    private Clock clock;

    @EJB
    private DisplayNames names;

    /**
     * Checks before anything is streamed that the export can run: the filter resolves in the caller's scope
     * (else 400/404) and, for a PDF, a CJK font is there (else 422). Once bytes flow, an error can no longer
     * become a proper answer.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void check(ClueFilter filter, boolean pdf) {
        access.query(scopes.current(), filter);
        if (pdf) {
            font();
        }
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void xlsx(ClueFilter filter, ClueSort sort, Map<String, String> texts, OutputStream out) {
        Scope scope = scopes.current();
        ClueQuery query = access.query(scope, filter);
        Function<String, String> t = key -> texts.getOrDefault(key, key);
        LocalDate today = LocalDate.now(clock);
        int rows = 0;
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(t.apply("clue.export.title"));
            Styles styles = new Styles(book);
            Row title = sheet.createRow(0);
            title.setHeightInPoints(28);
            cell(title, 0, t.apply("clue.export.title"), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, ClueExportTexts.COLUMNS.length - 1));
            Row subtitle = sheet.createRow(1);
            cell(subtitle, 0, subtitle(t, scope, filter, today), styles.subtitle);
            subtitle.setHeightInPoints(30);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, ClueExportTexts.COLUMNS.length - 1));
            Row header = sheet.createRow(2);
            for (int i = 0; i < ClueExportTexts.COLUMNS.length; i++) {
                cell(header, i, t.apply(ClueExportTexts.COLUMNS[i]), styles.header);
            }
            sheet.createFreezePane(2, 3);
            LedgerPrint.setUp(sheet, 2, ClueExportTexts.COLUMNS.length - 1, true);
            int[] widths = {6, 20, 12, 24, 12, 12, 16, 60, 16, 8, 12, 10, 12, 8, 12, 8, 12, 50};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int r = 3;
            for (List<LedgerRow> chunk : (Iterable<List<LedgerRow>>) clues.chunks(scope, query, sort, CHUNK)::iterator) {
                for (LedgerRow c : chunk) {
                    ClueSummary s = ClueAccess.toSummary(c, today);
                    Row row = sheet.createRow(r++);
                    rows++;
                    number(row, 0, rows, styles.integer);
                    cell(row, 1, s.ledgerNo(), styles.plain);
                    date(row, 2, s.receivedOn(), styles.date);
                    cell(row, 3, s.enterpriseName(), styles.plain);
                    cell(row, 4, s.ownerName() == null ? s.ownerCode() : s.ownerName(), styles.plain);
                    cell(row, 5, t.apply(s.source().bundleKey()), styles.plain);
                    cell(row, 6, s.persons(), styles.plain);
                    cell(row, 7, s.summary(), styles.wrap);
                    if (s.possibleLoss() != null) {
                        number(row, 8, s.possibleLoss().doubleValue(), styles.money);
                    }
                    cell(row, 9, s.level() == null ? null : t.apply("clue.level." + s.level().name()), styles.plain);
                    cell(row, 10, t.apply(s.status().bundleKey()), styles.plain);
                    cell(row, 11, s.handler(), styles.plain);
                    date(row, 12, s.checkDeadline(), styles.date);
                    cell(row, 13, s.supervised() ? t.apply("clue.export.yes") : null, styles.plain);
                    date(row, 14, s.supervisionDeadline(), styles.date);
                    cell(row, 15, s.overdue() ? t.apply("clue.export.yes") : null, s.overdue() ? styles.overdue : styles.plain);
                    date(row, 16, s.closedOn(), styles.date);
                    cell(row, 17, circumstances(c), styles.wrap);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, ClueExportTexts.COLUMNS.length - 1));
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
        audited("XLSX", filter, rows);
    }

    /** The circumstances suspected as the regulations name them, "《实施办法》第十二条第（三）项（…）". */
    private String circumstances(LedgerRow row) {
        return row.circumstances().stream().map(code -> code.split("\\|"))
                .map(p -> classifier.find(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])))
                .flatMap(Optional::stream).map(c -> c.reference() + "（" + c.shortName() + "）")
                .collect(Collectors.joining("；"));
    }

    /** The circumstances suspected by their short names only, for the narrow column of the printed ledger. */
    private String shortNames(LedgerRow row) {
        return row.circumstances().stream().map(code -> code.split("\\|"))
                .map(p -> classifier.find(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])))
                .flatMap(Optional::stream).map(c -> c.shortName())
                .collect(Collectors.joining("；"));
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    public void pdf(ClueFilter filter, ClueSort sort, Map<String, String> texts, OutputStream out) {
        Scope scope = scopes.current();
        ClueQuery query = access.query(scope, filter);
        BaseFont font = font();
        Function<String, String> t = key -> texts.getOrDefault(key, key);
        LocalDate today = LocalDate.now(clock);
        Font body = new Font(font, 7.5f);
        Font head = new Font(font, 8, Font.BOLD);
        int rows = 0;
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 40, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPageDecoration(font, t.apply("clue.export.title"), t.apply("clue.export.page"),
                    t.apply("report.pageTotal")));
            document.addTitle(t.apply("clue.export.title"));
            document.open();
            Paragraph title = PdfText.paragraph(t.apply("clue.export.title"), new Font(font, 14, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            document.add(PdfText.paragraph(subtitle(t, scope, filter, today), new Font(font, 8)));
            // the circumstances by short name, wrapped in their cell; the summary gives up the room (A4 landscape)
            int[] pdfColumns = {0, 1, 2, 3, 5, 6, 7, 8, 10, 14, 17};
            float[] widths = {3, 10, 6.5f, 11, 6, 7, 22, 8, 6, 6.5f, 11};
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            table.setSpacingBefore(6);
            for (int c : pdfColumns) {
                PdfPCell cell = PdfText.cell(t.apply(ClueExportTexts.COLUMNS[c]), head);
                cell.setBackgroundColor(new Color(0xE8, 0xEC, 0xF2));
                table.addCell(cell);
            }
            for (List<LedgerRow> chunk : (Iterable<List<LedgerRow>>) clues.chunks(scope, query, sort, CHUNK)::iterator) {
                for (LedgerRow c : chunk) {
                    ClueSummary s = ClueAccess.toSummary(c, today);
                    rows++;
                    String[] values = {Integer.toString(rows), s.ledgerNo(), String.valueOf(s.receivedOn()), s.enterpriseName(),
                            t.apply(s.source().bundleKey()), s.persons(), s.summary(),
                            s.possibleLoss() == null ? "" : String.format("%,.2f", s.possibleLoss()),
                            t.apply(s.status().bundleKey()),
                            s.supervisionDeadline() == null ? "" : s.supervisionDeadline().toString(), shortNames(c)};
                    for (int i = 0; i < values.length; i++) {
                        PdfPCell cell = PdfText.cell(values[i], body);
                        if (i == 7) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        if (s.overdue()) {
                            cell.setBackgroundColor(new Color(0xFD, 0xEC, 0xEA));
                        }
                        table.addCell(cell);
                    }
                }
                // hand the finished rows to the writer: memory holds one chunk, not the ledger
                document.add(table);
            }
            table.setComplete(true);
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF export failed", e);
        }
        audited("PDF", filter, rows);
    }

    private void audited(String format, ClueFilter filter, int rows) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", format);
        facts.put("rows", rows);
        facts.put("filter", (filter == null ? ClueFilter.ALL : filter).describe());
        audit.record(AuditAction.EXPORT, ClueAccess.AUDIT_LEDGER, null, List.of(), facts);
    }

    private String subtitle(Function<String, String> t, Scope scope, ClueFilter filter, LocalDate today) {
        ClueFilter f = filter == null ? ClueFilter.ALL : filter;
        Set<String> codes = new HashSet<>(scope.rootCodes());
        if (f.enterprise() != null) {
            codes.add(f.enterprise().strip());
        }
        Map<String, String> enterpriseNames = names.enterpriseFullNames(codes);
        String roots = String.join(t.apply("clue.export.filter.and"), scope.rootCodes().stream().sorted(Comparator.naturalOrder())
                .map(c -> enterpriseNames.getOrDefault(c, c)).toList());
        return MessageFormat.format(t.apply("clue.export.subtitle"), roots, today.toString(),
                ClueExportTexts.filterSentence(f, t, c -> enterpriseNames.getOrDefault(c, c)));
    }

    /** The CJK font for PDFs (shared.PdfFont); without one a PDF export is refused with a sentence. */
    static BaseFont font() {
        BaseFont font = PdfFont.load();
        if (font == null) {
            throw AccountabilityException.refused("clue.export.noFont");
        }
        return font;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    /** The cell styles of one workbook (a workbook holds a limited number: made once, shared by all cells). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle date;
        final CellStyle money;
        final CellStyle integer;
        final CellStyle overdue;

        Styles(SXSSFWorkbook book) {
            org.apache.poi.ss.usermodel.Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setWrapText(true);
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            org.apache.poi.ss.usermodel.Font bold = book.createFont();
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
            money = LedgerCells.bordered(book);
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            integer = LedgerCells.bordered(book);
            integer.setDataFormat(book.createDataFormat().getFormat("0"));
            org.apache.poi.ss.usermodel.Font red = book.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            overdue = LedgerCells.bordered(book);
            overdue.setFont(red);
        }
    }
}
