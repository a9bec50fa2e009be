package com.soegroup.accountability.it.report;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.IncidentReportPage;
import com.soegroup.accountability.testsupport.pages.IncidentReportsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.IncidentFixtures.clue;
import static com.soegroup.accountability.testsupport.IncidentFixtures.reportOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-event-one-report in the browser (issue 19): the office finds the report the clue raised on the register,
 * edits the drafted text and submits it; the leader approves with an opinion after a confirmation; the office records
 * how it was sent, and the real-time report is next. Both pages at phone width without sideways scrolling.
 */
class IncidentReportBrowserIT extends ApplicationIT {

    @Test
    void officeDraftsLeaderApprovesOfficeMarksSent() {
        String clueNo = clue("YBJSWY", "物业公司违规出借资金给关联企业（浏览器）", "2100000.00", "2026-03-06", null);
        String reportNo = reportOf(clueNo).getJsonObject("summary").getString("reportNo");

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            IncidentReportsPage register = IncidentReportsPage.open(browser).overdueOnly().waitForRow(reportNo);
            assertTrue(register.table().contains("示范物业") || register.table().contains("示范城市物业服务有限公司"), "names, not codes");
            // the numbers begin with the enterprise's code; the enterprise column shows its name
            assertFalse(register.table().replaceAll("[A-Z]+-(BG|XS|DC)-\\d{4}-\\d{4,}", "").contains("YBJSWY"), register.table());
            register.screenshot("incident-register");
            IncidentReportPage report = register.openReport(reportNo);
            assertEquals(reportNo, report.reportNo());
            assertTrue(report.due().contains("逾期") && report.due().contains("工作日"), "overdue in working days: " + report.due());
            assertTrue(report.clockSource().contains("快报 5 日") && report.clockSource().contains("尚未审核"), report.clockSource());
            assertTrue(report.part("source").contains(clueNo), "drafted from the clue: " + report.part("source"));
            report.write("causes", "财务审批流于形式，关联交易未经集体决策。").save().waitForMessage("已保存为新版本");
            assertTrue(report.versions().contains("1"), report.versions());
            report.submit().waitForState("待领导审批");
            assertFalse(report.canEdit(), "submitted: no more editing");
            report.screenshot("incident-submitted");
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            IncidentReportPage report = IncidentReportPage.open(browser, reportNo);
            assertEquals("财务审批流于形式，关联交易未经集体决策。", report.part("causes"));
            report.approve("同意报送，注意后续跟进。").waitForState("已审批待报送");
            assertTrue(report.history().contains("同意报送，注意后续跟进。"), report.history());
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            IncidentReportPage report = IncidentReportPage.open(browser, reportNo);
            report.markSent(TODAY, "电话快报并报送书面快报", "示范集团报〔2026〕9号", "宜宾市国资委").waitForMessage("已登记报送");
            assertTrue(report.stage().contains("实时报告"), "the real-time report is next: " + report.stage());
            assertTrue(report.sendings().contains("示范集团报〔2026〕9号"), report.sendings());
            report.screenshot("incident-sent");
        }
    }

    @Test
    void theCluePageLinksToItsReport() {
        String clueNo = clue("YBJSWY", "物业公司违规出借资金（线索页链接）", "2100000.00", TODAY, null);
        String reportNo = reportOf(clueNo).getJsonObject("summary").getString("reportNo");
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            ClueDetailPage clue = ClueDetailPage.open(browser, clueNo);
            assertTrue(clue.incidentReport().contains(reportNo) && clue.incidentReport().contains("起草中"), clue.incidentReport());
            clue.screenshot("clue-incident-link");
            IncidentReportPage report = clue.openIncidentReport();
            assertEquals(reportNo, report.reportNo());
        }
    }

    @Test
    void bothPagesFitAPhone() {
        String clueNo = clue("YBJSWY", "物业公司违规出借资金（手机）", "2100000.00", TODAY, null);
        String reportNo = reportOf(clueNo).getJsonObject("summary").getString("reportNo");
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("office", "office");
            IncidentReportsPage register = IncidentReportsPage.open(browser).waitForRow(reportNo);
            register.screenshot("incident-register-phone");
            assertEquals(0, register.horizontalOverflow(), "the register scrolls sideways");
            IncidentReportPage report = IncidentReportPage.open(browser, reportNo);
            assertEquals(reportNo, report.reportNo());
            report.screenshot("incident-report-phone");
            assertEquals(0, report.horizontalOverflow(), "the report page scrolls sideways");
        }
    }
}
