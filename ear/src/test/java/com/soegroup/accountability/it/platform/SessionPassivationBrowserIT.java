package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.pages.ClueLedgerPage;
import com.soegroup.accountability.testsupport.pages.HomePage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A signed-in user's session and page survive being marshalled and read back, on the real server. With
 * {@code <distributable/>} WildFly keeps sessions in an Infinispan cache through its session marshaller; this class
 * has it passivate every session idle for five seconds (written to the cache's store through that marshaller, dropped
 * from memory), so after each pause the whole session — the sign-in, the user's session bean, the pages' states and
 * view-scoped beans — is read back from its marshalled form, as the node that takes over a failed node's users reads
 * it. A session that cannot be marshalled is lost (the user signed out, the page expired) and the server log says
 * which class failed. The failover between two nodes itself is the cluster test's.
 */
@ServerSetup(SessionPassivationBrowserIT.PassivateIdleSessions.class)
class SessionPassivationBrowserIT extends ApplicationIT {

    private static final String PROFILE = "/subsystem=distributable-web/infinispan-session-management=accountability";
    private static final String CACHE_TEMPLATE = "/subsystem=infinispan/cache-container=web/local-cache=passivation";
    /** The cache WildFly made for the WAR's sessions from the container's default cache (the template above). */
    private static final String SESSIONS = "/subsystem=infinispan/cache-container=web"
            + "/cache=accountability.ear.accountability-web.war";

    @ArquillianResource
    private ManagementClient management;

    @Test
    void theLedgerFilteredBeforeThePauseExportsOnlyItsClueAfterItAndTheUserStaysSignedIn() throws Exception {
        String probe = "PASSIVATION-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String no = ClueFixtures.registered("office", "YBJT", "会话钝化测试：筛选后的台账 " + probe);
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long logStart = Files.size(log);

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            ClueLedgerPage ledger = ClueLedgerPage.open(browser).search(probe);
            ledger.waitForOnly(no);

            awaitAllSessionsPassivated(log, logStart);
            // a post-back of the page: its state and its bean's filter come back from the store
            Path workbook = ledger.exportToExcel();
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
                assertEquals(no, book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue());
                assertEquals(3, book.getSheetAt(0).getLastRowNum(), "only the clue of the filter set before the pause");
            }

            awaitAllSessionsPassivated(log, logStart);
            // a new page: still signed in, with the user's session bean
            assertEquals("王敏", HomePage.open(browser).userName());
        }

        assertMarshalled(log, logStart);
    }

    /**
     * Waits until no session of the application is left in memory (all written to the store) and one was written,
     * and checks that the server could marshal it.
     */
    private void awaitAllSessionsPassivated(Path log, long logStart) throws Exception {
        long before = statistic("passivations");
        for (int i = 0; i < 180; i++) {
            if (statistic("number-of-entries-in-memory") == 0 && statistic("passivations") > before) {
                assertMarshalled(log, logStart);
                return;
            }
            Thread.sleep(500);
        }
        fail("WildFly did not passivate the idle sessions within 90 s");
    }

    private static void assertMarshalled(Path log, long logStart) throws IOException {
        List<String> problems = marshallingProblems(log, logStart);
        assertTrue(problems.isEmpty(), () -> "the server could not marshal a session:\n" + String.join("\n", problems));
    }

    private long statistic(String name) throws IOException {
        ModelNode read = operation(SESSIONS, "read-attribute");
        read.get("name").set(name);
        return execute(management, read).get("result").asLong();
    }

    /** WARN and ERROR lines about marshalling, passivating or activating sessions written since {@code from}. */
    private static List<String> marshallingProblems(Path log, long from) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(from);
            String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return written.lines()
                    .filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .filter(line -> line.toLowerCase(Locale.ROOT).matches(".*(marshal|serializ|passivat|activat).*"))
                    .toList();
        }
    }

    private static ModelNode operation(String path, String operation) {
        ModelNode op = new ModelNode();
        for (String part : path.substring(1).split("/")) {
            String[] pair = part.split("=", 2);
            op.get("address").add(pair[0], pair[1]);
        }
        op.get("operation").set(operation);
        return op;
    }

    private static ModelNode execute(ManagementClient client, ModelNode op) throws IOException {
        ModelNode result = client.getControllerClient().execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(op + " failed: " + result);
        }
        return result;
    }

    /**
     * For this class only: sessions idle for five seconds are passivated, and the sessions' cache counts what it
     * does. Changed before the application is deployed (its session manager takes them then) and put back after it is
     * gone. Five seconds, longer than a request takes on a loaded machine: with one second, a page whose request took
     * longer was passivated as soon as the request ended, and the page's next requests found no session while it was
     * being written out.
     */
    public static final class PassivateIdleSessions implements ServerSetupTask {

        @Override
        public void setup(ManagementClient client, String containerId) throws Exception {
            execute(client, change(PROFILE, "write-attribute", "idle-threshold", new ModelNode("PT5S")));
            execute(client, change(CACHE_TEMPLATE, "write-attribute", "statistics-enabled", new ModelNode(true)));
        }

        @Override
        public void tearDown(ManagementClient client, String containerId) throws Exception {
            execute(client, change(PROFILE, "undefine-attribute", "idle-threshold", null));
            execute(client, change(CACHE_TEMPLATE, "undefine-attribute", "statistics-enabled", null));
        }

        /** The change, applied at once by restarting what depends on it (nothing of the application: not deployed). */
        private static ModelNode change(String path, String operation, String attribute, ModelNode value) {
            ModelNode op = operation(path, operation);
            op.get("name").set(attribute);
            if (value != null) {
                op.get("value").set(value);
            }
            op.get("operation-headers").get("allow-resource-service-restart").set(true);
            return op;
        }
    }
}
