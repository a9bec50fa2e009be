package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.FromAddress;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failed sign-ins delay their account from their source, and never lock the account: WildFly used to lock any
 * account for a quarter of an hour after ten wrong passwords from anyone. config/demo.properties: five failures free,
 * then one second, doubled up to two.
 */
class SignInDelayIT extends ApplicationIT {

    @Test
    void elevenWrongPasswordsFromOneClientDelayOnlyThatClientAndTheRightPasswordStillSignsIn() throws Exception {
        FromAddress guesser = FromAddress.loopback(21);
        FromAddress colleague = FromAddress.loopback(22);

        int refused = 0;
        int delayed = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (refused < 11 && System.nanoTime() < deadline) {
            FromAddress.Reply reply = guesser.api("GET", "/me", "office", "wrong-" + refused, null);
            if (reply.status() == 429) {
                delayed++;
                assertEquals("SERVICE_UNAVAILABLE", reply.json().getString("error"), reply::toString);
                assertTrue(reply.json().getString("message").contains("秒后再试"), reply::toString);
                Thread.sleep(1000L * Long.parseLong(reply.header("Retry-After")));
            } else {
                assertEquals(401, reply.status(), reply::toString);
                refused++;
            }
        }
        assertEquals(11, refused, "eleven wrong passwords were checked and refused");
        assertTrue(delayed > 0, "after the free failures the guesser had to wait");

        FromAddress.Reply other = colleague.api("GET", "/me", "office", "a-typo", null);
        assertEquals(401, other.status(), "another client is not delayed by the first: " + other);
        assertEquals(200, colleague.api("GET", "/me", "office", "office", null).status(), "nor locked out");

        FromAddress.Reply signedIn = guesser.api("GET", "/me", "office", "office", null);
        for (int tries = 0; signedIn.status() == 429 && tries < 5; tries++) {
            Thread.sleep(1000L * Long.parseLong(signedIn.header("Retry-After")));
            signedIn = guesser.api("GET", "/me", "office", "office", null);
        }
        assertEquals(200, signedIn.status(), "the right password signs in after the delay, no lock: " + signedIn);
        assertEquals("office", signedIn.json().getString("user"));
    }

    @Test
    void theSignInFormSaysHowLongToWaitAndItsRedirectNamesTheConfiguredAddress() {
        FromAddress guesser = FromAddress.loopback(23);
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        byte[] wrong = ("j_username=" + URLEncoder.encode("leader", StandardCharsets.UTF_8) + "&j_password=wrong")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            FromAddress.Reply reply = guesser.send("POST", "/j_security_check", form, wrong);
            assertTrue(reply.body().contains("loginFailed"), reply::toString);
        }

        FromAddress.Reply delayed = guesser.send("POST", "/j_security_check",
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Host", "evil.example.com"), wrong);

        assertEquals(303, delayed.status(), delayed::toString);
        String location = delayed.header("Location");
        assertNotNull(location);
        assertTrue(location.startsWith(TestEnvironment.BASE_URL + "/login.xhtml?error=delayed&wait="), location);
        String page = FromAddress.loopback(23).send("GET", location.substring(TestEnvironment.BASE_URL.length()), Map.of(), null).body();
        assertTrue(page.contains("signInDelayed") && page.contains("秒后再试"), page);
    }

    /**
     * The failures are counted in the database, where every node of a cluster reads them: forgotten there, they are
     * forgotten by the node too, and the table names neither the account nor the source.
     */
    @Test
    void theFailuresAreKeptInTheDatabaseUnderAKeyedHashOnly() throws Exception {
        FromAddress guesser = FromAddress.loopback(24);
        int refused = 0;
        FromAddress.Reply reply = null;
        while (refused < 6) {
            reply = guesser.api("GET", "/me", "liaison", "wrong-" + refused, null);
            if (reply.status() == 429) {
                break;
            }
            assertEquals(401, reply.status(), reply::toString);
            refused++;
        }
        assertEquals(429, reply.status(), "after the free failures the guesser waits: " + reply);

        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT key, failures FROM sign_in_failure")) {
                boolean found = false;
                while (rows.next()) {
                    String key = rows.getString(1);
                    assertFalse(key.contains("liaison") || key.contains("127.0.0"), "no account or address stored: " + key);
                    found |= rows.getInt(2) == 5;
                }
                assertTrue(found, "the five failures are one row of the table");
            }
            sql.executeUpdate("DELETE FROM sign_in_failure");
        }

        FromAddress.Reply after = guesser.api("GET", "/me", "liaison", "liaison", null);
        assertEquals(200, after.status(), "no count of its own kept by the node: " + after);
    }
}
