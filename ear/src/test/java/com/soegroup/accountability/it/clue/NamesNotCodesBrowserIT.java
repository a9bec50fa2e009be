package com.soegroup.accountability.it.clue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.pages.AuditLogPage;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names, never codes, where people read: a clue's history, the audit log, the ledger's workbook and PDF show people
 * by name (王敏, not {@code office}), units by name and every code in words; the export takes the filter as it is on
 * screen, and the workbook is ready to print.
 */
class NamesNotCodesBrowserIT extends ApplicationIT {

    /** Codes as the application stores them: OFFICE, STATE_CHANGE, CLUE_LEDGER, CHECKING, AUDIT … */
    private static final Pattern CODE = Pattern.compile("\\b(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|OFFICE|LEADER|ADMIN|AUDITOR|CLUE"
            + "|REGISTERED|CHECKING|ACCEPTED|STANDARD|PLANNED|REPORT|AUDIT|CREATE|READ|UPDATE|EXPORT)\\b");
    /** Sign-in names of people who have a name. */
    private static final Pattern LOGIN = Pattern.compile("(?<![A-Za-z-])(?:office|leader|admin|auditor|public-form)(?![A-Za-z-])");
    /** The way histories and filters were written before: key=value. */
    private static final Pattern KEY_VALUE = Pattern.compile("\\b[a-zA-Z]+=");

    @Test
    void aCluesHistoryAndTheAuditLogNamePeopleAndSayCodesInWords() throws Exception {
        String no = ClueFixtures.checking("YBJSLQ", "路桥公司预付工程款未经集体决策 NAMES-PROBE");
        Api.Reply flagged = Api.as("leader").post("/clues/" + no + "/supervision", "{\"deadline\": \"" + Dates.daysFromToday(30)
                + "\", \"progressIntervalDays\": 14, \"version\": 1}");
        assertEquals(200, flagged.status(), flagged::toString);

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            ClueDetailPage clue = ClueDetailPage.open(browser, no);
            String history = clue.history();
            clue.screenshot("names-clue-history");
            assertTrue(history.contains("王敏"), "the office by name: " + history);
            assertTrue(history.contains("李建国"), "the leader by name: " + history);
            assertTrue(history.contains("承办人：张伟"), "details as a sentence: " + history);
            assertTrue(history.contains("督办领导：李建国"), "details as a sentence: " + history);
            assertNone(LOGIN, history, "sign-in names in the history");
            assertNone(KEY_VALUE, history, "key=value in the history");
            assertNone(CODE, history, "codes in the history");
            String supervision = clue.supervision();
            assertTrue(supervision.contains("李建国"), "the supervising leader by name: " + supervision);
            assertNone(LOGIN, supervision, "sign-in names in the supervision");
            clue.signOut();

            AuditLogPage log = SignInPage.open(browser).signIn("admin", "admin").menu().auditLog().forObject(no);
            String entries = log.log();
            log.screenshot("names-audit-log");
            assertTrue(entries.contains("王敏"), entries);
            assertTrue(entries.contains("问题线索"), "the object type in words: " + entries);
            assertTrue(entries.contains("责任追究工作办公室"), "the role in words: " + entries);
            assertNone(LOGIN, entries, "sign-in names in the audit log");
            assertNone(CODE, entries, "codes in the audit log");
            assertNone(KEY_VALUE, entries, "key=value in the audit log");

            // the log's export, as on screen: the same entries, in the same words
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(log.exportToExcel()))) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("对象编号：" + no),
                        sheet.getRow(1).getCell(0).getStringCellValue());
                assertTrue(sheet.getLastRowNum() >= 3 + 3, "the entries of the clue: " + sheet.getLastRowNum());
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertEquals(2, sheet.getRepeatingRows().getFirstRow());
                StringBuilder all = new StringBuilder();
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; c <= 6; c++) {
                        all.append(row.getCell(c).getStringCellValue()).append(' ');
                    }
                    all.append('\n');
                }
                String exported = all.toString();
                assertTrue(exported.contains("王敏") && exported.contains("李建国"), exported);
                assertTrue(exported.contains("问题线索") && exported.contains("领导小组成员"), exported);
                assertNone(LOGIN, exported, "sign-in names in the audit log's export");
                assertNone(CODE, exported, "codes in the audit log's export");
                assertNone(KEY_VALUE, exported, "key=value in the audit log's export");
            }
        }
    }

    @Test
    void theLedgerExportsTheFilterOnScreenAsASentenceWithNamesReadyToPrint() throws Exception {
        String probe = "ONSCREEN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String first = ClueFixtures.registered("office", "YBJSLQ", "路桥公司预付款 " + probe);
        String second = ClueFixtures.registered("office", "YBJSLQ", "路桥公司另一预付款 " + probe);

        try (Browser browser = Browser.open()) {
            ClueLedgerPage ledger = SignInPage.open(browser).signIn("office", "office").menu().clueLedger();
            // typed, not searched: the table still lists the whole ledger, the export takes what is on screen
            Path file = ledger.typeText(probe).exportToExcel();
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertEquals(5, sheet.getLastRowNum() + 1, "title, filter line, header and the two clues on screen");
                String filterLine = sheet.getRow(1).getCell(0).getStringCellValue();
                assertTrue(filterLine.contains("关键词：" + probe), filterLine);
                assertTrue(filterLine.contains("示范发展集团有限公司"), "the scope by name: " + filterLine);
                assertNone(KEY_VALUE, filterLine, "key=value in the filter line");
                assertFalse(filterLine.contains("YBJT"), filterLine);
                for (int r = 3; r <= 4; r++) {
                    Row row = sheet.getRow(r);
                    assertTrue(row.getCell(1).getStringCellValue().equals(first) || row.getCell(1).getStringCellValue().equals(second));
                    assertEquals("示范路桥工程有限公司", row.getCell(4).getStringCellValue(), "the handling unit by name");
                    for (int c = 0; c <= 16; c++) {
                        if (row.getCell(c) != null && c != 1) {
                            assertNone(CODE, row.getCell(c).toString(), "codes in column " + c);
                            assertNone(LOGIN, row.getCell(c).toString(), "sign-in names in column " + c);
                        }
                    }
                }
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), "landscape");
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
                assertEquals(1, print.getFitWidth(), "fits the width of a page");
                assertTrue(sheet.getFitToPage());
                CellRangeAddress repeated = sheet.getRepeatingRows();
                assertEquals(2, repeated.getFirstRow(), "the header row repeats on every page");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "an auto-filter on the header");
                assertTrue(sheet.getPaneInformation().isFreezePane(), "the header stays in view");
            }
        }

        HttpResponse<byte[]> pdf = Api.as("office").download("/clues/export.pdf?enterprise=YBJSLQ&source=AUDIT&q="
                + URLEncoder.encode(probe, StandardCharsets.UTF_8));
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("单位：示范路桥工程有限公司（含下属企业）"), text);
        assertTrue(text.contains("来源：审计发现"), text);
        assertTrue(text.contains("关键词：" + probe), text);
        assertNone(KEY_VALUE, text, "key=value in the PDF");
        assertNone(CODE, text, "codes in the PDF");
    }

    private static void assertNone(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        assertFalse(m.find(), () -> what + ": \"" + m.group() + "\" in " + text);
    }
}
