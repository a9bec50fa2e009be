package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.OrgansPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office enters a subsidiary's accountability office with a member; the page shows it saved with its history. */
class OrganBrowserIT extends ApplicationIT {

    @Test
    void theOfficeEntersAnOrganWithAMember() {
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            OrgansPage page = OrgansPage.open(browser, "YBJSLQ");
            assertEquals("示范路桥工程有限公司", page.enterpriseName());
            page.enter(1, "示范路桥工程有限公司责任追究工作领导小组办公室", "测试联络员", "综合部", "0831-5550000");
            assertTrue(page.messages().contains("责任追究工作领导小组办公室已保存"), page.messages());
            String history = page.history(1);
            assertTrue(history.contains("建立") && history.contains("王敏") && history.contains("测试联络员（工作人员）"), history);
            page.screenshot("organs-entered");
        }
        JsonObject office = Api.as("office").get("/organisation-report?enterprise=YBJSLQ").json()
                .getJsonArray("organs").getJsonObject(1);
        assertEquals("OFFICE", office.getString("kind"));
        assertEquals("测试联络员", office.getJsonArray("members").getJsonObject(0).getString("name"));
        assertEquals("STAFF", office.getJsonArray("members").getJsonObject(0).getString("position"));
    }
}
