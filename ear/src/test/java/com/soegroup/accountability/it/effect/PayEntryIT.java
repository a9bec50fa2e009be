package com.soegroup.accountability.it.effect;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HR enters and corrects yearly pay on screen (issue 17) through {@code PUT /people/{no}/pay/{year}}: HR of the
 * person's scope only, the pay import's checks, a stale correction refused, every save in the audit trail.
 */
class PayEntryIT extends ApplicationIT {

    @Test
    void hrOfTheScopeEntersAndCorrectsPayWithTheImportsChecksAndEverySaveIsAudited() {
        String groupPerson;
        String subsidiaryPerson;
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            groupPerson = fixtures.person("冯总部", "YBJT");
            subsidiaryPerson = fixtures.person("蒋建投", "YBJS");
        }
        int year = YEAR - 1;

        // hr2's home is 示范建设 (YBJS): a person of the group's headquarters is not there at all
        assertEquals(404, put("hr2", groupPerson, year, "{\"performanceSalary\": \"300000.00\"}").status());
        assertEquals(403, put("office", subsidiaryPerson, year, "{\"performanceSalary\": \"300000.00\"}").status(), "only HR enters pay");

        Api.Reply decimals = put("hr2", subsidiaryPerson, year, "{\"performanceSalary\": \"300000.001\"}");
        assertEquals(400, decimals.status(), decimals::toString);
        assertEquals("performanceSalary", decimals.json().getString("field"));
        Api.Reply empty = put("hr2", subsidiaryPerson, year, "{}");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("performanceSalary", empty.json().getString("field"));
        assertTrue(empty.json().getString("message").length() > 4, empty::toString);
        Api.Reply future = put("hr2", subsidiaryPerson, YEAR + 1, "{\"performanceSalary\": \"300000.00\"}");
        assertEquals(400, future.status(), future::toString);
        assertEquals("year", future.json().getString("field"));
        Api.Reply negative = put("hr2", subsidiaryPerson, year, "{\"termIncentive\": \"-5.00\"}");
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("termIncentive", negative.json().getString("field"));
        assertEquals(0, Api.as("hr2").get("/people/" + subsidiaryPerson + "/pay").parse().asJsonArray().size(), "nothing saved");
        assertEquals(0, audited(subsidiaryPerson));

        Api.Reply created = put("hr2", subsidiaryPerson, year, "{\"performanceSalary\": \"300000\", \"termIncentive\": \"90000.50\"}");
        assertEquals(200, created.status(), created::toString);
        assertEquals("300000.00", created.json().getString("performanceSalary"));
        assertEquals("hr2", created.json().getString("enteredBy"));
        assertEquals(1, audited(subsidiaryPerson));

        Api.Reply unversioned = put("hr2", subsidiaryPerson, year, "{\"performanceSalary\": \"310000.00\"}");
        assertEquals(400, unversioned.status(), "a year on record is corrected with the version read");
        Api.Reply stale = put("hr2", subsidiaryPerson, year, "{\"performanceSalary\": \"310000.00\", \"version\": "
                + (created.json().getInt("version") + 1) + "}");
        assertEquals(409, stale.status(), stale::toString);
        Api.Reply corrected = put("hr2", subsidiaryPerson, year, "{\"performanceSalary\": \"310000.00\", \"termIncentive\": \"90000.50\", "
                + "\"version\": " + created.json().getInt("version") + "}");
        assertEquals(200, corrected.status(), corrected::toString);
        JsonObject onRecord = Api.as("hr").get("/people/" + subsidiaryPerson + "/pay").parse().asJsonArray().getJsonObject(0);
        assertEquals("310000.00", onRecord.getString("performanceSalary"));
        assertEquals("90000.50", onRecord.getString("termIncentive"));
        assertEquals(2, audited(subsidiaryPerson), "the correction is audited too");
        assertTrue(auditedChange(subsidiaryPerson).contains("300000.00") && auditedChange(subsidiaryPerson).contains("310000.00"),
                "the correction's old and new amounts are in the audit trail");
    }

    private static Api.Reply put(String user, String employeeNo, int year, String body) {
        return Api.as(user).put("/people/" + employeeNo + "/pay/" + year, body);
    }

    /** The audit entries that wrote this person's pay (not the reads). */
    private static int audited(String employeeNo) {
        return Integer.parseInt(query("SELECT count(*) FROM audit_entry WHERE object_type = 'PERSON_PAY' AND object_id = ? "
                + "AND action IN ('CREATE', 'UPDATE')", employeeNo));
    }

    private static String auditedChange(String employeeNo) {
        return query("SELECT details FROM audit_entry WHERE object_type = 'PERSON_PAY' AND object_id = ? AND action = 'UPDATE'", employeeNo);
    }

    private static String query(String sql, String employeeNo) {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, employeeNo);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
