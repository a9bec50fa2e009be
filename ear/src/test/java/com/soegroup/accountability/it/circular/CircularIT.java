package com.soegroup.accountability.it.circular;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.CircularFixtures;
import com.soegroup.accountability.testsupport.CircularFixtures.Decided;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static com.soegroup.accountability.testsupport.CircularFixtures.get;
import static com.soegroup.accountability.testsupport.CircularFixtures.quote;
import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Warning circulars and published handling results (issue 21) through the API: drafted anonymised from a decided
 * case, each step by its role, a leak refused with nothing changed, the draft a case record (scope and recusal),
 * the published circular readable within its publication scope only, and the read receipt recorded once.
 */
class CircularIT extends ApplicationIT {

    private static final String BUILD = "示范建设投资有限公司";

    @Test
    void officeDraftsAnonymisedLeaderApprovesOfficePublishesEachStepByItsRole() {
        Decided c = CircularFixtures.decided("YBJT", "钱多多", "YBJS", BUILD);
        Api.Reply notOffice = Api.as("leader").post("/circulars", "{\"caseNo\": \"" + c.caseNo() + "\", \"kind\": \"WARNING\"}");
        assertEquals(403, notOffice.status(), "only the office drafts");
        String no = CircularFixtures.drafted(c.caseNo(), "WARNING");
        assertTrue(no.startsWith("YBJT-TB-"), no);

        JsonObject d = get("office", no);
        assertEquals("DRAFTING", d.getJsonObject("summary").getString("state"));
        assertEquals(0, d.getInt("textNo"), "the system's draft until saved");
        String all = d.getJsonObject("text").toString();
        assertFalse(all.contains("钱多多") || all.contains(c.employeeNo()) || all.contains(BUILD), all);
        assertTrue(all.contains("钱某") && all.contains("约120万元") && all.contains("某集团所属某子公司"), all);
        assertTrue(d.getJsonObject("text").getString("handling").contains("诫勉"), all);
        List<JsonObject> masks = d.getJsonArray("masks").getValuesAs(JsonObject.class);
        assertTrue(masks.stream().anyMatch(m -> m.getString("original").equals("钱多多") && m.getString("replacement").equals("钱某")
                && m.getString("kind").equals("PERSON")), masks::toString);
        assertTrue(masks.stream().anyMatch(m -> m.getString("original").equals(c.employeeNo()) && m.getString("kind").equals("EMPLOYEE_NO")));

        String path = "/circulars/" + no;
        assertEquals(422, Api.as("office").post(path + "/submission", "{\"version\": " + d.getInt("version") + "}").status(),
                "the text is saved before it is submitted");
        Api.Reply saved = Api.as("office").put(path + "/text", text(d.getJsonObject("text"), d.getInt("version")));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(1, saved.json().getInt("textNo"));
        assertEquals(403, Api.as("leader").put(path + "/text", text(d.getJsonObject("text"), saved.json().getInt("version"))).status());
        assertEquals(409, Api.as("office").put(path + "/text", text(d.getJsonObject("text"), d.getInt("version"))).status(), "stale version");

        Api.Reply submitted = Api.as("office").post(path + "/submission", "{\"version\": " + saved.json().getInt("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getJsonObject("summary").getString("state"));
        assertTrue(hasTask("leader", "CIRCULAR_TO_APPROVE", no), "on the leader's list");
        int v = submitted.json().getInt("version");
        assertEquals(403, Api.as("office").post(path + "/approval", "{\"opinion\": \"同意\", \"version\": " + v + "}").status());
        assertEquals(400, Api.as("leader").post(path + "/approval", "{\"opinion\": \" \", \"version\": " + v + "}").status(),
                "an approval takes an opinion");
        Api.Reply returned = Api.as("leader").post(path + "/return", "{\"opinion\": \"请补充整改要求\", \"version\": " + v + "}");
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("DRAFTING", returned.json().getJsonObject("summary").getString("state"));
        assertEquals("请补充整改要求", returned.json().getString("approvalOpinion"));
        Api.Reply again = Api.as("office").post(path + "/submission", "{\"version\": " + returned.json().getInt("version") + "}");
        Api.Reply approved = Api.as("leader").post(path + "/approval", "{\"opinion\": \"同意发布\", \"version\": "
                + again.json().getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getJsonObject("summary").getString("state"));
        assertFalse(hasTask("leader", "CIRCULAR_TO_APPROVE", no));
        assertTrue(hasTask("office", "CIRCULAR_TO_PUBLISH", no));

        int av = approved.json().getInt("version");
        assertEquals(400, Api.as("office").post(path + "/publication", "{\"enterprise\": \"YBJS\", \"roles\": [], \"publishedOn\": \""
                + TODAY + "\", \"version\": " + av + "}").status(), "at least one role");
        assertEquals(400, Api.as("office").post(path + "/publication", "{\"enterprise\": \"YBJS\", \"roles\": [\"LIAISON\"], "
                + "\"publishedOn\": \"2999-01-01\", \"version\": " + av + "}").status(), "not in the future");
        Api.Reply published = Api.as("office").post(path + "/publication", "{\"enterprise\": \"YBJS\", \"roles\": [\"LIAISON\", \"HR\"], "
                + "\"publishedOn\": \"" + TODAY + "\", \"version\": " + av + "}");
        assertEquals(200, published.status(), published::toString);
        JsonObject p = published.json();
        assertEquals("PUBLISHED", p.getJsonObject("summary").getString("state"));
        assertEquals("YBJS", p.getString("publishEnterprise"));
        assertEquals(List.of("LIAISON", "HR"), p.getJsonArray("publishRoles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertFalse(hasTask("office", "CIRCULAR_TO_PUBLISH", no));
        List<String> actions = p.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList();
        assertEquals(List.of("DRAFTED", "TEXT_SAVED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED"), actions);

        HttpResponse<byte[]> pdf = Api.as("office").download(path + "/document.pdf");
        assertEquals(200, pdf.statusCode());
        String pdfText = pdfText(pdf.body());
        assertTrue(pdfText.contains(no) && pdfText.contains("示范发展集团有限公司") && pdfText.contains("钱某"), pdfText);
        assertFalse(pdfText.contains("钱多多"), pdfText);
        HttpResponse<byte[]> docx = Api.as("office").download(path + "/document.docx");
        assertEquals(200, docx.statusCode());
        String docxText = docxText(docx.body());
        assertTrue(docxText.contains("警示通报") && docxText.contains(no) && docxText.contains("发布范围"), docxText);
    }

    @Test
    void aLeakIsRefusedNamingItAndNothingChanges() {
        Decided c = CircularFixtures.decided("YBJT", "孙小川", "YBJS", BUILD);
        String no = CircularFixtures.drafted(c.caseNo(), "RESULT");
        String path = "/circulars/" + no;
        JsonObject d = get("office", no);
        assertTrue(d.getJsonObject("text").getString("title").contains("处理结果"), d::toString);
        JsonObject t = d.getJsonObject("text");

        for (String leak : List.of("孙小川", c.employeeNo(), "510102198001011234", BUILD)) {
            Api.Reply refused = Api.as("office").put(path + "/text", text(t, d.getInt("version"), t.getString("facts") + "经查，" + leak + "。"));
            assertEquals(422, refused.status(), leak + ": " + refused);
            assertTrue(refused.json().getString("message").contains(leak), refused::toString);
        }
        JsonObject after = get("office", no);
        assertEquals(d.getInt("version"), after.getInt("version"), "nothing was written");
        assertEquals(0, after.getInt("textNo"));
        assertEquals(t, after.getJsonObject("text"));
        assertEquals(0, after.getJsonArray("versions").size());

        // a term of the office's own is masked and then checked like the case's
        Api.Reply masks = Api.as("office").put(path + "/masks", "{\"terms\": \"预付工程款=支付款项\", \"nameEnterprise\": false, \"version\": "
                + d.getInt("version") + "}");
        assertEquals(200, masks.status(), masks::toString);
        assertFalse(masks.json().getJsonObject("text").getString("facts").contains("预付工程款"));
        assertTrue(masks.json().getJsonObject("text").getString("facts").contains("支付款项"));
        assertEquals(422, Api.as("office").put(path + "/text", text(t, masks.json().getInt("version"))).status(),
                "the original draft still holds the office's term");

        // the decision lets the enterprise be named: its name may stay
        Api.Reply named = Api.as("office").put(path + "/masks", "{\"terms\": \"预付工程款=支付款项\", \"nameEnterprise\": true, \"version\": "
                + masks.json().getInt("version") + "}");
        assertEquals(200, named.status(), named::toString);
        JsonObject nt = named.json().getJsonObject("text");
        Api.Reply withName = Api.as("office").put(path + "/text", text(nt, named.json().getInt("version"), nt.getString("facts") + BUILD + "。"));
        assertEquals(200, withName.status(), withName::toString);
    }

    @Test
    void aDraftIsACaseRecordNeverSeenByThoseInvolvedAndAPublishedOneOnlyWithinItsScope() {
        Decided c = CircularFixtures.decided("YBJT", "周大海", "YBJS", BUILD);
        String no = CircularFixtures.drafted(c.caseNo(), "WARNING");
        assertEquals(200, Api.as("leader").get("/circulars/" + no).status());
        for (String outside : List.of("investigator", "liaison", "hr", "hr2", "admin", "auditor")) {
            assertEquals(404, Api.as(outside).get("/circulars/" + no).status(), outside + " does not see a draft of a YBJT case");
            assertFalse(listed(outside, no), outside);
        }
        CircularFixtures.involve(c.investigationId(), "DEMO-LEADER");
        assertEquals(404, Api.as("leader").get("/circulars/" + no).status(), "recusal: the leader is involved in the case");
        assertFalse(listed("leader", no));
        assertEquals(404, Api.as("leader").post("/circulars/" + no + "/approval", "{\"opinion\": \"同意\", \"version\": 0}").status());

        Decided other = CircularFixtures.decided("YBJT", "吴一帆", "YBJS", BUILD);
        String pub = CircularFixtures.drafted(other.caseNo(), "WARNING");
        CircularFixtures.published(pub, "YBJS", "[\"LIAISON\", \"HR\"]");
        assertEquals(200, Api.as("liaison").get("/circulars/" + pub).status(), "LIAISON of YBJSSJ, inside YBJS");
        assertEquals(200, Api.as("hr2").get("/circulars/" + pub).status(), "HR of YBJS");
        assertTrue(listed("liaison", pub));
        for (String outside : List.of("hr", "investigator", "auditor", "admin")) {
            assertEquals(404, Api.as(outside).get("/circulars/" + pub).status(), outside + " is outside the publication's scope or roles");
            assertEquals(404, Api.as(outside).get("/circulars/" + pub + "/document.pdf").status(), outside);
            assertFalse(listed(outside, pub), outside);
        }
        JsonObject asRecipient = get("liaison", pub);
        assertTrue(asRecipient.getJsonObject("summary").getBoolean("recipient"));
        assertEquals(0, asRecipient.getJsonArray("masks").size(), "a recipient reads the text, not the masks");
        assertEquals(0, asRecipient.getJsonArray("history").size());
        assertEquals(403, Api.as("liaison").get("/circulars/" + pub + "/reads").status());
    }

    @Test
    void aRecipientsOpeningIsRecordedOnceAndCountedForTheirEnterprise() throws SQLException {
        Decided c = CircularFixtures.decided("YBJT", "郑小明", "YBJS", BUILD);
        String no = CircularFixtures.drafted(c.caseNo(), "WARNING");
        CircularFixtures.published(no, "YBJS", "[\"LIAISON\", \"HR\"]");
        JsonObject before = receipt(no, "YBJSSJ");
        assertEquals(0, before == null ? 0 : before.getInt("read"));
        JsonObject first = Api.as("liaison").get("/circulars").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("circularNo").equals(no)).findFirst().orElseThrow();
        assertFalse(first.getBoolean("read"), "unread before opening");

        get("liaison", no);
        assertEquals(0, reads(no, "liaison"), "reading (a GET) records nothing but its audit entry");
        assertTrue(Api.as("liaison").post("/circulars/" + no + "/reads", "").parse().asJsonObject().getBoolean("recipient"));
        assertTrue(Api.as("liaison").post("/circulars/" + no + "/reads", "").parse().asJsonObject().getBoolean("recipient"));
        assertEquals(1, reads(no, "liaison"), "once per user");
        JsonObject r = receipt(no, "YBJSSJ");
        assertEquals(1, r.getInt("read"));
        assertEquals(r.getInt("recipients") - 1, r.getInt("notRead"));
        assertEquals("示范设计院", r.getString("enterpriseName"), "by name, not code");
        assertTrue(Api.as("liaison").get("/circulars").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getString("circularNo").equals(no) && x.getBoolean("read")));
        get("office", no);
        assertFalse(Api.as("office").post("/circulars/" + no + "/reads", "").parse().asJsonObject().getBoolean("recipient"));
        assertEquals(0, reads(no, "office"), "the office reading its record is not a recipient's read");
    }

    @Test
    void onlyADecidedCaseMakesACircular() {
        String open = InvestigationFixtures.opened("YBJSWY", "物业公司违规出借资金（通报）", "YB000063");
        Api.Reply refused = Api.as("office").post("/circulars", "{\"caseNo\": \"" + open + "\", \"kind\": \"WARNING\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertTrue(refused.json().getString("message").contains(open));
        assertEquals(400, Api.as("office").post("/circulars", "{\"caseNo\": \"NO-SUCH-CASE\", \"kind\": \"WARNING\"}").status());
        assertEquals(400, Api.as("office").post("/circulars", "{\"caseNo\": \"" + open + "\", \"kind\": \"OTHER\"}").status());
        assertEquals(404, Api.as("office").get("/circulars/YBJT-TB-1999-9999").status());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String text(JsonObject t, int version) {
        return text(t, version, t.getString("facts"));
    }

    private static String text(JsonObject t, int version, String facts) {
        return "{\"title\": " + quote(t.getString("title")) + ", \"facts\": " + quote(facts) + ", \"violation\": "
                + quote(t.getString("violation")) + ", \"handling\": " + quote(t.getString("handling")) + ", \"lesson\": "
                + quote(t.getString("lesson")) + ", \"version\": " + version + "}";
    }

    private static boolean listed(String user, String no) {
        Api.Reply r = Api.as(user).get("/circulars");
        assertEquals(200, r.status(), r::toString);
        return r.parse().asJsonArray().getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("circularNo").equals(no));
    }

    private static JsonObject receipt(String no, String enterprise) {
        Api.Reply r = Api.as("office").get("/circulars/" + no + "/reads");
        assertEquals(200, r.status(), r::toString);
        return r.parse().asJsonArray().getValuesAs(JsonObject.class).stream().filter(x -> x.getString("enterprise").equals(enterprise))
                .findFirst().orElse(null);
    }

    private static int reads(String no, String user) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement("SELECT count(*) FROM circular_read r "
                + "JOIN circular c ON c.id = r.circular_id WHERE c.circular_no = ? AND r.user_id = ?")) {
            q.setString(1, no);
            q.setString(2, user);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static boolean hasTask(String user, String kind, String object) {
        Api.Reply reply = Api.as(user).get("/me/tasks");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(object));
    }

    private static String pdfText(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            StringBuilder sb = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(extractor.getTextFromPage(i));
            }
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String docxText(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
