package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.AuditLogPage;
import com.soegroup.accountability.testsupport.pages.EnterprisesPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.ImportPage;
import com.soegroup.accountability.testsupport.pages.Menu;
import com.soegroup.accountability.testsupport.pages.PeoplePage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN's main path through the new pages: the enterprise tree with an enterprise's assets, then the audit chain check. */
class OrgBrowserIT extends ApplicationIT {

    @Test
    void adminOpensTheEnterpriseTreeSeesAnEnterprisesAssetsAndChecksTheAuditChain() {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("admin", "admin");
            home.welcome(); // the home page is there

            EnterprisesPage enterprises = home.menu().enterprises();
            assertTrue(enterprises.tree().contains("示范发展集团有限公司"));
            assertTrue(enterprises.tree().contains("示范建设设计院有限公司"), "two levels below the group");

            enterprises.select("示范能源有限公司");
            assertEquals(3, enterprises.assetYears(), "three years of assets");
            assertTrue(enterprises.history().contains("设立"));
            enterprises.screenshot("enterprise-tree-admin");

            ImportPage importPage = enterprises.menu().importData();
            assertTrue(importPage.columns().contains("企业代码"), "the template's columns of the first kind");
            assertTrue(importPage.menu().scopes().offersUserChoice());

            AuditLogPage log = home.menu().auditLog().checkChain();
            assertTrue(log.messages().contains("哈希链完整"), log::messages);
            assertFalse(log.log().isBlank());
            log.screenshot("audit-log-admin");
        }
    }

    @Test
    void hrUploadsAFileWithABadRowAndSeesTheRowErrorReport() throws Exception {
        Path file = Files.createTempFile("people", ".csv");
        Files.writeString(file, "工号,姓名,所属企业代码,人员状态\r\nWEB001,网页导入,YBJS,在职\r\nWEB002,网页导入二,NOSUCH,在职\r\n",
                Charset.forName("GBK"));
        try (Browser browser = Browser.open()) {
            ImportPage importPage = SignInPage.open(browser).signIn("hr", "hr").menu().importData().upload(file);

            String report = importPage.errors();
            assertTrue(report.contains("3") && report.contains("所属企业代码") && report.contains("企业“NOSUCH”不存在"), report);
            importPage.screenshot("import-errors-hr");
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(404, Api.as("hr").get("/people/WEB001").status(), "the good row was not saved either");
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayUse() {
        try (Browser browser = Browser.open()) {
            HomePage home = SignInPage.open(browser).signIn("liaison", "liaison");
            home.welcome(); // the home page is there, with its menu

            Menu menu = home.menu();
            assertTrue(menu.offers(Menu.ENTERPRISES));
            assertFalse(menu.offers(Menu.AUDIT_LOG));
            assertFalse(menu.offers(Menu.SCOPES));
            assertFalse(menu.offers(Menu.IMPORT));

            PeoplePage people = menu.people();
            assertTrue(people.list().contains("刘芳"), people::list);
            assertFalse(people.list().contains("示范能源"), "nothing outside YBJSSJ");
        }
    }
}
