package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN's main path through the new pages: the enterprise tree with an enterprise's assets, then the audit chain check. */
class OrgBrowserIT extends ApplicationIT {

    @Test
    void adminOpensTheEnterpriseTreeSeesAnEnterprisesAssetsAndChecksTheAuditChain() {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin", "admin");
            browser.waitFor(By.id("welcome"));

            browser.waitFor(By.linkText("企业")).click();
            browser.waitFor(By.id("tree:enterprises"));
            assertTrue(browser.text(By.id("tree:enterprises")).contains("示范发展集团有限公司"));
            assertTrue(browser.text(By.id("tree:enterprises")).contains("示范建设设计院有限公司"), "two levels below the group");

            browser.waitFor(By.xpath("//span[text()='示范能源有限公司']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("detailName"), "示范能源有限公司"));
            assertEquals(3, browser.driver().findElements(By.cssSelector("[id='tree:assets_data'] tr")).size(),
                    "three years of assets");
            assertTrue(browser.text(By.id("tree:history")).contains("设立"));
            browser.screenshot("enterprise-tree-admin");

            browser.waitFor(By.linkText("导入")).click();
            assertTrue(browser.text(By.id("import:columns")).contains("企业代码"), "the template's columns of the first kind");
            browser.waitFor(By.linkText("数据范围")).click();
            browser.waitFor(By.id("scopes:user"));

            browser.waitFor(By.linkText("审计日志")).click();
            browser.waitFor(By.id("audit:verify")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "哈希链"));
            assertTrue(browser.text(By.id("audit:messages")).contains("哈希链完整"), () -> browser.text(By.id("audit:messages")));
            assertFalse(browser.text(By.id("audit:log")).isBlank());
            browser.screenshot("audit-log-admin");
        }
    }

    @Test
    void hrUploadsAFileWithABadRowAndSeesTheRowErrorReport() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("people", ".csv");
        java.nio.file.Files.writeString(file, "工号,姓名,所属企业代码,人员状态\r\nWEB001,网页导入,YBJS,在职\r\nWEB002,网页导入二,NOSUCH,在职\r\n",
                java.nio.charset.Charset.forName("GBK"));
        try (Browser browser = Browser.open()) {
            browser.signIn("hr", "hr");
            browser.waitFor(By.linkText("导入")).click();
            browser.waitFor(By.id("import:columns"));

            browser.driver().findElement(By.cssSelector("[id='import:file'] input[type=file]")).sendKeys(file.toString());

            browser.waitFor(By.id("import:errors"));
            String report = browser.text(By.id("import:errors"));
            assertTrue(report.contains("3") && report.contains("所属企业代码") && report.contains("企业“NOSUCH”不存在"), report);
            browser.screenshot("import-errors-hr");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertEquals(404, com.soegroup.accountability.testsupport.Api.as("hr").get("/people/WEB001").status(),
                "the good row was not saved either");
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayUse() {
        try (Browser browser = Browser.open()) {
            browser.signIn("liaison", "liaison");
            browser.waitFor(By.id("welcome"));

            assertFalse(browser.driver().findElements(By.linkText("企业")).isEmpty());
            assertTrue(browser.driver().findElements(By.linkText("审计日志")).isEmpty());
            assertTrue(browser.driver().findElements(By.linkText("数据范围")).isEmpty());
            assertTrue(browser.driver().findElements(By.linkText("导入")).isEmpty());

            browser.waitFor(By.linkText("人员")).click();
            browser.waitFor(By.id("people:list"));
            assertTrue(browser.text(By.id("people:list")).contains("刘芳"), () -> browser.text(By.id("people:list")));
            assertFalse(browser.text(By.id("people:list")).contains("示范能源"), "nothing outside YBJSSJ");
        }
    }
}
