package com.soegroup.accountability.it.recovery;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.RecoveryFixtures;
import com.soegroup.accountability.testsupport.pages.InvestigationPage;
import com.soegroup.accountability.testsupport.pages.RecoveryPage;
import com.soegroup.accountability.testsupport.pages.RecoveryTotalsPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recording a recovery on a concluded case in the browser: the office opens the recovery page from the case's loss
 * figures, records money recovered through a lawsuit (the form clears, the figures follow), reverses a wrong entry
 * with a reason through the confirmation, and cannot choose the pay claw-back HR records at the decision; the page
 * fits a 390-px phone, and so do the totals the menu leads to. A leader reads the figures but is offered no form, with
 * the reason.
 */
class RecoveryBrowserIT extends ApplicationIT {

    @Test
    void theOfficeRecordsAndReversesARecoveryAfterTheCaseIsConcluded() {
        String subject;
        try (DecisionFixtures people = DecisionFixtures.open()) {
            subject = people.person("追损浏览器测试", "YBJS");
        }
        String no = RecoveryFixtures.concluded("YBJS", "建投公司违规预付款项（追损浏览器）", subject, "400000.00");

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            InvestigationPage investigation = InvestigationPage.open(browser, no);
            assertTrue(investigation.recoveryFigures().contains("400,000.00"), investigation.recoveryFigures());
            RecoveryPage recovery = investigation.recovery();
            assertEquals(no, recovery.caseNo());
            assertTrue(recovery.figure("Outstanding").contains("400,000.00"), recovery.figure("Outstanding"));
            assertFalse(recovery.methods().contains("薪酬扣回"), "HR records claw-backs at the decision: " + recovery.methods());

            // the date last: its calendar opens over the fields beside it until it is closed
            recovery.chooseItem("损失项目").fillAmount("150000.50").chooseMethod("追偿诉讼")
                    .fillReference("（2026）民初第 88 号").fillEvidence("执行款到账银行回单").fillDate(daysFromToday(-3)).record()
                    .waitForMessage("已登记追损记录").waitForEvents("150,000.50");
            assertTrue(recovery.events().contains("追偿诉讼") && recovery.events().contains("（2026）民初第 88 号"), recovery.events());
            assertTrue(recovery.figure("Recovered").contains("150,000.50"), recovery.figure("Recovered"));
            assertTrue(recovery.figure("Outstanding").contains("249,999.50"), recovery.figure("Outstanding"));
            assertEquals("", recovery.amountField(), "the form clears after saving");

            recovery.chooseItem("损失项目").fillAmount("20000").chooseMethod("保险理赔")
                    .fillEvidence("理赔受理通知书").fillDate(daysFromToday(-1)).record().waitForEvents("20,000.00");
            assertEquals(2, recovery.eventCount());
            recovery.screenshot("recovery-recorded");
            recovery.reverse(0, "保险公司拒赔，误登记").waitForMessage("已冲销该追损记录").waitForEvents("-20,000.00");
            assertEquals(3, recovery.eventCount(), "the entry stays beside its reversal");
            assertTrue(recovery.events().contains("保险公司拒赔，误登记"), recovery.events());
            assertTrue(recovery.figure("Recovered").contains("150,000.50"), recovery.figure("Recovered"));
            assertFalse(recovery.offersReversal(0) || recovery.offersReversal(1), "neither the reversal nor the reversed entry is reversed again");
            recovery.screenshot("recovery-reversed");

            assertTrue(recovery.menu().offers(RecoveryTotalsPage.MENU_ITEM), "the office reaches the totals from the menu");
            RecoveryTotalsPage totals = RecoveryTotalsPage.open(browser);
            String litigation = new DecimalFormat("#,##0.00").format(new BigDecimal(Api.as("office").get("/recoveries").json()
                    .getJsonObject("recovered").getString("LITIGATION")));
            assertTrue(totals.total("LITIGATION").contains(litigation), "the page shows the API's total: " + totals.total("LITIGATION"));
            totals.screenshot("recovery-totals");

            browser.phone(390);
            RecoveryPage phone = RecoveryPage.open(browser, no);
            assertEquals(0, phone.horizontalOverflow(), "the recovery page scrolls sideways on a phone");
            assertEquals(List.of(), phone.outsideTheWidth());
            phone.screenshot("phone-recovery");
            RecoveryTotalsPage phoneTotals = RecoveryTotalsPage.open(browser);
            assertEquals(0, phoneTotals.horizontalOverflow(), "the totals page scrolls sideways on a phone");
            assertEquals(List.of(), phoneTotals.outsideTheWidth());
            phoneTotals.screenshot("phone-recovery-totals");
        }

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("leader", "leader");
            RecoveryPage recovery = RecoveryPage.open(browser, no);
            assertTrue(recovery.figure("Recovered").contains("150,000.50"));
            assertTrue(recovery.recordBlocked().contains("只有责任追究工作办公室或本案核查工作组成员"), recovery.recordBlocked());
        }
    }
}
