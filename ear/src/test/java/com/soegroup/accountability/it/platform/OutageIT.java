package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DirectoryServer;
import com.soegroup.accountability.testsupport.LocalPostgres;
import com.soegroup.accountability.testsupport.RunsLast;
import com.soegroup.accountability.testsupport.ServerCli;
import com.soegroup.accountability.testsupport.ServerLog;
import com.soegroup.accountability.testsupport.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A bad day in the data centre: the directory or the database goes down while the application runs, and comes back.
 * Users are told what is wrong (never an empty page, never the 401 of a wrong password or a 500), the outage is logged
 * once, refused sign-ins are audited or, while the database is down, logged, and the application recovers by itself,
 * without a redeployment. Each test restarts what it stopped, on the same port, before it ends.
 */
@RunsLast(1)
class OutageIT extends ApplicationIT {

    private static final String DIRECTORY_SENTENCE = "目录服务暂不可用，请稍后再试。";
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void withTheDirectoryDownSignInSaysSoIsAuditedAndRecoversWhenItIsBack() throws Exception {
        DirectoryServer directory = TestEnvironment.stack().directory();
        // office signs in before the outage and stays in the sign-in cache; nobody else is in it
        ServerCli.run("/subsystem=elytron/caching-realm=accountability-ldap-cache:clear-cache");
        assertEquals(200, Api.as("office").get("/me").status());
        long auditBefore = lastAuditSeq();
        int log = ServerLog.mark();
        directory.stop();
        try {
            Api.Reply api = Api.as("hr2").get("/me");
            assertEquals(503, api.status(), api::toString);
            assertEquals("SERVICE_UNAVAILABLE", api.json().getString("error"));
            assertEquals(DIRECTORY_SENTENCE, api.json().getString("message"));
            assertNotNull(api.header("Retry-After"), api::toString);
            assertEquals("The directory service is unavailable at the moment. Please try again later.",
                    Api.as("hr2").inEnglish().get("/me").json().getString("message"));

            HttpResponse<String> form = signInForm("hr2", "hr2");
            assertEquals(302, form.statusCode(), form::body);
            String location = form.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/login.xhtml?unavailable=true"), location);
            HttpResponse<String> page = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL
                    + "/login.xhtml?unavailable=true")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains(DIRECTORY_SENTENCE), page::body);

            // a user the cache holds keeps working: the directory is not asked
            assertEquals(200, Api.as("office").get("/me").status());
        } finally {
            directory.restart();
        }
        assertEquals(1, ServerLog.count(log, "The directory (LDAP) does not answer"),
                "the outage is logged once, not with each of its three refused sign-ins");

        Api.Reply back = Api.as("hr2").get("/me");
        assertEquals(200, back.status(), back::toString);
        assertEquals("hr2", back.json().getString("user"));
        assertEquals(2, refusedBecauseOfTheDirectory("hr2", auditBefore, "api"), "both API attempts are in the trail");
        assertEquals(1, refusedBecauseOfTheDirectory("hr2", auditBefore, "web"), "the form's attempt is in the trail");
    }

    @Test
    void withTheDatabaseDownDataAnswers503SystemSaysWhatIsDownAndTheApplicationRecovers() throws Exception {
        LocalPostgres postgres = TestEnvironment.stack().postgres();
        assertEquals(200, Api.as("office").get("/clues?size=1").status());
        assertEquals(200, Api.as("admin").get("/me").status());
        String wrongPassword = "wrong-" + UUID.randomUUID();
        int log = ServerLog.mark();
        postgres.close();
        try {
            Api.Reply clues = Api.as("office").get("/clues?size=1");
            assertEquals(503, clues.status(), clues::toString);
            assertEquals("SERVICE_UNAVAILABLE", clues.json().getString("error"));
            assertEquals("服务暂时不可用，请稍后重试。", clues.json().getString("message"));
            assertNotNull(clues.header("Retry-After"));
            assertEquals(503, Api.as("office").get("/clues?size=1").status(), "and again");

            Api.Reply system = Api.as("admin").get("/system");
            assertEquals(503, system.status(), system::toString);
            assertEquals("SERVICE_UNAVAILABLE", system.json().getString("error"));
            assertEquals("数据库暂不可用，请稍后再试。", system.json().getString("message"));

            Api.Reply health = Api.anonymous().get("/health");
            assertEquals(503, health.status(), health::toString);
            assertEquals("DOWN", health.json().getString("status"));

            // a refused sign-in cannot be written to the trail now: the log has it, without the password
            Api.Reply refused = Api.as("leader", wrongPassword).get("/me");
            assertEquals(401, refused.status(), refused::toString);
        } finally {
            postgres.startAgain();
        }
        assertEquals(1, ServerLog.count(log, "database cannot be reached"), "the outage is logged once");
        assertTrue(ServerLog.count(log, "Refused API sign-in of leader not recorded in the audit trail") >= 1,
                () -> String.join("\n", ServerLog.since(log)));
        assertEquals(0, ServerLog.count(log, wrongPassword), "no password in the log");

        Api.Reply recovered = awaitStatus(200, "office", "/clues?size=1");
        assertEquals(200, recovered.status(), recovered::toString);
        JsonObject system = Api.as("admin").get("/system").json();
        assertFalse(system.isNull("schemaVersion"), system::toString);
        assertEquals("UP", Api.anonymous().get("/health").json().getString("status"));
    }

    private static HttpResponse<String> signInForm(String user, String password) throws Exception {
        return NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the call answers the status (the pool replaces its dead connections on first use). */
    private static Api.Reply awaitStatus(int status, String user, String path) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        Api.Reply reply = Api.as(user).get(path);
        while (reply.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            reply = Api.as(user).get(path);
        }
        return reply;
    }

    private static long lastAuditSeq() throws SQLException {
        try (Connection db = Database.connect();
             ResultSet row = db.createStatement().executeQuery("SELECT coalesce(max(seq), 0) FROM audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int refusedBecauseOfTheDirectory(String user, long after, String channel) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM audit_entry WHERE seq > ? AND user_id = ?"
                     + " AND action = 'SIGN_IN_FAILED' AND details LIKE '%directory-unavailable%' AND details LIKE ?")) {
            query.setLong(1, after);
            query.setString(2, user);
            query.setString(3, "%" + channel + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            return fail(e);
        }
    }
}
