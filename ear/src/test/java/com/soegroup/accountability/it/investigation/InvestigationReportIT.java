package com.soegroup.accountability.it.investigation;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Samples;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.finding;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The investigation report as a PDF: the text extracted from it holds the case number on every page, the level
 * in Chinese and every subject's name; the font is embedded; the download is logged; out of scope it is 404.
 */
class InvestigationReportIT extends ApplicationIT {

    @Test
    void theReportCarriesTheCaseNumberOnEveryPageTheLevelInChineseAndEverySubject() throws Exception {
        String no = opened("YBJSWY", "物业公司违规出借资金调查报告", "YB000065", "YB000066", "YB000067");
        List<String> names = Api.as("office").get("/investigations/" + no).json().getJsonArray("subjects")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList();
        for (int i = 0; i < 12; i++) {
            assertEquals(201, lossItem(no, i % 2 == 0 ? "DIRECT" : "INDIRECT", false, "100000.00", null, null).status());
        }
        assertEquals(200, finding(no, "YB000065", "DIRECT", "[]").status());
        assertEquals(200, finding(no, "YB000066", "SUPERVISORY", "[]").status());

        HttpResponse<byte[]> download = Api.as("office").download("/investigations/" + no + "/report.pdf");
        assertEquals(200, download.statusCode(), () -> new String(download.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        byte[] pdf = download.body();
        Samples.save("investigation-report.pdf", pdf);
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

    @Test
    void theDraftersWriteProposedHandlingAndRectificationWhichTheReportPrintsUntilApproved() throws Exception {
        String no = opened("YBJSWY", "物业公司报告整改建议", "YB000064");
        assertEquals(201, lossItem(no, "DIRECT", false, "300000.00", null, null).status());
        JsonObject empty = Api.as("office").get("/investigations/" + no + "/report").json();
        assertFalse(empty.containsKey("version") && !empty.isNull("version"), "nothing written yet");
        assertTrue(empty.getBoolean("editable"));

        String handling = "建议对相关责任人按规定给予诫勉处理，并扣减当年绩效年薪。";
        String proposals = "一是修订资金出借审批制度，明确对外出借资金须经董事会决议。\n二是开展资金业务专项检查，三个月内报送整改情况。";
        Api.Reply written = Api.as("office").put("/investigations/" + no + "/report", "{\"proposedHandling\": \"" + handling
                + "\", \"rectification\": \"" + proposals.replace("\n", "\\n") + "\"}");
        assertEquals(200, written.status(), written::toString);
        int version = written.json().getInt("version");
        Api.Reply stale = Api.as("office").put("/investigations/" + no + "/report",
                "{\"rectification\": \"覆盖\", \"version\": " + (version + 7) + "}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("STALE_VERSION", stale.json().getString("error"));
        assertEquals(403, Api.as("leader").put("/investigations/" + no + "/report", "{\"version\": " + version + "}").status());
        assertEquals(404, Api.as("investigator").get("/investigations/" + no + "/report").status(), "not on the team");
        String tooLong = "长".repeat(4001);
        assertEquals(400, Api.as("office").put("/investigations/" + no + "/report",
                "{\"rectification\": \"" + tooLong + "\", \"version\": " + version + "}").status());
        assertEquals(proposals, Api.as("leader").get("/investigations/" + no + "/report").json().getString("rectification"));

        String text = text(Api.as("office").download("/investigations/" + no + "/report.pdf").body());
        String flat = text.replaceAll("\\s", "");
        assertTrue(text.contains("六、整改建议"), text);
        assertTrue(flat.contains("一是修订资金出借审批制度，明确对外出借资金须经董事会决议。"), text);
        assertTrue(flat.contains("二是开展资金业务专项检查，三个月内报送整改情况。"), text);
        assertTrue(flat.contains(handling), text);
        JsonObject logged = Api.as("admin").get("/audit?objectType=INVESTIGATION_REPORT&objectId=" + no + "&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("office", logged.getString("user"));
        assertTrue(Api.as("office").get("/investigations/" + no + "/history").body().contains("REPORT_TEXT_SAVED"));

        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal", "{\"conflict\": false}").status());
        assertTrue(Api.as("investigator").get("/investigations/" + no + "/report").json().getBoolean("editable"), "the team writes too");
        for (String[] step : new String[][]{{"office", "IN_PROGRESS"}, {"office", "REPORT_DRAFTED"}, {"leader", "REPORT_APPROVED"}}) {
            int caseVersion = Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getInt("version");
            Api.Reply moved = transition(step[0], no, caseVersion, step[1], null);
            assertEquals(200, moved.status(), moved::toString);
        }
        assertFalse(Api.as("office").get("/investigations/" + no + "/report").json().getBoolean("editable"));
        assertEquals(409, Api.as("office").put("/investigations/" + no + "/report",
                "{\"rectification\": \"批准后修改\", \"version\": " + version + "}").status(), "fixed once approved");
        byte[] approvedPdf = Api.as("office").download("/investigations/" + no + "/report.pdf").body();
        Samples.save("investigation-report-approved.pdf", approvedPdf);
        String approved = text(approvedPdf);
        assertFalse(approved.contains("草稿"), "no longer a draft");
        assertTrue(approved.replaceAll("\\s", "").contains("二是开展资金业务专项检查"), approved);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }
}
