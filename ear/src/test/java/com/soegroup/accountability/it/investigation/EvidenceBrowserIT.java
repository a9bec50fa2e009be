package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.EvidenceFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import com.soegroup.accountability.testsupport.pages.EvidencePage;
import com.soegroup.accountability.testsupport.pages.InvestigationPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence page in the browser: a team member uploads a PDF with its basis and document reference and sees
 * it with its SHA-256; a renamed executable and an oversized file are refused with a Chinese sentence and
 * nothing kept; the team writes a note; the file is offered on the case page for a loss item; it is withdrawn
 * with a reason. The office outside the team sees the files but not the notes; an auditor outside the scope
 * sees nothing of the case.
 */
class EvidenceBrowserIT extends ApplicationIT {

    @Test
    void uploadListLinkToALossItemWithdrawAndWriteANote() throws Exception {
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规采购证据材料（浏览器）", "YB000032");
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "MEMBER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal", "{\"conflict\": false}").status());

        Path dir = Files.createTempDirectory("evidence");
        Path pdf = dir.resolve("审计报告.pdf");
        Files.write(pdf, EvidenceFixtures.PDF);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(EvidenceFixtures.PDF));
        Path renamed = dir.resolve("合同.pdf");
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        Files.write(renamed, exe);
        Path big = dir.resolve("大文件.pdf");
        byte[] large = new byte[9 * 1024 * 1024];
        System.arraycopy(EvidenceFixtures.PDF, 0, large, 0, EvidenceFixtures.PDF.length);
        Files.write(big, large);

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("investigator", "investigator");
            EvidencePage evidence = InvestigationPage.open(browser, no).evidence();
            assertEquals(no, evidence.caseNo());

            evidence.chooseBasis("会计师事务所审计报告").fillDocumentReference("审计报告〔2026〕41号").upload(pdf)
                    .waitForUploadMessage("证据文件已上传")
                    .waitForFiles("审计报告.pdf");
            String row = evidence.files();
            assertTrue(row.contains("会计师事务所审计报告") && row.contains("审计报告〔2026〕41号") && row.contains(sha256.substring(0, 12)), row);
            assertEquals(sha256, evidence.sha256(0));
            String href = evidence.downloadLink(0);
            assertTrue(href.matches(".*/accountability/api/v1/investigations/" + no + "/evidence/\\d+"), href);

            // a renamed executable passes the browser's check of the name; the server refuses it by its content
            evidence.chooseBasis("会计师事务所审计报告").fillDocumentReference("合同〔2026〕3号").upload(renamed)
                    .waitForUploadMessage("文件类型不允许");
            // too large: PrimeFaces refuses it before sending, in Chinese
            evidence.chooseFile(big).waitForWidgetMessage("大文件.pdf");
            evidence.screenshot("evidence-refused");
            // without the browser's check (scripts changed, or another client) the server refuses it itself
            evidence.withoutTheBrowsersFileChecks().upload(big).waitForUploadMessage("文件过大，未保存");
            assertEquals(1, evidence.fileCount(), "nothing else kept");

            evidence.writeNote("约谈安排：周三上午采购部").waitForNotes("约谈安排：周三上午采购部");

            // the case page's loss item now offers the file
            InvestigationPage investigation = evidence.backToCase()
                    .tickItemEvidenceFile("审计报告.pdf")
                    .fillItemDescription("高价采购差价损失")
                    .fillItemAmount("300000")
                    .fillItemEvidence("审计报告〔2026〕41号")
                    .addItem()
                    .waitForItems("审计报告.pdf（审计报告〔2026〕41号）");
            investigation.screenshot("evidence-case-page");

            evidence = investigation.evidence().withdraw(0, "扫描件不完整，以盖章原件为准")
                    .waitForFiles("已撤回")
                    .waitForFiles("扫描件不完整，以盖章原件为准");
            assertFalse(evidence.offersWithdrawal(0), "withdrawn once");
            evidence.screenshot("evidence-investigator");
        }

        HttpResponse<byte[]> download = Api.as("investigator").download("/investigations/" + no + "/evidence/"
                + Api.as("investigator").get("/investigations/" + no + "/evidence").parse().asJsonArray().getJsonObject(0).getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(EvidenceFixtures.PDF, download.body(), "withdrawn, still kept");
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''%E5%AE%A1"), disposition);

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            EvidencePage evidence = EvidencePage.open(browser, no).waitForFiles("审计报告.pdf");
            assertFalse(evidence.showsNotes(), "notes are the team's");
            assertFalse(evidence.source().contains("约谈安排"));
            evidence.screenshot("evidence-office");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("auditor", "auditor");
            EvidencePage evidence = EvidencePage.open(browser, no).waitForMessage("记录不存在");
            assertFalse(evidence.showsFiles());
            assertFalse(evidence.source().contains("审计报告.pdf"));
        }
    }
}
