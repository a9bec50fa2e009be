package com.soegroup.accountability.it.annual;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.AnnualReportPage;
import com.soegroup.accountability.testsupport.pages.AnnualReportsPage;
import com.soegroup.accountability.testsupport.pages.FilingPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual work report in the browser (issue 19): the office starts a report, writes part 四 over the system's
 * draft and submits it; the leader approves with an opinion after a confirmation; the office records the sending and
 * downloads the Word document. The pages at phone width without sideways scrolling, and the filing's workbook.
 */
class AnnualReportBrowserIT extends ApplicationIT {

    @Test
    void officeDraftsAndSubmitsLeaderApprovesOfficeDownloads() throws IOException {
        String reportNo;
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            AnnualReportPage report = AnnualReportsPage.openFor(browser, YEAR - 2, "YBWT").create();
            reportNo = report.reportNo();
            assertTrue(reportNo.startsWith("YBWT-ND-" + (YEAR - 2)), reportNo);
            assertTrue(report.section("OVERVIEW").contains("示范"), "drafted from the data: " + report.section("OVERVIEW"));
            assertTrue(report.figures().contains("审计发现"), "the figures by name");
            report.write("PROBLEMS", "文旅板块线索处置偏慢。").save().waitForMessage("已保存为新版本");
            report.submit().waitForState("待审批");
            assertFalse(report.canEdit(), "submitted: no more editing");
            report.screenshot("annual-submitted");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            AnnualReportPage report = AnnualReportPage.open(browser, reportNo);
            assertEquals("文旅板块线索处置偏慢。", report.section("PROBLEMS"));
            report.approve("同意按此报送。").waitForState("已审批");
            assertTrue(report.history().contains("同意按此报送。"), report.history());
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            AnnualReportPage report = AnnualReportPage.open(browser, reportNo);
            report.markSent(TODAY, "国资监管在线报送系统", "示范文投〔" + YEAR + "〕5号", "市国资委").waitForMessage("已登记报送");
            assertEquals("已报送", report.state());
            Path docx = report.downloadDocx();
            try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in);
                 XWPFWordExtractor text = new XWPFWordExtractor(word)) {
                assertTrue(text.getText().contains("文旅板块线索处置偏慢。"), "the text as approved");
                assertTrue(text.getText().contains("三、年度主要数据"));
            }
            report.screenshot("annual-sent");
        }
    }

    @Test
    void thePagesFitAPhoneAndTheFilingDownloads() throws IOException {
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            AnnualReportsPage list = AnnualReportsPage.open(browser);
            assertTrue(list.table().contains("示范集团") && list.table().contains("逾期"), "names, and the late draft in red: " + list.table());
            list.screenshot("annual-reports-phone");
            assertEquals(0, list.horizontalOverflow(), "the list scrolls sideways");
            String no = list.table().lines().filter(l -> l.contains("YBNY-ND-")).findFirst().orElseThrow().replaceAll(".*(YBNY-ND-\\d{4}-\\d{4}).*", "$1");
            AnnualReportPage report = AnnualReportPage.open(browser, no);
            report.screenshot("annual-report-phone");
            assertEquals(0, report.horizontalOverflow(), "the report scrolls sideways");
            FilingPage filing = FilingPage.open(browser);
            assertTrue(filing.titleLine().contains("示范发展集团有限公司"), filing.titleLine());
            filing.screenshot("filing-phone");
            assertEquals(0, filing.horizontalOverflow(), "the filing scrolls sideways");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            FilingPage filing = FilingPage.open(browser);
            filing.screenshot("filing");
            assertTrue(filing.rows().contains("合计"), filing.rows());
            Path xlsx = filing.downloadXlsx();
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
                assertEquals(filing.titleLine(), book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            }
        }
    }
}
