package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cases for loss recovery: concluded through the API with a determined loss, and a served decision of the case. */
public final class RecoveryFixtures {

    private RecoveryFixtures() {
    }

    /**
     * A case of {@code enterprise} with one loss item of {@code amount} (a GENERAL loss, which the enterprise's own
     * unit concludes), its subject's finding, taken to CONCLUDED; {@code investigator} is on its team.
     */
    public static String concluded(String enterprise, String title, String subject, String amount) {
        String no = worked(enterprise, title, subject, amount);
        assertEquals(200, InvestigationFixtures.transition("investigator", no, InvestigationFixtures.version(no), "REPORT_DRAFTED", null).status());
        assertEquals(200, InvestigationFixtures.transition("leader", no, InvestigationFixtures.version(no), "REPORT_APPROVED", null).status());
        Api.Reply concluded = InvestigationFixtures.transition("office", no, InvestigationFixtures.version(no), "CONCLUDED", null);
        assertEquals(200, concluded.status(), concluded::toString);
        return no;
    }

    /** The same case left IN_PROGRESS, with its loss determined. */
    public static String worked(String enterprise, String title, String subject, String amount) {
        String no = InvestigationFixtures.opened(enterprise, title, subject);
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, InvestigationFixtures.transition("office", no, 0, "IN_PROGRESS", null).status());
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, amount, null, null).status());
        assertEquals(200, InvestigationFixtures.finding(no, subject, "SUPERVISORY", "[]").status());
        return no;
    }

    /** The id of the case's first loss item, as OFFICE reads it. */
    public static long firstItem(String no) {
        JsonObject loss = Api.as("office").get("/investigations/" + no + "/loss").json();
        return loss.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A recovery event as {@code user} records it. */
    public static Api.Reply record(String user, String no, long item, String on, String amount, String method) {
        return Api.as(user).post("/investigations/" + no + "/recoveries", "{\"lossItemId\": " + item + ", \"recoveredOn\": \""
                + on + "\", \"amount\": \"" + amount + "\", \"method\": \"" + method + "\", \"reference\": \"（" + Dates.YEAR
                + "）民初第" + Math.abs((no + amount).hashCode() % 1000) + "号\", \"evidence\": \"银行回单\"}");
    }

    /** An EFFECTIVE decision for {@code employeeNo} under the case {@code no} (served a month ago): its number. */
    public static String decision(String no, String employeeNo) {
        try (DecisionFixtures decisions = DecisionFixtures.open(); Connection db = Database.connect()) {
            DecisionFixtures.Inserted d = decisions.decision(employeeNo).measures("ADMONISHMENT").servedOn(Dates.daysFromToday(-30)).insert();
            try (PreparedStatement move = db.prepareStatement("UPDATE decision SET investigation_id = "
                    + "(SELECT id FROM investigation WHERE case_no = ?) WHERE id = ?")) {
                move.setString(1, no);
                move.setLong(2, d.id());
                assertEquals(1, move.executeUpdate());
            }
            return d.decisionNo();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
