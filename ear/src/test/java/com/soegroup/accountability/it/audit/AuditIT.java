package com.soegroup.accountability.it.audit;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.AuditFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.FromAddress;
import com.soegroup.accountability.testsupport.OrgFixtures;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.soegroup.accountability.testsupport.AuditFixtures.withTheAuditorOfTheWholeGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail on PostgreSQL: the database itself refuses to change or remove entries, and when someone
 * with the rights to lift that guard does it anyway, the chain check names the entry.
 */
class AuditIT extends ApplicationIT {

    @Test
    void anUpdateOrDeleteOfAnAuditEntryInSqlIsRefused() throws Exception {
        long seq = anEntry();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_entry SET user_id = 'mallory' WHERE seq = " + seq));
            assertEquals("42501", update.getSQLState(), update::getMessage);
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_entry WHERE seq = " + seq));
            assertThrows(SQLException.class, () -> sql.executeUpdate("TRUNCATE audit_entry"));

            // even with the privileges given back, the trigger refuses
            db.setAutoCommit(false);
            sql.execute("GRANT UPDATE, DELETE ON audit_entry TO CURRENT_USER");
            SQLException trigger = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_entry SET user_id = 'mallory' WHERE seq = " + seq));
            assertTrue(trigger.getMessage().contains("append-only"), trigger::getMessage);
            db.rollback();
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void whenTheGuardIsLiftedAndAnEntryAlteredTheCheckNamesThatEntry() throws Exception {
        long seq = anEntry();
        String original = column(seq, "object_id");
        try {
            tamper("UPDATE audit_entry SET object_id = 'YB999999' WHERE seq = " + seq);

            JsonObject result = verify();

            assertFalse(result.getBoolean("intact"), result::toString);
            assertEquals(seq, result.getJsonNumber("firstBad").longValue(), result::toString);
            assertEquals("ALTERED", result.getString("problem"));
        } finally {
            tamper("UPDATE audit_entry SET object_id = '" + original + "' WHERE seq = " + seq);
        }
        assertTrue(verify().getBoolean("intact"), "restored, the chain holds again");
    }

    @Test
    void whenAnEntryIsRemovedTheCheckNamesIt() throws Exception {
        long seq = anEntry();
        anEntry();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            String copy = "CREATE TEMP TABLE removed AS SELECT * FROM audit_entry WHERE seq = " + seq;
            sql.execute(copy);
            try {
                tamper(db, "DELETE FROM audit_entry WHERE seq = " + seq);

                JsonObject result = verify();

                assertFalse(result.getBoolean("intact"), result::toString);
                assertEquals(seq, result.getJsonNumber("firstBad").longValue(), result::toString);
                assertEquals("REMOVED", result.getString("problem"));
            } finally {
                sql.execute("INSERT INTO audit_entry SELECT * FROM removed");
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void whenAnEntryIsRemovedWithItsSealTheCheckStillNamesIt() throws Exception {
        long seq = anEntry();
        anEntry();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("CREATE TEMP TABLE removed_entry AS SELECT * FROM audit_entry WHERE seq = " + seq);
            sql.execute("CREATE TEMP TABLE removed_seal AS SELECT * FROM audit_seal WHERE entry_seq = " + seq);
            try {
                tamper(db, "DELETE FROM audit_entry WHERE seq = " + seq);
                tamperSeals(db, "DELETE FROM audit_seal WHERE entry_seq = " + seq);

                JsonObject result = verify();

                assertFalse(result.getBoolean("intact"), result::toString);
                assertEquals(seq, result.getJsonNumber("firstBad").longValue(), "the next seal recorded its entry: " + result);
                assertEquals("REMOVED", result.getString("problem"));
            } finally {
                sql.execute("INSERT INTO audit_seal SELECT * FROM removed_seal");
                sql.execute("INSERT INTO audit_entry SELECT * FROM removed_entry");
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void anEntryInsertedAroundTheApplicationIsNamedByTheCheckAndTheFullCheck() throws Exception {
        anEntry();
        assertTrue(verify().getBoolean("intact"));
        long foreign;
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action) "
                     + "VALUES (nextval('audit_entry_seq'), now(), 'mallory', 'ADMIN', 'READ') RETURNING seq")) {
            row.next();
            foreign = row.getLong(1);
        }
        // a check looks for such entries among those numbered below the oldest one still waiting for its seal
        AuditFixtures.awaitNothingPending();
        try {
            JsonObject since = verify();
            JsonObject full = Api.as("admin").get("/audit/verify?full=true").json();

            assertFalse(since.getBoolean("intact"), since::toString);
            assertEquals(foreign, since.getJsonNumber("firstBad").longValue(), since::toString);
            assertEquals("FOREIGN", since.getString("problem"));
            assertFalse(full.getBoolean("intact"), full::toString);
            assertEquals(foreign, full.getJsonNumber("firstBad").longValue(), full::toString);
        } finally {
            tamper("DELETE FROM audit_entry WHERE seq = " + foreign);
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void aCheckWalksOnlyWhatCameSinceTheLastIntactCheckAndAFullCheckWalksEverything() throws Exception {
        anEntry();
        assertTrue(verify().getBoolean("intact"));
        long sealedBefore = sealedCount();

        anEntry();
        JsonObject since = verify();
        Api.Reply full = Api.as("admin").get("/audit/verify?full=true");

        assertTrue(since.getBoolean("intact"), since::toString);
        assertFalse(since.getBoolean("full"));
        assertTrue(since.getJsonNumber("entriesChecked").longValue() < sealedBefore,
                "only the entries since the last check, not the " + sealedBefore + " before: " + since);
        assertTrue(since.getJsonNumber("entriesChecked").longValue() >= 1, since::toString);
        assertEquals(200, full.status(), full::toString);
        assertTrue(full.json().getBoolean("intact"), full::toString);
        assertTrue(full.json().getBoolean("full"));
        assertTrue(full.json().getJsonNumber("entriesChecked").longValue() >= sealedBefore, full::toString);
    }

    @Test
    void failedSignInsOfOneNameAreRecordedOnlyUpToTheLimitOfAMinuteAndAllRefused() throws Exception {
        String name = "guess" + System.nanoTime();
        // from fifteen clients: from one, the sign-in delay (SignInDelayIT) would answer the sixth attempt unchecked
        for (int i = 0; i < 15; i++) {
            assertEquals(401, FromAddress.loopback(60 + i).api("GET", "/me", name, "wrong-" + i, null).status());
        }

        try (Connection db = Database.connect();
             PreparedStatement count = db.prepareStatement(
                     "SELECT count(*) FROM audit_entry WHERE user_id = ? AND action = 'SIGN_IN_FAILED'")) {
            count.setString(1, name);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                assertEquals(10, row.getInt(1), "ten recorded a minute (accountability.sign-in-failures-per-user), the rest not");
            }
        }
    }

    @Test
    void concurrentAuditedRequestsAreAllRecordedAndChainedIntact() throws Exception {
        long before = entryCount();
        int clients = 12;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < clients * each; i++) {
                statuses.add(pool.submit(() -> Api.as("hr").get("/people/DEMO-AUDITOR").status()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long seq = Api.as("auditor").get("/audit?objectType=PERSON&objectId=DEMO-AUDITOR&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
        AuditFixtures.awaitSealed(seq);

        // the 60 reads, the auditor's search of the log and nothing else from this test
        assertTrue(entryCount() - before >= clients * each + 1);
        try (Connection db = Database.connect(); Statement sql = db.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*) FROM audit_entry WHERE object_type = 'PERSON' "
                     + "AND object_id = 'DEMO-AUDITOR' AND seq > " + before)) {
            row.next();
            assertEquals(clients * each, row.getLong(1));
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void writesAndConfidentialReadsAreLoggedWithTheChangedFields() {
        // a person of YBNYRQ, within the demo auditor's scope (YBNY)
        JsonObject person = Api.as("hr").get("/people/YB000090").json().getJsonObject("person");
        String newPost = "主管".equals(person.getString("post")) ? "高级主管" : "主管";
        Api.Reply saved = Api.as("hr").put("/people/YB000090",
                OrgFixtures.personUpdate(person, person.getInt("version")).add("post", newPost).build().toString());
        assertEquals(200, saved.status(), saved::toString);
        Api.as("office").get("/people/YB000090/pay");

        JsonObject update = Api.as("auditor").get("/audit?objectType=PERSON&objectId=YB000090&action=UPDATE&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("hr", update.getString("user"));
        assertEquals("HR", update.getString("roles"));
        JsonObject change = update.getJsonArray("changes").getJsonObject(0);
        assertEquals("post", change.getString("field"));
        assertEquals(person.getString("post"), change.getString("oldValue"));
        assertEquals(newPost, change.getString("newValue"));

        JsonObject read = Api.as("admin").get("/audit?objectType=PERSON_PAY&objectId=YB000090&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("READ", read.getString("action"));
        assertEquals("office", read.getString("user"));
        assertTrue(verify().getBoolean("intact"), "the database's hash of an entry in Chinese is the one the check computes");
    }

    @Test
    void anAuditorReadsTheLogWithinTheirScopeAndNothingAboutACaseTheyAreInvolvedIn() throws Exception {
        String text = "审计范围" + System.nanoTime();
        String own = registeredWith("YBNYRQ", text + "（燃气）", "");
        String sibling = registeredWith("YBJS", text + "（建设）", "");
        withTheAuditorOfTheWholeGroup(() -> {
            JsonObject created = Api.as("auditor").get("/audit?objectId=" + sibling + "&action=CREATE").json()
                    .getJsonArray("items").getJsonObject(0);
            assertTrue(created.toString().contains("\"newValue\":\"YBJS\""),
                    "an auditor of the whole group involved in nothing reads every entry in full: " + created);
        });
        String aboutTheAuditor = registeredWith("YBNY", text + "（涉及审计人员）", ", \"persons\": [{\"employeeNo\": \"DEMO-AUDITOR\"}]");
        String aboutTheAdmin = registeredWith("YBJS", text + "（涉及系统管理员）", ", \"persons\": [{\"employeeNo\": \"DEMO-ADMIN\"}]");
        for (String no : List.of(own, sibling, aboutTheAuditor, aboutTheAdmin)) {
            assertEquals(200, Api.as("office").get("/clues/" + no).status());
        }
        assertEquals(200, Api.as("office").get("/clues?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).status());
        assertEquals(200, Api.as("hr").get("/people/YB000160").status()); // a person of YBWT
        List<JsonObject> cases = Api.as("office").get("/investigations?size=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        String gasCase = cases.stream().filter(i -> i.getString("owner").startsWith("YBNY")).findFirst().orElseThrow().getString("caseNo");
        String otherCase = cases.stream().filter(i -> i.getString("owner").startsWith("YBJS")).findFirst().orElseThrow().getString("caseNo");
        for (String no : List.of(gasCase, otherCase)) {
            assertEquals(200, Api.as("office").get("/investigations/" + no + "/loss").status());
        }

        // the demo auditor's home is YBNY
        JsonObject created = Api.as("auditor").get("/audit?objectId=" + own + "&action=CREATE").json().getJsonArray("items").getJsonObject(0);
        assertTrue(created.getJsonArray("changes").toString().contains("\"newValue\":\"YBNYRQ\""),
                "the content of an entry of the scope: " + created);
        assertEquals(0, entries("auditor", "objectId=" + sibling), "a sibling's clue");
        assertEquals(0, entries("auditor", "objectId=" + aboutTheAuditor), "a clue the auditor is involved in");
        assertEquals(0, entries("auditor", "objectType=INVOLVED_PERSON&objectId=CLUE:" + clueId(aboutTheAuditor)),
                "nor that anyone was recorded as involved in it");
        assertEquals(0, entries("auditor", "objectType=PERSON&objectId=YB000160"), "a person of another subsidiary");
        assertTrue(entries("auditor", "objectId=" + gasCase) > 0, "a case of the scope");
        assertEquals(0, entries("auditor", "objectId=" + otherCase), "a case of a sibling");
        for (String no : List.of(own, sibling, aboutTheAuditor, gasCase, otherCase)) {
            assertTrue(entries("admin", "objectId=" + no) > 0, "ADMIN reads that every entry exists: " + no);
        }
        assertEquals(0, entries("admin", "objectId=" + aboutTheAdmin), "but not of a clue that names the admin");
        assertEquals(0, entries("admin", "objectType=INVOLVED_PERSON&objectId=CLUE:" + clueId(aboutTheAdmin)));
        JsonObject ledgerRead = Api.as("auditor").get("/audit?user=office&objectType=CLUE_LEDGER&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(0, ledgerRead.getJsonObject("facts").size(), "a list's filter is for auditors of the whole group: " + ledgerRead);
        assertEquals(200, Api.as("admin").get("/audit?objectId=" + sibling).status());
        JsonObject logRead = Api.as("auditor").get("/audit?user=admin&objectType=AUDIT_LOG&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertFalse(logRead.toString().contains(sibling), "nor what others looked for in the log: " + logRead);
        assertEquals(200, Api.as("auditor").get("/audit?objectId=" + own).status());
        JsonObject ownRead = Api.as("auditor").get("/audit?user=auditor&objectType=AUDIT_LOG&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertTrue(ownRead.toString().contains(own), "but what they looked for themselves: " + ownRead);

        withTheAuditorOfTheWholeGroup(() -> {
            assertTrue(entries("auditor", "objectId=" + sibling) > 0, "an auditor of the whole group reads every enterprise's");
            assertEquals(0, entries("auditor", "objectId=" + aboutTheAuditor), "but still nothing of a case they are involved in");
            assertTrue(entries("auditor", "objectId=" + aboutTheAdmin) > 0, "the admin's recusal is the admin's own");
            JsonObject read = Api.as("auditor").get("/audit?user=office&objectType=CLUE_LEDGER&size=1").json()
                    .getJsonArray("items").getJsonObject(0);
            assertTrue(read.toString().contains(text), "and the lists' filters: " + read);
        });
    }

    @Test
    void everyReadOfAnAuditorIsLoggedListsOncePerPage() {
        long before = Api.as("admin").get("/audit?user=auditor&action=READ&size=1").json().getInt("total");

        Api.as("auditor").get("/enterprises/YBNYRQ");
        Api.as("auditor").get("/people?size=20");
        Api.as("office").get("/enterprises/YBNYRQ");

        JsonObject log = Api.as("admin").get("/audit?user=auditor&action=READ&size=2").json();
        assertEquals(before + 2, log.getInt("total"));
        assertEquals("PERSON_LIST", log.getJsonArray("items").getJsonObject(0).getString("objectType"));
        assertEquals("YBNYRQ", log.getJsonArray("items").getJsonObject(1).getString("objectId"));
        assertEquals(0, Api.as("admin").get("/audit?user=office&objectType=ENTERPRISE&objectId=YBNYRQ").json().getInt("total"),
                "the tree is not confidential: other roles' reads of it are not logged");
    }

    @Test
    void refusedSignInsAreLoggedWithTheAttemptedNameOnly() throws Exception {
        assertEquals(401, Api.as("office", "wrong-password").get("/me").status());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode("leader", StandardCharsets.UTF_8)
                                + "&j_password=wrong")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(form.body().contains("loginFailed"), form::body);

        List<JsonObject> failures = Api.as("auditor").get("/audit?action=SIGN_IN_FAILED&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(failures.stream().anyMatch(f -> "office".equals(f.getString("user"))
                && "api".equals(f.getJsonObject("facts").getString("channel"))), failures::toString);
        assertTrue(failures.stream().anyMatch(f -> "leader".equals(f.getString("user"))
                && "web".equals(f.getJsonObject("facts").getString("channel"))), failures::toString);
        assertFalse(failures.toString().contains("wrong"), "never the password");
    }

    @Test
    void aSignInThroughTheFormIsLoggedOncePerSession() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        long before = Api.as("auditor").get("/audit?action=SIGN_IN&user=investigator&size=1").json().getInt("total");
        browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=investigator&j_password=investigator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(home.body().contains("张伟"), home::body);
        browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(before + 1, Api.as("auditor").get("/audit?action=SIGN_IN&user=investigator&size=1").json().getInt("total"));
    }

    @Test
    void onlyAdminAndAuditorReadTheLog() {
        assertEquals(403, Api.as("office").get("/audit").status());
        assertEquals(403, Api.as("hr").get("/audit/verify").status());
        assertEquals(200, Api.as("admin").get("/audit/verify").status());
        assertEquals(200, Api.as("auditor").get("/audit?size=5").status());
    }

    private static int entries(String user, String query) {
        Api.Reply reply = Api.as(user).get("/audit?size=1&" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getInt("total");
    }

    private static String registeredWith(String enterprise, String summary, String more) {
        Api.Reply reply = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"" + enterprise + "\", \"summary\": \"" + summary + "\"" + more + "}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonObject("clue").getString("ledgerNo");
    }

    private static long clueId(String ledgerNo) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM clue WHERE ledger_no = ?")) {
            query.setString(1, ledgerNo);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    /** Makes the application write an entry, waits until it is sealed into the chain and answers its number. */
    private static long anEntry() {
        assertEquals(200, Api.as("hr").get("/people/DEMO-AUDITOR").status());
        long seq = Api.as("auditor").get("/audit?objectType=PERSON&objectId=DEMO-AUDITOR&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue();
        AuditFixtures.awaitSealed(seq);
        return seq;
    }

    private static JsonObject verify() {
        Api.Reply reply = Api.as("auditor").get("/audit/verify");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static long sealedCount() throws SQLException {
        return count("SELECT count(*) FROM audit_seal");
    }

    private static long entryCount() throws SQLException {
        return count("SELECT coalesce(max(seq), 0) FROM audit_entry");
    }

    private static long count(String query) throws SQLException {
        try (Connection db = Database.connect(); Statement sql = db.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String column(long seq, String column) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("SELECT " + column + " FROM audit_entry WHERE seq = ?")) {
            query.setLong(1, seq);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void tamper(String statement) throws SQLException {
        try (Connection db = Database.connect()) {
            tamper(db, statement);
        }
    }

    /** The same for the seals. */
    private static void tamperSeals(Connection db, String statement) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("GRANT UPDATE, DELETE ON audit_seal TO CURRENT_USER");
            sql.execute("ALTER TABLE audit_seal DISABLE TRIGGER audit_seal_append_only");
            sql.executeUpdate(statement);
            sql.execute("ALTER TABLE audit_seal ENABLE TRIGGER audit_seal_append_only");
            sql.execute("REVOKE UPDATE, DELETE ON audit_seal FROM CURRENT_USER");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** What only the schema's owner can do: lift both guards, change the table, put the guards back. */
    private static void tamper(Connection db, String statement) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("GRANT UPDATE, DELETE ON audit_entry TO CURRENT_USER");
            sql.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
            sql.executeUpdate(statement);
            sql.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
            sql.execute("REVOKE UPDATE, DELETE ON audit_entry FROM CURRENT_USER");
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }
}
