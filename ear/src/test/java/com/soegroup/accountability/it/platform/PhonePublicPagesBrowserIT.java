package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.AnonymousReportPage;
import com.soegroup.accountability.testsupport.pages.FollowReportPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone without an account, on a 390-px-wide phone: signs nothing in, reports from the sign-in page's link, keeps
 * the receipt code (copied, printed) and later follows the report from the sign-in page's second link. No page
 * scrolls sideways and every field and button lies within the screen (the form used to be wider than a phone, its
 * left part out of reach).
 */
class PhonePublicPagesBrowserIT extends ApplicationIT {

    @Test
    void aReportIsSentOnAPhoneItsReceiptKeptAndTheReportFollowedFromTheSignInPage() {
        try (Browser browser = Browser.openPhone()) {
            SignInPage signIn = SignInPage.open(browser);
            assertEquals(0, signIn.horizontalOverflow(), "the sign-in page scrolls sideways");
            assertEquals(List.of(), signIn.formOutsideTheWidth());
            signIn.screenshot("phone-sign-in");

            AnonymousReportPage report = signIn.reportAnonymously();
            assertEquals(List.of(), report.formOutsideTheWidth());
            assertEquals(0, report.horizontalOverflow(), "the report form scrolls sideways");
            report.chooseEnterprise("YBNYRQ")
                    .fillSummary("燃气公司管网改造工程存在虚增工程量问题，手机上举报")
                    .fillPersons("某项目经理");
            report.screenshot("phone-report-form");

            String receipt = report.submit().receipt();
            assertTrue(receipt.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), receipt);
            assertEquals(0, report.horizontalOverflow(), "the receipt page scrolls sideways");
            assertEquals(List.of(), report.receiptOutsideTheWidth());
            report.screenshot("phone-report-receipt");

            // copying selects the code for the user to see, and puts it on the clipboard
            report.copyReceipt();
            assertEquals(receipt, report.selectedText());
            assertTrue(report.copyStatus().contains("查询码已复制"), report::copyStatus);
            assertEquals(receipt, report.clipboard());

            // printed: the receipt and what to do with it, without the page's frame, buttons and links
            assertTrue(report.offersPrint());
            String printed = report.printedText();
            assertTrue(printed.contains(receipt) && printed.contains("请抄录或保存此查询码"), printed);
            assertFalse(printed.contains("违规经营投资责任追究系统"), "the header is not printed: " + printed);
            assertFalse(printed.contains("复制查询码") || printed.contains("打印回执") || printed.contains("举报办理查询"),
                    "buttons and links are not printed: " + printed);

            FollowReportPage follow = SignInPage.open(browser).followReport();
            assertEquals(List.of(), follow.formOutsideTheWidth());
            follow.enterReceipt(receipt).show();
            assertTrue(follow.status().contains("已受理登记"), follow::status);
            assertEquals(0, follow.horizontalOverflow(), "the receipt lookup scrolls sideways");
            assertEquals(List.of(), follow.messageOutsideTheWidth());
            follow.screenshot("phone-report-follow");

            // the form links to the lookup too, for someone who reported before
            FollowReportPage fromTheForm = AnonymousReportPage.open(browser).followReport();
            assertEquals(List.of(), fromTheForm.formOutsideTheWidth());
        }
    }
}
