package com.soegroup.accountability.shared;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A ledger's sheet set up for paper as offices print ledgers: A4, every column on the width of a page, the header row
 * again on every page, narrow margins and "page / pages" at the foot. Every workbook the application exports (the
 * clue ledger, the rectification board, the statistics, the audit log) prints the same way.
 */
public final class LedgerPrint {

    private LedgerPrint() {
    }

    /**
     * @param headerRow  the row (0-based) of the column headers, repeated on each page
     * @param lastColumn the last column (0-based) of the table
     * @param landscape  false only for a narrow table that reads better upright
     */
    public static void setUp(Sheet sheet, int headerRow, int lastColumn, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, lastColumn));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("&P / &N");
    }
}
