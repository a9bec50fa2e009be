package com.soegroup.accountability.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The investigation report as a PDF: the text extracted from it holds the case number on every page, the level
 * in Chinese and every subject's name; the font is embedded; the download is logged; out of scope it is 404.
 */
class ReportIT extends ApplicationIT {

    @Test
    void theReportCarriesTheCaseNumberOnEveryPageTheLevelInChineseAndEverySubject() throws Exception {
        String no = InvestigationIT.opened("YBJSWY", "物业公司违规出借资金调查报告", "YB000065", "YB000066", "YB000067");
        List<String> names = Api.as("office").get("/investigations/" + no).json().getJsonArray("subjects")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList();
        for (int i = 0; i < 12; i++) {
            assertEquals(201, LossIT.item(no, i % 2 == 0 ? "DIRECT" : "INDIRECT", false, "100000.00", null, null).status());
        }
        assertEquals(200, FindingIT.finding(no, "YB000065", "DIRECT", "[]").status());
        assertEquals(200, FindingIT.finding(no, "YB000066", "SUPERVISORY", "[]").status());

        HttpResponse<byte[]> download = Api.as("office").download("/investigations/" + no + "/report.pdf");
        assertEquals(200, download.statusCode(), () -> new String(download.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        byte[] pdf = download.body();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile"), "the font is embedded");
        // the EAR's own font (shared.PdfFont), not one the server happens to have installed
        assertTrue(raw.contains("+NotoSansSC-Regular"), "the bundled Noto Sans SC is embedded");

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = extractor.getTextFromPage(page);
            assertTrue(text.contains(no), "case number on page " + page);
            assertTrue(text.contains("第 " + page + " 页"), "page number on page " + page);
            all.append(text);
        }
        String text = all.toString();
        assertTrue(text.contains("财产损失情况调查报告"), text);
        assertTrue(text.contains("较大资产损失"), "the level in Chinese: " + text);
        for (String name : names) {
            assertTrue(text.contains(name), name + " in " + text);
        }
        assertTrue(text.contains("草稿"), "a draft until approved");

        JsonObject logged = Api.as("admin").get("/audit?objectType=INVESTIGATION&objectId=" + no + "&action=EXPORT&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("office", logged.getString("user"));
        assertEquals(404, Api.as("investigator").download("/investigations/" + no + "/report.pdf").statusCode());
        assertEquals(404, Api.as("auditor").download("/investigations/" + no + "/report.pdf").statusCode());
        assertFalse(text.isBlank());
    }
}
