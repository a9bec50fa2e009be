package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator issues a new version of the rules: copy, edit, confirm, put in force, and retire; a set in
 * force is never edited, and cases decided on a date use the set in force then.
 */
class RuleSetAdminIT extends ApplicationIT {

    private static final String LOSS_1_5M = "{\"amount\": \"1500000.00\", \"determinationDate\": \"%s\"}";

    @Test
    void aNewVersionOfTheRulesGoesThroughItsLifecycle() {
        Api admin = Api.as("admin");
        Api.Reply copy = admin.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"YB-TEST-2030\", \"title\": \"试行修订\", \"effectiveFrom\": \"2030-01-01\"}");
        assertEquals(201, copy.status(), copy::toString);
        assertEquals("DRAFT", copy.json().getString("status"));
        assertFalse(copy.json().getBoolean("tablesReviewed"), "a copy's tables are not reviewed yet");
        int version = copy.json().getInt("version");

        // raise the LARGER threshold to 2,000,000
        JsonObject document = admin.get("/rules/sets/YB-TEST-2030").json();
        String edited = document.toString().replaceFirst("\"amountFrom\":\"1000000.00\"", "\"amountFrom\":\"2000000.00\"");
        Api.Reply update = admin.put("/rules/sets/YB-TEST-2030?version=" + version, edited);
        assertEquals(200, update.status(), update::toString);
        assertEquals(409, admin.put("/rules/sets/YB-TEST-2030?version=" + version, edited).status(),
                "a change against an older version is refused");
        version = update.json().getInt("version");

        String unordered = document.toString().replaceFirst("\"amountFrom\":\"1000000.00\"", "\"amountFrom\":\"20000000.00\"");
        Api.Reply inconsistent = admin.put("/rules/sets/YB-TEST-2030?version=" + version, unordered);
        assertEquals(400, inconsistent.status(), inconsistent::toString);
        assertEquals("lossLevels[2]", inconsistent.json().getString("field"));

        Api.Reply notReviewed = admin.post("/rules/sets/YB-TEST-2030/in-force",
                "{\"version\": " + version + ", \"effectiveFrom\": \"2030-01-01\"}");
        assertEquals(422, notReviewed.status(), notReviewed::toString);

        version = admin.post("/rules/sets/YB-TEST-2030/review", "{\"version\": " + version + "}").json().getInt("version");
        Api.Reply inForce = admin.post("/rules/sets/YB-TEST-2030/in-force",
                "{\"version\": " + version + ", \"effectiveFrom\": \"2030-01-01\"}");
        assertEquals(200, inForce.status(), inForce::toString);
        assertEquals("IN_FORCE", inForce.json().getString("status"));
        version = inForce.json().getInt("version");

        Api office = Api.as("office");
        Api.Reply in2030 = office.post("/rules/loss-level", LOSS_1_5M.formatted("2030-06-01"));
        assertEquals("GENERAL", in2030.json().getString("level"), in2030::toString);
        assertEquals("YB-TEST-2030", in2030.json().getString("ruleSet"));
        Api.Reply in2029 = office.post("/rules/loss-level", LOSS_1_5M.formatted("2029-06-01"));
        assertEquals("LARGER", in2029.json().getString("level"));
        assertEquals("YB-SASAC-2020", in2029.json().getString("ruleSet"));

        assertEquals(409, admin.put("/rules/sets/YB-TEST-2030?version=" + version, edited).status(),
                "a set in force is never edited");
        assertEquals(403, office.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"X-1\", \"title\": \"x\", \"effectiveFrom\": \"2031-01-01\"}").status());

        Api.Reply filing = admin.post("/rules/sets/YB-TEST-2030/filing", "{\"version\": " + version + ", \"filingDate\": \"2026-03-01\"}");
        assertEquals("2026-03-01", filing.json().getString("filingDate"), filing::toString);
        Api.Reply retired = admin.post("/rules/sets/YB-TEST-2030/retirement", "{\"version\": " + filing.json().getInt("version") + "}");
        assertEquals("RETIRED", retired.json().getString("status"), retired::toString);
        assertEquals("YB-SASAC-2020", office.post("/rules/loss-level", LOSS_1_5M.formatted("2030-06-01")).json().getString("ruleSet"));

        // every step is in the audit trail, the threshold change with its old and new value
        String trail = Api.as("auditor").get("/audit?objectType=RULE_SET&objectId=YB-TEST-2030&size=50").body();
        assertTrue(trail.contains("CREATE") && trail.contains("STATE_CHANGE") && trail.contains("UPDATE"), trail);
        assertTrue(trail.contains("lossLevels.LARGER") && trail.contains("1000000.00") && trail.contains("2000000.00"), trail);
    }

    @Test
    void aCopyNeedsAFreeWellFormedCode() {
        Api admin = Api.as("admin");
        Api.Reply taken = admin.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"SASAC-46-2026\", \"title\": \"x\", \"effectiveFrom\": \"2031-01-01\"}");
        assertEquals(409, taken.status(), taken::toString);
        Api.Reply malformed = admin.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"bad code\", \"title\": \"x\", \"effectiveFrom\": \"2031-01-01\"}");
        assertEquals(400, malformed.status());
        assertEquals("code", Json.createReader(new StringReader(malformed.body())).readObject().getString("field"));
    }

    /**
     * Each node keeps the rule sets it parsed; a change committed by another node of the cluster (written here
     * straight into the database, as that node's transaction would) must answer from the next request on, not
     * after a restart.
     */
    @Test
    void aChangeCommittedByAnotherNodeAppliesFromTheNextRequest() throws SQLException {
        Api admin = Api.as("admin");
        int version = admin.post("/rules/sets/YB-SASAC-2020/copies",
                "{\"code\": \"YB-NODE-2032\", \"title\": \"集群试行\", \"effectiveFrom\": \"2032-01-01\"}").json().getInt("version");
        String raised = admin.get("/rules/sets/YB-NODE-2032").json().toString()
                .replaceFirst("\"amountFrom\":\"1000000.00\"", "\"amountFrom\":\"2000000.00\"");
        version = admin.put("/rules/sets/YB-NODE-2032?version=" + version, raised).json().getInt("version");
        version = admin.post("/rules/sets/YB-NODE-2032/review", "{\"version\": " + version + "}").json().getInt("version");
        Api.Reply inForce = admin.post("/rules/sets/YB-NODE-2032/in-force",
                "{\"version\": " + version + ", \"effectiveFrom\": \"2032-01-01\"}");
        assertEquals(200, inForce.status(), inForce::toString);

        Api office = Api.as("office");
        Api.Reply before = office.post("/rules/loss-level", LOSS_1_5M.formatted("2032-06-01"));
        assertEquals("GENERAL", before.json().getString("level"), before::toString);
        assertEquals("YB-NODE-2032", before.json().getString("ruleSet"));

        try (Connection db = Database.connect();
             PreparedStatement otherNode = db.prepareStatement("UPDATE rule_set SET definition = regexp_replace(definition, "
                     + "'\"amountFrom\"\\s*:\\s*\"2000000.00\"', '\"amountFrom\":\"1000000.00\"'), version = version + 1, "
                     + "updated_at = now() WHERE code = 'YB-NODE-2032'")) {
            assertEquals(1, otherNode.executeUpdate());
        }
        Api.Reply after = office.post("/rules/loss-level", LOSS_1_5M.formatted("2032-06-01"));
        assertEquals("LARGER", after.json().getString("level"), after::toString);
        assertEquals("YB-NODE-2032", after.json().getString("ruleSet"));

        try (Connection db = Database.connect();
             PreparedStatement read = db.prepareStatement("SELECT version FROM rule_set WHERE code = 'YB-NODE-2032'");
             ResultSet row = read.executeQuery()) {
            row.next();
            Api.Reply retired = admin.post("/rules/sets/YB-NODE-2032/retirement", "{\"version\": " + row.getInt(1) + "}");
            assertEquals("RETIRED", retired.json().getString("status"), retired::toString);
        }
        assertEquals("YB-SASAC-2020", office.post("/rules/loss-level", LOSS_1_5M.formatted("2032-06-01")).json().getString("ruleSet"));
    }
}
