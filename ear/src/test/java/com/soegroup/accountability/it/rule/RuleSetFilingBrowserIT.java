package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.RuleSetPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator records on the rule set's page that it was filed; the filing is listed and the form clears. */
class RuleSetFilingBrowserIT extends ApplicationIT {

    @Test
    void adminRecordsAFiling() {
        Api.Reply copy = Api.as("admin").post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"YB-BROWSER-FILE\", \"title\": \"备案页面测试\", \"effectiveFrom\": \"2034-01-01\"}");
        assertEquals(201, copy.status(), copy::toString);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("admin", "admin");
            RuleSetPage page = RuleSetPage.open(browser, "YB-BROWSER-FILE")
                    .recordFiling(today, "示范集团函〔2034〕9号", "宜宾市国资委");
            String filings = page.filings();
            assertTrue(filings.contains("示范集团函〔2034〕9号") && filings.contains("宜宾市国资委") && filings.contains("孙涛"), filings);
            assertEquals("", page.referenceField(), "the form clears once the filing is kept");
            page.screenshot("rule-set-filed");
        }
    }
}
