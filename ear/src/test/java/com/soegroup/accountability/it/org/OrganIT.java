package com.soegroup.accountability.it.org;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accountability organs and the organisation report (篇二 附件): the office keeps an enterprise's leading group
 * with its members (one linked to the person, one not in the master data); bad input changes nothing; the report
 * reads back from DOCX and PDF with names, never codes; an enterprise outside the caller's scope is not found.
 */
class OrganIT extends ApplicationIT {

    private static final String GROUP = """
            {"name": "示范建设设计院有限公司责任追究工作领导小组", "establishedOn": "2025-03-01", "basis": "示范设计院党发〔2025〕2号",
             "duties": "领导本院责任追究工作。", "version": %d, "members": [
               {"position": "LEADER", "employeeNo": "DEMO-LIAISON", "phone": "%s"},
               {"position": "MEMBER", "name": "外聘专家甲", "department": "法律顾问室", "post": "律师"}]}""";

    @Test
    void theOfficeKeepsAnOrganAndTheReportReadsBackWithNames() throws Exception {
        Api office = Api.as("office");
        JsonObject before = office.get("/organisation-report?enterprise=YBJSSJ").json();
        JsonObject leading = before.getJsonArray("organs").getJsonObject(0);
        assertEquals("LEADING_GROUP", leading.getString("kind"));
        int version = leading.getInt("version");

        Api.Reply badPhone = office.put("/organisation-report/organs/LEADING_GROUP?enterprise=YBJSSJ",
                GROUP.formatted(version, "电话号码"));
        assertEquals(400, badPhone.status(), badPhone::toString);
        assertEquals("members[0].phone", badPhone.json().getString("field"));
        assertTrue(badPhone.json().getString("message").contains("联系电话"), badPhone::toString);
        Api.Reply unknown = office.put("/organisation-report/organs/LEADING_GROUP?enterprise=YBJSSJ",
                GROUP.formatted(version, "0831-1234567").replace("DEMO-LIAISON", "NO-SUCH-9"));
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(before, office.get("/organisation-report?enterprise=YBJSSJ").json(), "nothing was changed");

        Api.Reply saved = office.put("/organisation-report/organs/LEADING_GROUP?enterprise=YBJSSJ",
                GROUP.formatted(version, "0831-1234567"));
        assertEquals(200, saved.status(), saved::toString);
        JsonObject organ = saved.json().getJsonArray("organs").getJsonObject(0);
        assertTrue(organ.getBoolean("exists"));
        JsonObject leader = organ.getJsonArray("members").getJsonObject(0);
        assertEquals("刘芳", leader.getString("name"), "a linked member takes the person's name");
        assertEquals("综合办公室", leader.getString("department"));
        assertEquals(409, office.put("/organisation-report/organs/LEADING_GROUP?enterprise=YBJSSJ",
                GROUP.formatted(version, "0831-1234567")).status(), "a change against an older version is refused");

        HttpResponse<byte[]> docx = office.download("/organisation-report/report.docx?enterprise=YBJSSJ");
        assertEquals(200, docx.statusCode());
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        for (String expected : new String[]{"示范建设设计院有限公司", "责任追究工作领导小组", "刘芳", "组长", "外聘专家甲",
                "法律顾问室 律师", "0831-1234567", "示范设计院党发〔2025〕2号", "尚未填报"}) {
            assertTrue(word.contains(expected), expected + " missing from " + word);
        }
        for (String code : new String[]{"LEADER", "LEADING_GROUP", "YBJSSJ", "DEMO-LIAISON"}) {
            assertFalse(word.contains(code), "no code in the report: " + code);
        }

        HttpResponse<byte[]> pdf = office.download("/organisation-report/report.pdf?enterprise=YBJSSJ");
        assertEquals(200, pdf.statusCode());
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("刘芳") && text.contains("组长") && text.contains("外聘专家甲"), text);
        assertFalse(text.contains("LEADER"), text);
        Api.Reply negotiated = office.get("/organisation-report?enterprise=YBJSSJ", "application/pdf");
        assertEquals(200, negotiated.status());
        assertTrue(negotiated.header("Content-Type").startsWith("application/pdf"), negotiated::toString);
    }

    @Test
    void anEnterpriseOutsideTheScopeIsNotFound() {
        Api auditor = Api.as("auditor");
        assertEquals(200, auditor.get("/organisation-report?enterprise=YBNY").status(), "the auditor's own enterprise");
        assertEquals(404, auditor.get("/organisation-report?enterprise=YBJSSJ").status(), "outside the auditor's scope");
        assertEquals(404, auditor.download("/organisation-report/report.docx?enterprise=YBJS").statusCode());
        assertEquals(403, auditor.put("/organisation-report/organs/OFFICE?enterprise=YBNY",
                "{\"name\": \"x\", \"version\": -1, \"members\": []}").status(), "reading only");
        assertEquals(403, Api.as("investigator").get("/organisation-report?enterprise=YBJS").status());
        Api.Reply missing = Api.as("office").get("/organisation-report");
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("enterprise", missing.json().getString("field"));
    }
}
