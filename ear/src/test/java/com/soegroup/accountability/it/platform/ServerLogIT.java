package com.soegroup.accountability.it.platform;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.RunsLast;
import com.soegroup.accountability.testsupport.ServerLog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * server.log travels (to log collectors, into tickets), so it holds no reporter data, no case text and no secret, at
 * any level we ship. Runs last: the second test reads everything the whole suite made the server log.
 */
@RunsLast(10)
class ServerLogIT extends ApplicationIT {

    /** Reporter data and case text the suite and the demo data put into the database. */
    private static final List<String> KNOWN_CONFIDENTIAL = List.of("知情职工", "实名举报人", "138-0000-0000", "微信 zhiqing",
            "电话 0831-", "能源公司煤炭采购中间商加价", "未按规定开展可行性研究");

    /**
     * An insert the database refuses (a constraint the application did not check first): PostgreSQL's error detail
     * quotes the row ("Failing row contains (...)") or the key, and with it the reporter's name and phone number.
     */
    @Test
    void aRefusedInsertLogsTheRefusalButNotTheRow() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "举报人" + marker;
        String phone = "139" + Math.abs(marker.hashCode());
        String summary = "线索摘要" + marker + "：项目资金被挪用";
        String contact = "IT-LOG-" + marker;
        int log = ServerLog.mark();
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE clue ADD CONSTRAINT it_log_refused CHECK (reporter_name IS DISTINCT FROM '" + name + "') NOT VALID");
            sql.execute("CREATE UNIQUE INDEX it_log_unique ON clue (reporter_contact) WHERE reporter_contact LIKE 'IT-LOG-%'");
            try {
                Api.Reply refused = register(summary, name, phone);
                assertNotEquals(201, refused.status(), refused::toString);

                Api.Reply first = register(summary + "（一）", "另一人" + marker, contact);
                assertEquals(201, first.status(), first::toString);
                Api.Reply duplicate = register(summary + "（二）", "另一人" + marker, contact);
                assertEquals(409, duplicate.status(), duplicate::toString);
            } finally {
                sql.execute("ALTER TABLE clue DROP CONSTRAINT it_log_refused");
                sql.execute("DROP INDEX it_log_unique");
            }
        }
        List<String> logged = ServerLog.since(log);
        assertTrue(logged.stream().anyMatch(line -> line.contains("it_log_refused")), "the refusal is logged");
        assertTrue(logged.stream().anyMatch(line -> line.contains("it_log_unique")), "the duplicate is logged");
        assertNothingOf(logged, List.of(marker, phone, contact));
    }

    /** Everything the suite made the server log, from the configuration at its start to now. */
    @Test
    void theWholeLogHasNoSecretAndNoReporterDataOrCaseText() throws IOException {
        Properties demo = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("accountability.config.dir"), "demo.properties"),
                StandardCharsets.UTF_8)) {
            demo.load(in);
        }
        List<String> secrets = List.of(demo.getProperty("acc.app.idHashSecret"), demo.getProperty("acc.credentialStore.password"),
                demo.getProperty("acc.ldap.bindPassword"));
        List<String> lines = ServerLog.lines();
        assertTrue(lines.size() > 100, "the suite's log is there");
        assertNothingOf(lines, secrets);
        assertNothingOf(lines, KNOWN_CONFIDENTIAL);
        // the database password ("accountability") is also the application's name: only as a logged password
        Pattern dbPassword = Pattern.compile("(?i)password\\W{0,6}" + Pattern.quote(demo.getProperty("acc.db.password")));
        assertEquals(List.of(), lines.stream().filter(line -> dbPassword.matcher(line).find()).toList());
    }

    /**
     * Deploying the EAR warns of nothing (a private module, a static method on an enterprise bean, a lifecycle method
     * throwing a checked exception, Flyway finding no migrations...): every deployment of the suite, from its start
     * to its end. Timers firing meanwhile are no part of it.
     */
    @Test
    void deployingTheApplicationLogsNoWarning() {
        List<String> warnings = new ArrayList<>();
        int deployments = 0;
        boolean deploying = false;
        for (String line : ServerLog.lines()) {
            if (line.contains("WFLYSRV0027: Starting deployment of \"accountability.ear\"")) {
                deploying = true;
                deployments++;
            } else if (line.contains("WFLYSRV0010: Deployed \"accountability.ear\"")) {
                deploying = false;
            } else if (deploying && (line.contains(" WARN ") || line.contains(" ERROR ")) && !line.contains("[org.jboss.as.ejb3.timer]")) {
                warnings.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            }
        }
        assertTrue(deployments > 0, "the suite deployed the EAR");
        assertEquals(List.of(), warnings);
    }

    private static Api.Reply register(String summary, String reporterName, String reporterContact) {
        return Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"YBJT\", \"summary\": \"" + summary + "\", \"reporterName\": \"" + reporterName
                + "\", \"reporterContact\": \"" + reporterContact + "\"}");
    }

    private static void assertNothingOf(List<String> lines, List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            for (String text : texts) {
                if (line.contains(text)) {
                    found.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
