package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DirectoryServer;
import com.soegroup.accountability.testsupport.ServerCli;
import com.soegroup.accountability.testsupport.ServerLog;
import com.soegroup.accountability.testsupport.Stack;
import com.soegroup.accountability.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What IT meets installing and running the application: config/ run again, a new tree, a client without a language. */
class InstallationIT extends ApplicationIT {

    private static final String PEOPLE = "ou=people," + Stack.BASE_DN;

    /** The scripts against the running, configured server: nothing to add, nothing changed, no reload, no error. */
    @Test
    void runningInstallShAgainChangesNothing() throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path standaloneXml = home.resolve("standalone/configuration/standalone.xml");
        byte[] before = Files.readAllBytes(standaloneXml);
        byte[] store = Files.readAllBytes(home.resolve("standalone/configuration/accountability-credentials.cs"));
        int log = ServerLog.mark();

        Path output = Files.createTempFile("install-rerun", ".log");
        Process rerun = new ProcessBuilder(List.of("bash", Path.of(System.getProperty("accountability.config.dir"), "install.sh").toString(),
                home.toString(), Path.of(System.getProperty("accountability.work.dir"), "accountability.properties").toString(),
                "--controller=localhost:" + Integer.getInteger("accountability.it.managementPort", 10090)))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES), "install.sh finished");
        String printed = Files.readString(output);
        assertEquals(0, rerun.exitValue(), printed);
        assertTrue(printed.contains("== no reload needed"), printed);
        assertArrayEquals(before, Files.readAllBytes(standaloneXml), "standalone.xml unchanged");
        assertArrayEquals(store, Files.readAllBytes(home.resolve("standalone/configuration/accountability-credentials.cs")),
                "the credential store unchanged");
        assertEquals(List.of(), ServerLog.since(log).stream().filter(line -> line.contains(" ERROR ")).toList());
        assertEquals(200, Api.as("office").get("/me").status());
    }

    /**
     * A new installation starts with no enterprises; until ADMIN imports the tree, a user's directory code names an
     * enterprise the system does not know, and the home page says so (not "no home enterprise set").
     */
    @Test
    void aUserWhoseEnterpriseIsNotInTheTreeIsToldSoOnTheHomePage() throws Exception {
        DirectoryServer directory = TestEnvironment.stack().directory();
        directory.change("dn: uid=newcomer," + PEOPLE, "changetype: add", "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: newcomer", "cn: 钱新", "sn: 钱",
                "departmentNumber: ZZNEW", "userPassword: newcomer");
        directory.change("dn: cn=acc-auditor,ou=groups," + Stack.BASE_DN, "changetype: modify", "add: member",
                "member: uid=newcomer," + PEOPLE);
        try {
            Api.Reply me = Api.as("newcomer").get("/me");
            assertEquals(200, me.status(), me::toString);
            assertEquals("ZZNEW", me.json().getString("homeEnterprise"));

            String home = signedInHomePage("newcomer", "newcomer");
            assertTrue(home.contains("您的所属企业 ZZNEW 尚未录入系统"), home);
            assertFalse(home.contains("尚未为您设置所属企业"), home);
        } finally {
            directory.change("dn: cn=acc-auditor,ou=groups," + Stack.BASE_DN, "changetype: modify", "delete: member",
                    "member: uid=newcomer," + PEOPLE);
            directory.change("dn: uid=newcomer," + PEOPLE, "changetype: delete");
            ServerCli.run("/subsystem=elytron/caching-realm=accountability-ldap-cache:clear-cache");
        }
    }

    /** A client that names no language gets Chinese, also where the container answers (a wrong password), not the JVM's. */
    @Test
    void withoutAcceptLanguageAWrongPasswordIsAnsweredInChinese() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "office:not-the-password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(401, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("\"error\":\"UNAUTHORIZED\""), refused::body);
        assertTrue(refused.body().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                refused::body);

        HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/api/v1/no-such-thing"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(unknown.body().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                unknown::body);
    }

    /** The FORM sign-in as a browser makes it, answering the home page's HTML. */
    private static String signedInHomePage(String user, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, home.statusCode(), home::body);
        return home.body();
    }
}
