package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.AnonymousReportPage;
import com.soegroup.accountability.testsupport.pages.FollowReportPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Someone without an account reports from the sign-in page's link and follows the report with the receipt code;
 * a file too large for the server is refused in the page before anything is sent.
 */
class AnonymousReportBrowserIT extends ApplicationIT {

    @Test
    void anAnonymousReportIsSentAndFollowedWithItsReceiptCode() throws IOException {
        try (Browser browser = Browser.open()) {
            AnonymousReportPage report = SignInPage.open(browser).reportAnonymously()
                    .chooseEnterprise("YBNYRQ")
                    .fillSummary("燃气公司管网改造工程存在虚增工程量问题<script>alert(1)</script>")
                    .fillPersons("某项目经理");
            report.screenshot("report-form");
            // the form posts the whole page: wait for the answer rather than read the page that is being left
            report.submit().waitForMessage("网页标记");
            assertTrue(report.messages().contains("网页标记"), "markup in the summary is refused with a message");

            report.fillSummary("燃气公司管网改造工程存在虚增工程量问题");

            // a file over the server's request limit: sent, it would be refused unread and the report lost
            Path big = Files.createTempFile("scan", ".pdf");
            try {
                Files.write(big, new byte[12 * 1024 * 1024]);
                report.attach(big).submit();
                String refusal = report.uploadLimitMessage();
                assertTrue(refusal.contains(big.getFileName().toString()) && refusal.contains("8 MB"), refusal);
                assertEquals("燃气公司管网改造工程存在虚增工程量问题", report.summary(), "what was typed is still there");
                report.screenshot("report-file-too-large");
            } finally {
                Files.delete(big);
            }
            String receipt = report.removeAttachments().submit().receipt();
            assertTrue(receipt.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), receipt);
            report.screenshot("report-receipt");

            FollowReportPage follow = FollowReportPage.open(browser).enterReceipt(receipt).show();
            assertTrue(follow.status().contains("已受理登记"), follow::status);
            follow.screenshot("report-follow");
        }
    }
}
