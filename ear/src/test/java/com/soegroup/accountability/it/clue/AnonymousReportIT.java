package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Multipart;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public whistle-blowing channel: a report without signing in becomes a REGISTERED clue of source REPORT,
 * followed with its receipt code; nothing identifies the sender; files are checked by content; wrong codes
 * reveal nothing and are rate limited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnonymousReportIT extends ApplicationIT {

    private static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Test
    @Order(1)
    void anAnonymousReportBecomesARegisteredClueFollowedByItsReceiptCode() throws Exception {
        Api.Reply sent = Api.anonymous().post("/reports", "{\"enterprise\": \"YBWT\", \"summary\": \"文旅公司景区项目负责人收受供应商礼金 REPORT-PROBE\", "
                + "\"persons\": \"某经理、某主管\", \"reporterName\": \"知情职工\", \"reporterContact\": \"微信 zhiqing\"}");
        assertEquals(201, sent.status(), sent::toString);
        String receipt = sent.json().getString("receipt");
        assertTrue(receipt.matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}"), receipt);

        JsonObject ledger = Api.as("office").get("/clues?source=REPORT&q=REPORT-PROBE").json();
        assertEquals(1, ledger.getInt("total"), ledger::toString);
        JsonObject clue = ledger.getJsonArray("items").getJsonObject(0);
        assertEquals("REGISTERED", clue.getString("status"));
        assertEquals("YBWT", clue.getString("owner"));
        assertEquals("某经理、某主管", clue.getString("persons"));
        String no = clue.getString("ledgerNo");
        JsonObject detail = Api.as("office").get("/clues/" + no).json();
        assertEquals("public-form", detail.getString("registeredBy"));
        assertEquals("知情职工", detail.getString("reporterName"));

        JsonObject status = Api.anonymous().post("/reports/status", "{\"receipt\": \"" + receipt.toLowerCase() + "\"}").json();
        assertEquals("REGISTERED", status.getString("status"));
        assertEquals(200, Api.as("office").post("/clues/" + no + "/report-messages", "{\"text\": \"请补充礼金的时间和金额\"}").status());
        Api.Reply answered = Api.anonymous().post("/reports/messages", "{\"receipt\": \"" + receipt + "\", \"text\": \"2026年春节前，约两万元\"}");
        assertEquals(200, answered.status(), answered::toString);
        assertEquals(List.of("请补充礼金的时间和金额", "2026年春节前，约两万元"), answered.json().getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("text")).toList());
        assertEquals(2, Api.as("leader").get("/clues/" + no + "/report-messages").parse().asJsonArray().size());
        assertEquals(403, Api.as("auditor").get("/clues/" + no + "/report-messages").status());

        // nothing of the sender: the report's rows hold no address, and the log of that request names none
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT a.user_id, a.details FROM audit_entry a WHERE a.object_id = ? AND a.action = 'CREATE'")) {
            q.setString(1, no);
            try (ResultSet rows = q.executeQuery()) {
                assertTrue(rows.next());
                assertFalse(List.of("office", "leader", "liaison", "admin").contains(rows.getString(1)), rows.getString(1));
                assertFalse(rows.getString(2).contains("127.0.0.1"));
            }
            try (ResultSet columns = db.createStatement().executeQuery("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name IN ('anonymous_report', 'report_message')")) {
                while (columns.next()) {
                    assertFalse(columns.getString(1).matches("(.*_)?(ip|addr|address|agent|session|user)(_.*)?"), columns.getString(1));
                }
            }
        }
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(text.contains("REPORT-PROBE"), "the report's content is not logged");
        assertFalse(text.contains(receipt), "nor its receipt code");
    }

    @Test
    @Order(2)
    void filesAreCheckedByContentHashedAndBadOnesSaveNothing() throws Exception {
        long before = Api.as("office").get("/clues?source=REPORT&size=1").json().getJsonNumber("total").longValue();

        Multipart exe = base("EXE-PROBE").file("files", "证据.pdf", "application/pdf", "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));
        Api.Reply refused = Api.anonymous().post("/reports", exe.contentType(), exe.bytes());
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("attachments[0]", refused.json().getString("field"));
        assertTrue(refused.json().getString("message").contains("证据.pdf"));

        Multipart big = base("BIG-PROBE").file("files", "大文件.pdf", "application/pdf", new byte[8 * 1024 * 1024 + 1]);
        assertEquals(400, Api.anonymous().post("/reports", big.contentType(), big.bytes()).status());
        assertEquals(before, Api.as("office").get("/clues?source=REPORT&size=1").json().getJsonNumber("total").longValue(),
                "refused reports saved nothing");

        byte[] pdf = PDF.getBytes(StandardCharsets.US_ASCII);
        Multipart good = base("FILE-PROBE").file("files", "合同扫描件.pdf", "application/octet-stream", pdf);
        Api.Reply sent = Api.anonymous().post("/reports", good.contentType(), good.bytes());
        assertEquals(201, sent.status(), sent::toString);
        String no = Api.as("office").get("/clues?q=FILE-PROBE").json().getJsonArray("items").getJsonObject(0).getString("ledgerNo");
        JsonObject file = Api.as("office").get("/clues/" + no + "/attachments").parse().asJsonArray().getJsonObject(0);
        assertEquals("合同扫描件.pdf", file.getString("fileName"));
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), file.getString("sha256"));
        var download = Api.as("office").download("/clues/" + no + "/attachments/" + file.getJsonNumber("id").longValue());
        assertEquals(200, download.statusCode());
        assertEquals(PDF, new String(download.body(), StandardCharsets.US_ASCII));
    }

    @Test
    @Order(3)
    void aWrongReceiptRevealsNothingAndGuessingIsRateLimited() {
        Api.Reply wrong = Api.anonymous().post("/reports/status", "{\"receipt\": \"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\"}");
        assertEquals(404, wrong.status());
        Api.Reply malformed = Api.anonymous().post("/reports/status", "{\"receipt\": \"<script>\"}");
        assertEquals(404, malformed.status());
        assertEquals(wrong.json().getString("message"), malformed.json().getString("message"), "one answer for every wrong code");

        int limited = 0;
        for (int i = 0; i < 25; i++) {
            if (Api.anonymous().post("/reports/status", "{\"receipt\": \"BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBB" + (char) ('A' + i) + "\"}").status() == 429) {
                limited++;
            }
        }
        assertTrue(limited > 0, "guessing is slowed down");
        assertNotNull(Api.anonymous().get("/reports/enterprises").parse());
    }

    /**
     * The limit of the public form holds for all nodes of a cluster together: submissions counted by other nodes
     * (written here straight into the shared counts, as those nodes would) use up this node's allowance too.
     */
    @Test
    @Order(4)
    void theFormsLimitCountsTheSubmissionsOfEveryNode() throws Exception {
        String report = "{\"enterprise\": \"YBWT\", \"summary\": \"文旅公司问题（集群限流）\"}";
        try (Connection db = Database.connect()) {
            try (PreparedStatement otherNodes = db.prepareStatement("INSERT INTO request_limit (kind, second, count) "
                    + "VALUES ('SUBMIT', date_trunc('second', clock_timestamp()) - interval '5 seconds', 30) "
                    + "ON CONFLICT (kind, second) DO UPDATE SET count = request_limit.count + 30")) {
                otherNodes.executeUpdate();
            }
            Api.Reply refused = Api.anonymous().post("/reports", report);
            assertEquals(429, refused.status(), refused::toString);
            try (PreparedStatement minutePassed = db.prepareStatement("DELETE FROM request_limit WHERE kind = 'SUBMIT'")) {
                minutePassed.executeUpdate();
            }
        }
        Api.Reply accepted = Api.anonymous().post("/reports", report);
        assertEquals(201, accepted.status(), accepted::toString);
    }

    private static Multipart base(String probe) {
        return new Multipart().field("enterprise", "YBWT").field("summary", "文旅公司问题 " + probe);
    }
}
