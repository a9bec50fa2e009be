package com.soegroup.accountability.web.statistics;

import com.soegroup.accountability.shared.LedgerCells;
import com.soegroup.accountability.shared.LedgerPrint;
import com.soegroup.accountability.statistics.Comparison;
import com.soegroup.accountability.statistics.EnterpriseIndicators;
import com.soegroup.accountability.statistics.Figure;
import com.soegroup.accountability.statistics.FigureGroup;
import com.soegroup.accountability.statistics.MonthFigures;
import com.soegroup.accountability.statistics.Statistics;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's tables as a workbook, one sheet each, as offices print ledgers: a title, the sentence of the
 * filters, bordered cells with names (never codes), amounts in 万元, A4 with the header on every page.
 */
final class StatisticsWorkbook {

    private final XSSFWorkbook book;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle plain;
    private final CellStyle number;
    private final CellStyle money;
    private final Function<String, String> text;
    private final String filterLine;

    private StatisticsWorkbook(XSSFWorkbook book, Function<String, String> text, String filterLine) {
        this.book = book;
        this.text = text;
        this.filterLine = filterLine;
        title = book.createCellStyle();
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        header = LedgerCells.bordered(book);
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        plain = LedgerCells.bordered(book);
        plain.setWrapText(true);
        DataFormat format = book.createDataFormat();
        number = LedgerCells.bordered(book);
        number.setDataFormat(format.getFormat("#,##0"));
        money = LedgerCells.bordered(book);
        money.setDataFormat(format.getFormat("#,##0.00"));
    }

    static void write(Statistics s, boolean indicatorsOnly, Function<String, String> text, Function<Figure, String> names,
                      OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            String line = text.apply("statistics.export.period") + s.filter().from() + " — " + s.filter().to()
                    + text.apply("statistics.export.enterprise") + s.enterpriseName() + text.apply("statistics.export.subtree");
            StatisticsWorkbook w = new StatisticsWorkbook(book, text, line);
            if (!indicatorsOnly) {
                w.comparisons(s.yearOverYear());
                w.months(s.months());
                for (FigureGroup g : s.groups()) {
                    w.group(g, names);
                }
            }
            w.indicators(s.enterprises(), s.caseWorkingDays());
            book.write(out);
        }
    }

    private void comparisons(List<Comparison> rows) {
        Sheet sheet = sheet("statistics.yoy.title", "statistics.yoy.item", "statistics.yoy.current",
                "statistics.yoy.previous", "statistics.yoy.change");
        int r = 3;
        for (Comparison c : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, text.apply(c.labelKey()) + (c.amount() ? text.apply("statistics.unit.tenThousandYuanSuffix") : ""));
            amount(row, 1, c.amount() ? tenThousand(c.current()) : c.current(), c.amount());
            amount(row, 2, c.amount() ? tenThousand(c.previous()) : c.previous(), c.amount());
            text(row, 3, c.changePercent() == null ? "—" : c.changePercent().toPlainString() + "%");
        }
        finish(sheet, 4, r, new int[]{28, 14, 14, 12});
    }

    private void months(List<MonthFigures> months) {
        Sheet sheet = sheet("statistics.month.title", "statistics.month.month", "statistics.month.clues",
                "statistics.month.cluesYearBefore", "statistics.month.casesOpened", "statistics.month.casesConcluded",
                "statistics.month.losses", "statistics.month.people", "statistics.month.rectificationsDone",
                "statistics.month.recovered", "statistics.month.reportsLate");
        int r = 3;
        for (MonthFigures m : months) {
            Row row = sheet.createRow(r++);
            text(row, 0, m.month().toString());
            count(row, 1, m.clues());
            count(row, 2, m.cluesYearBefore());
            count(row, 3, m.casesOpened());
            count(row, 4, m.casesConcluded());
            amount(row, 5, tenThousand(m.losses()), true);
            count(row, 6, m.people());
            count(row, 7, m.rectificationsDone());
            amount(row, 8, tenThousand(m.recovered()), true);
            count(row, 9, m.reportsLate());
        }
        finish(sheet, 10, r, new int[]{10, 10, 12, 10, 10, 14, 12, 12, 14, 12});
    }

    private void group(FigureGroup g, Function<Figure, String> names) {
        List<String> heads = new ArrayList<>(List.of("statistics.table.item", "statistics.table.count"));
        if (g.amounts()) {
            heads.add("statistics.table.amount");
        }
        Sheet sheet = sheet(g.titleKey(), heads.toArray(String[]::new));
        int r = 3;
        for (Figure f : g.figures()) {
            Row row = sheet.createRow(r++);
            text(row, 0, names.apply(f));
            count(row, 1, f.count());
            if (g.amounts()) {
                amount(row, 2, tenThousand(f.amount()), true);
            }
        }
        Row total = sheet.createRow(r++);
        text(total, 0, text.apply("statistics.table.total"));
        count(total, 1, g.total());
        if (g.amounts()) {
            amount(total, 2, tenThousand(g.figures().stream().map(Figure::amount).reduce(BigDecimal.ZERO, BigDecimal::add)), true);
        }
        finish(sheet, heads.size(), r, g.amounts() ? new int[]{28, 12, 16} : new int[]{28, 12});
    }

    private void indicators(List<EnterpriseIndicators> rows, int days) {
        Sheet sheet = sheet("statistics.indicators.title", "statistics.indicators.enterprise", "statistics.indicators.clues",
                "statistics.indicators.lossCases", "statistics.indicators.losses", "statistics.indicators.concluded",
                "statistics.indicators.onTime", "statistics.indicators.openOverdue", "statistics.indicators.recovered",
                "statistics.indicators.rectificationsOverdue", "statistics.indicators.reportsLate");
        int r = 3;
        for (EnterpriseIndicators e : rows) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.name() + (e.own() ? text.apply("statistics.indicators.ownSuffix") : ""));
            count(row, 1, e.clues());
            count(row, 2, e.lossCases());
            amount(row, 3, tenThousand(e.losses()), true);
            count(row, 4, e.concluded());
            count(row, 5, e.concludedOnTime());
            count(row, 6, e.openOverdue());
            amount(row, 7, tenThousand(e.recovered()), true);
            count(row, 8, e.rectificationsOverdue());
            count(row, 9, e.reportsLate());
        }
        Row note = sheet.createRow(r + 1);
        note.createCell(0).setCellValue(text.apply("statistics.indicators.note").replace("{0}", Integer.toString(days)));
        finish(sheet, 10, r, new int[]{30, 10, 10, 14, 10, 12, 14, 14, 12, 12});
    }

    private Sheet sheet(String titleKey, String... headKeys) {
        String name = WorkbookUtil.createSafeSheetName(text.apply(titleKey));
        Sheet sheet = book.createSheet(book.getSheet(name) == null ? name : name + book.getNumberOfSheets());
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(text.apply(titleKey));
        t.setCellStyle(title);
        sheet.createRow(1).createCell(0).setCellValue(filterLine);
        if (headKeys.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headKeys.length - 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, headKeys.length - 1));
        }
        Row head = sheet.createRow(2);
        for (int i = 0; i < headKeys.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(text.apply(headKeys[i]));
            c.setCellStyle(header);
        }
        return sheet;
    }

    private static void finish(Sheet sheet, int columns, int rows, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256 * 2);
        }
        sheet.createFreezePane(0, 3);
        LedgerPrint.setUp(sheet, 2, columns - 1, columns > 4);
    }

    private void text(Row row, int column, String value) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(plain);
    }

    private void count(Row row, int column, long value) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(number);
    }

    private void amount(Row row, int column, BigDecimal value, boolean isMoney) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? 0 : value.doubleValue());
        c.setCellStyle(isMoney ? money : number);
    }

    static BigDecimal tenThousand(BigDecimal yuan) {
        return (yuan == null ? BigDecimal.ZERO : yuan).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP);
    }
}
