package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.FromAddress;
import com.soegroup.accountability.testsupport.Multipart;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        // the report's audit entry is held until its day is over (AuditService#recordAnonymous), then appended
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT a.user_id, a.details FROM audit_entry a WHERE a.object_id = ? AND a.action = 'CREATE' "
                     + "AND a.object_type = 'CLUE' UNION ALL SELECT h.user_id, h.details FROM audit_held h WHERE h.object_id = ? "
                     + "AND h.action = 'CREATE' AND h.object_type = 'CLUE'")) {
            q.setString(1, no);
            q.setString(2, no);
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
        // a guesser of its own: once its wrong codes are used up it gets 429 for any code for a minute, and the
        // tests that follow their reports from this machine's usual address must not be that guesser
        FromAddress guesser = FromAddress.loopback(30);
        FromAddress.Reply wrong = guesser.api("POST", "/reports/status", null, null, "{\"receipt\": \"AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\"}");
        assertEquals(404, wrong.status());
        FromAddress.Reply malformed = guesser.api("POST", "/reports/status", null, null, "{\"receipt\": \"<script>\"}");
        assertEquals(404, malformed.status());
        assertEquals(wrong.json().getString("message"), malformed.json().getString("message"), "one answer for every wrong code");

        int limited = 0;
        for (int i = 0; i < 25; i++) {
            if (guesser.api("POST", "/reports/status", null, null,
                    "{\"receipt\": \"BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBBB-BBB" + (char) ('A' + i) + "\"}").status() == 429) {
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

    /**
     * Refused reports count per client: one client's flood of invalid posts is answered 429 after its own limit
     * (config/demo.properties: 10 a minute), takes nothing from the reports' allowance, and blocks nobody else.
     */
    @Test
    @Order(5)
    void invalidPostsOfOneClientNeitherTakeFromTheReportsAllowanceNorBlockOthers() throws Exception {
        FromAddress flooder = FromAddress.loopback(31);
        long accepted = submitsOfTheLastMinute();
        int refused = 0;
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            int status = flooder.api("POST", "/reports", null, null, "{\"enterprise\": \"NOSUCH\", \"summary\": \"文旅公司问题（不存在的企业）\"}").status();
            if (status == 400) {
                refused++;
            } else if (status == 429) {
                limited++;
            }
        }
        assertEquals(10, refused, "refused as invalid, and counted for that client");
        assertEquals(5, limited, "beyond its limit the client is answered 429 before its post is read");
        assertEquals(accepted, submitsOfTheLastMinute(), "the flood took nothing from the reports' allowance");
        assertEquals(429, flooder.api("POST", "/reports", null, null, VALID).status(), "the flooder itself waits");

        FromAddress.Reply other = FromAddress.loopback(32).api("POST", "/reports", null, null, VALID);
        assertEquals(201, other.status(), "another sender is not blocked: " + other);
    }

    /** After the wrong codes of the minute are used up, a right code gets 429 as well: the answer tells nothing. */
    @Test
    @Order(6)
    void onceWrongCodesAreUsedUpEvenTheRightCodeIsAnswered429() {
        String receipt = FromAddress.loopback(33).api("POST", "/reports", null, null, VALID).json().getString("receipt");
        FromAddress guesser = FromAddress.loopback(34);
        for (int i = 0; i < 10; i++) {
            String wrong = "{\"receipt\": \"CCCC-CCCC-CCCC-CCCC-CCCC-CCCC-CCCC-CCC" + (char) ('A' + i) + "\"}";
            assertEquals(404, guesser.api("POST", "/reports/status", null, null, wrong).status());
        }

        FromAddress.Reply right = guesser.api("POST", "/reports/status", null, null, "{\"receipt\": \"" + receipt + "\"}");

        assertEquals(429, right.status(), right::toString);
        assertEquals("60", right.header("Retry-After"));
        FromAddress.Reply holder = FromAddress.loopback(35).api("POST", "/reports/status", null, null, "{\"receipt\": \"" + receipt + "\"}");
        assertEquals(200, holder.status(), "the holder of the code, elsewhere, follows the report: " + holder);
    }

    /**
     * The audit trail keeps the day of a report, not its time: the entry is held with the day alone and appended only
     * after the day is over (simulated here by moving the held entry to yesterday), dated at the start of that day in
     * China, with no role, and numbered after entries written since: its number tells nothing of the hour either.
     */
    @Test
    @Order(7)
    void theAuditTrailKeepsTheDayOfAReportNotItsTime() throws Exception {
        FromAddress.Reply sent = FromAddress.loopback(36).api("POST", "/reports", null, null,
                "{\"enterprise\": \"YBWT\", \"summary\": \"文旅公司问题 DAY-ONLY-PROBE\"}");
        assertEquals(201, sent.status(), sent::toString);
        long lastSeqAtSubmission;
        try (Connection db = Database.connect()) {
            lastSeqAtSubmission = count(db, "SELECT last_value FROM audit_entry_seq");
        }
        // entries written after the report: the office reads the ledger
        String no = Api.as("office").get("/clues?q=DAY-ONLY-PROBE").json().getJsonArray("items").getJsonObject(0).getString("ledgerNo");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (Connection db = Database.connect()) {
            assertEquals(0, count(db, "SELECT count(*) FROM audit_entry WHERE object_id = '" + no + "'"), "no entry with a time");
            try (ResultSet held = db.createStatement().executeQuery("SELECT occurred_on, user_id FROM audit_held WHERE object_id = '" + no + "'")) {
                assertTrue(held.next());
                assertEquals(today, held.getObject(1, LocalDate.class));
                assertEquals("public-form", held.getString(2));
            }
            assertEquals(0, count(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'audit_held' "
                    + "AND data_type LIKE 'time%'"), "the held entry has a day, no time");
            db.createStatement().executeUpdate("INSERT INTO audit_held (occurred_on, user_id, action, object_type, object_id, details) "
                    + "SELECT occurred_on - 1, user_id, action, object_type, object_id, details FROM audit_held WHERE object_id = '" + no + "'");
            db.createStatement().executeUpdate("DELETE FROM audit_held WHERE object_id = '" + no + "' AND occurred_on = DATE '" + today + "'");
        }

        JsonObject entry = null;
        for (int i = 0; i < 30 && entry == null; i++) {
            JsonObject log = Api.as("admin").get("/audit?objectType=CLUE&objectId=" + no + "&action=CREATE").json();
            entry = log.getInt("total") == 0 ? null : log.getJsonArray("items").getJsonObject(0);
            if (entry == null) {
                Thread.sleep(500);
            }
        }
        assertNotNull(entry, "the sealer appends the held entry once its day is over");
        assertEquals(today.minusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), Instant.parse(entry.getString("occurredAt")));
        assertTrue(!entry.containsKey("roles") || entry.isNull("roles"), "no role: " + entry);
        assertEquals("public-form", entry.getString("user"));
        assertTrue(entry.getJsonNumber("seq").longValue() > lastSeqAtSubmission + 1,
                "numbered after the entries written since the report (the office's read of it, at least): " + entry);
    }

    /**
     * PrimeFaces checks the page's script nonce only while it writes the answer: a report posted without it used to
     * be saved and its receipt never shown. Now nothing is saved and the page comes again saying so; with the nonce
     * (which the page also carries in a field of its own) the form works without scripts.
     */
    @Test
    @Order(8)
    void aReportPostedWithoutThePagesNonceSavesNothingAndWithItTheFormWorksWithoutScripts() {
        FromAddress browser = FromAddress.loopback(37);
        FromAddress.Reply form = browser.send("GET", "/report/index.xhtml", Map.of(), null);
        String session = form.headers().getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Map<String, String> headers = Map.of("Cookie", session, "Content-Type", "application/x-www-form-urlencoded");
        String fields = "report=report&report%3Aenterprise=YBWT&report%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(field(form.body(), "jakarta.faces.ViewState"), StandardCharsets.UTF_8) + "&report%3Asummary=";

        FromAddress.Reply withoutNonce = browser.send("POST", "/report/index.xhtml", headers,
                (fields + URLEncoder.encode("文旅公司问题 NO-NONCE-PROBE", StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertTrue(withoutNonce.status() == 302 || withoutNonce.status() == 303, withoutNonce::toString);
        assertEquals(TestEnvironment.BASE_URL + "/report/index.xhtml?expired=true", withoutNonce.header("Location"));
        assertEquals(0, Api.as("office").get("/clues?q=NO-NONCE-PROBE").json().getInt("total"), "nothing was saved");

        FromAddress.Reply withNonce = browser.send("POST", "/report/index.xhtml", headers,
                (fields + URLEncoder.encode("文旅公司问题 NONCE-PROBE", StandardCharsets.UTF_8) + "&primefaces.nonce="
                        + URLEncoder.encode(field(form.body(), "primefaces.nonce"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, withNonce.status(), withNonce::toString);
        assertTrue(withNonce.body().matches("(?s).*id=\"receipt\">([A-Z2-7]{4}-){7}[A-Z2-7]{4}<.*"), withNonce::toString);
        assertEquals(1, Api.as("office").get("/clues?q=NONCE-PROBE").json().getInt("total"));
    }

    /** The value of a hidden field of a page. */
    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), () -> name + " not in " + html);
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static final String VALID = "{\"enterprise\": \"YBWT\", \"summary\": \"文旅公司问题（按来源限流）\"}";

    private static long submitsOfTheLastMinute() throws Exception {
        try (Connection db = Database.connect()) {
            return count(db, "SELECT coalesce(sum(count), 0) FROM request_limit WHERE kind = 'SUBMIT' "
                    + "AND second > clock_timestamp() - interval '60 seconds'");
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Multipart base(String probe) {
        return new Multipart().field("enterprise", "YBWT").field("summary", "文旅公司问题 " + probe);
    }
}
