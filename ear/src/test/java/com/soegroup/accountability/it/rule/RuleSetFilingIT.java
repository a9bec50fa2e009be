package com.soegroup.accountability.it.rule;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule-filing package (M§40): an administrator records that a version of a rule set was filed; the filing is
 * listed and becomes the set's filing date; the package reads back from DOCX and PDF with the set's articles in
 * words, never codes.
 */
class RuleSetFilingIT extends ApplicationIT {

    @Test
    void aFilingIsRecordedPerVersionAndThePackageReadsBack() throws Exception {
        Api admin = Api.as("admin");
        Api.Reply copy = admin.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"YB-FILE-2033\", \"title\": \"示范集团责任追究办法（备案稿）\", \"effectiveFrom\": \"2033-01-01\"}");
        assertEquals(201, copy.status(), copy::toString);
        int version = copy.json().getInt("version");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        Api.Reply future = admin.post("/rules/sets/YB-FILE-2033/filings", """
                {"filedOn": "%s", "reference": "示范集团函〔2033〕1号", "filedWith": "宜宾市国资委", "version": %d}"""
                .formatted(tomorrow, version));
        assertEquals(400, future.status(), future::toString);
        assertEquals("filedOn", future.json().getString("field"));
        Api.Reply noReference = admin.post("/rules/sets/YB-FILE-2033/filings", """
                {"filedOn": "%s", "filedWith": "宜宾市国资委", "version": %d}""".formatted(today, version));
        assertEquals(400, noReference.status(), noReference::toString);
        assertEquals(0, admin.get("/rules/sets/YB-FILE-2033/filings").parse().asJsonArray().size(), "nothing was recorded");
        assertEquals(403, Api.as("office").post("/rules/sets/YB-FILE-2033/filings", """
                {"filedOn": "%s", "reference": "x", "filedWith": "y", "version": %d}""".formatted(today, version)).status());

        Api.Reply filed = admin.post("/rules/sets/YB-FILE-2033/filings", """
                {"filedOn": "%s", "reference": "示范集团函〔2033〕1号", "filedWith": "宜宾市国资委", "note": "首次备案", "version": %d}"""
                .formatted(today, version));
        assertEquals(201, filed.status(), filed::toString);
        assertEquals(version, filed.json().getInt("ruleSetVersion"), "the version read is the one filed");
        assertEquals(409, admin.post("/rules/sets/YB-FILE-2033/filings", """
                {"filedOn": "%s", "reference": "又一次", "filedWith": "宜宾市国资委", "version": %d}"""
                .formatted(today, version)).status(), "the set changed with the filing: the old version is stale");

        JsonArray filings = Api.as("office").get("/rules/sets/YB-FILE-2033/filings").parse().asJsonArray();
        assertEquals(1, filings.size());
        assertEquals("示范集团函〔2033〕1号", filings.getJsonObject(0).getString("reference"));
        JsonObject administered = admin.get("/rules/sets/YB-FILE-2033/administration").json();
        assertEquals(today, administered.getString("filingDate"), administered::toString);

        HttpResponse<byte[]> docx = admin.download("/rules/sets/YB-FILE-2033/filings/package.docx");
        assertEquals(200, docx.statusCode());
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        for (String expected : new String[]{"示范集团责任追究办法（备案稿）", "较大资产损失", "重大资产损失", "直接责任",
                "1,000,000.00", "示范集团函〔2033〕1号", "宜宾市国资委"}) {
            assertTrue(word.contains(expected), expected + " missing from " + word);
        }
        for (String code : new String[]{"LARGER", "MAJOR", "DIRECT", "IN_FORCE", "DRAFT"}) {
            assertFalse(word.contains(code), "no code in the package: " + code);
        }
        HttpResponse<byte[]> pdf = admin.download("/rules/sets/YB-FILE-2033/filings/package.pdf");
        assertEquals(200, pdf.statusCode());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("较大资产损失"), text);
        assertFalse(text.contains("LARGER"), text);
    }
}
