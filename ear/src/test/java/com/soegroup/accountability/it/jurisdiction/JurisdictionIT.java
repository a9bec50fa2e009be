package com.soegroup.accountability.it.jurisdiction;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import com.soegroup.accountability.testsupport.ImportFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jurisdiction enforced (rules.md §9, issue 17): a LARGER loss of 示范物业 (YBJSWY) is handled above it; the case
 * cannot be concluded or decided before its handling unit is confirmed, nor by another unit than the confirmed one;
 * the hand-over is a recorded step with date and reference that moves the case out of the giving unit's scope. The
 * subsidiary's office is the demo office with its home moved to 示范建设 (YBJS) by an ADMIN override.
 */
class JurisdictionIT extends ApplicationIT {

    private static final String YBJS_NAME = "示范建设投资有限公司";

    @BeforeAll
    static void people() {
        String people = ImportFixtures.PEOPLE_HEADER + "\r\n"
                + "JU701,柏文涛,YBJSWY,采购部,部长,中层正职,否,否,在职,,,\r\n"
                + "JU702,葛丽娟,YBJSWY,财务部,部长,中层正职,否,否,在职,,,\r\n";
        assertEquals(200, ImportFixtures.upload("hr", "/people/import", "PEOPLE", "p.csv", people.getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void aLargerCaseIsConcludedAndDecidedOnlyByItsConfirmedHandlingUnit() {
        String no = reportApproved("物业公司违规预付工程款形成损失", "JU701");

        Api.Reply unconfirmed = transition("office", no, version(no), "CONCLUDED", null);
        assertEquals(422, unconfirmed.status(), unconfirmed::toString);
        assertEquals("RULE_REFUSED", unconfirmed.json().getString("error"));
        assertTrue(unconfirmed.json().getString("message").contains("须先确认管辖单位") && unconfirmed.json().getString("message").contains(YBJS_NAME)
                && unconfirmed.json().getString("message").contains("较大资产损失"), unconfirmed::toString);
        assertEquals("REPORT_APPROVED", status(no), "a refusal changes nothing");

        // the enterprise where the loss occurred cannot handle it itself, a sibling is no handling unit at all
        Api.Reply itself = handOver(no, "YBJSWY", "物业公司自行办理", "移交函〔2026〕1号", null);
        assertEquals(422, itself.status(), itself::toString);
        assertTrue(itself.json().getString("message").contains("不能自行管辖"), itself::toString);
        Api.Reply sibling = handOver(no, "YBNY", "由能源公司办理", "移交函〔2026〕1号", null);
        assertEquals(422, sibling.status(), sibling::toString);
        Api.Reply noReference = handOver(no, "YBJS", null, null, null);
        assertEquals(400, noReference.status(), noReference::toString);
        assertEquals("reference", noReference.json().getString("field"));
        Api.Reply future = handOver(no, "YBJS", null, "移交函〔2026〕1号", Dates.daysFromToday(1));
        assertEquals(400, future.status(), future::toString);
        assertEquals("handedOverOn", future.json().getString("field"));
        assertEquals("YBJSWY", owner(no), "nothing moved");

        Api.Reply handed = handOver(no, "YBJS", null, "示范物业移交函〔2026〕7号", TODAY);
        assertEquals(200, handed.status(), handed::toString);
        assertTrue(handed.json().getBoolean("confirmed"));
        assertEquals("YBJS", handed.json().getString("currentUnit"));
        assertEquals("示范物业移交函〔2026〕7号", handed.json().getString("reference"));
        assertEquals(TODAY, handed.json().getString("handedOverOn"));

        // the group's office sees the case (YBJS is below it) but is not its handling unit
        Api.Reply groupConcludes = transition("office", no, version(no), "CONCLUDED", null);
        assertEquals(422, groupConcludes.status(), groupConcludes::toString);
        assertEquals("RULE_REFUSED", groupConcludes.json().getString("error"));
        assertTrue(groupConcludes.json().getString("message").contains("只能由" + YBJS_NAME + "办结"), groupConcludes::toString);
        assertEquals("REPORT_APPROVED", status(no));

        asOfficeOf("YBJS", () -> {
            Api.Reply concluded = transition("office", no, version(no), "CONCLUDED", null);
            assertEquals(200, concluded.status(), concluded::toString);
        });

        Api.Reply groupDecides = Api.as("office").post("/decisions", "{\"caseNo\": \"" + no + "\", \"employeeNo\": \"JU701\", "
                + "\"outcome\": \"STANDARD\", \"measures\": [\"DEMOTION\"], \"performanceSalaryPercent\": \"60\", "
                + "\"termIncentivePercent\": \"50\", \"legalBasis\": \"第二十八条\", \"facts\": \"违规预付工程款形成损失\"}");
        assertEquals(422, groupDecides.status(), groupDecides::toString);
        assertEquals("RULE_REFUSED", groupDecides.json().getString("error"));
        assertTrue(groupDecides.json().getString("message").contains(YBJS_NAME), groupDecides::toString);
        assertEquals(0, count("SELECT count(*) FROM decision d JOIN investigation i ON i.id = d.investigation_id WHERE i.case_no = ?", no),
                "no decision was made");
    }

    @Test
    void theHandOverIsRecordedAuditedAndMovesTheCaseOutOfTheGivingUnitsScope() {
        String no = reportApproved("物业公司违规出租设备形成损失", "JU702");
        asOfficeOf("YBJS", () -> {
            assertEquals(200, Api.as("office").get("/investigations/" + no).status(), "YBJS's office sees its subsidiary's case");
            // the subsidiary's own superior hands the case on to the group, with a reason as it differs from the proposal
            Api.Reply noReason = handOver(no, "YBJT", null, "建投移交函〔2026〕12号", null);
            assertEquals(400, noReason.status(), noReason::toString);
            assertEquals("reason", noReason.json().getString("field"));
            Api.Reply handed = handOver(no, "YBJT", "涉及集团统一采购，报集团本部直接组织开展", "建投移交函〔2026〕12号", TODAY);
            assertEquals(200, handed.status(), handed::toString);
            assertEquals(404, Api.as("office").get("/investigations/" + no).status(), "the giving unit keeps no access");
            assertEquals(404, transition("office", no, 0, "CONCLUDED", null).status());
        });

        JsonObject summary = Api.as("office").get("/investigations/" + no).json().getJsonObject("summary");
        assertEquals("YBJT", summary.getString("owner"), "the taking unit sees the case");
        String history = Api.as("office").get("/investigations/" + no + "/history").body();
        assertTrue(history.contains("JURISDICTION_CONFIRMED") && history.contains("建投移交函〔2026〕12号")
                && history.contains("涉及集团统一采购"), history);
        assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE object_type = 'INVESTIGATION' AND object_id = ? AND action = 'UPDATE' "
                + "AND details LIKE '%handedOverOn%' AND details LIKE '%reference%'", no), "the hand-over is in the audit trail");
        assertEquals(200, transition("office", no, version(no), "CONCLUDED", null).status(), "the group is its handling unit now");
    }

    @Test
    void aGeneralLossStaysWithTheEnterpriseAndNeedsNoConfirmation() {
        String no = reportApproved("物业公司违规报销差旅费形成损失", "JU701", "80000.00");
        assertEquals(200, transition("office", no, version(no), "CONCLUDED", null).status());
        assertFalse(Api.as("office").get("/investigations/" + no + "/findings").json().getJsonObject("jurisdiction").getBoolean("confirmed"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static String reportApproved(String summary, String subject) {
        return reportApproved(summary, subject, "1500000.00");
    }

    /** A case of 示范物业 with one loss item and one finding, its report approved: the next step is concluding. */
    private static String reportApproved(String summary, String subject, String loss) {
        Api.Reply opened = InvestigationFixtures.open(List.of(ClueFixtures.accepted("YBJSWY", summary)), List.of(subject));
        assertEquals(201, opened.status(), opened::toString);
        String no = opened.json().getJsonObject("summary").getString("caseNo");
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, transition("office", no, 0, "IN_PROGRESS", null).status());
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, loss, null, null).status());
        assertEquals(200, InvestigationFixtures.finding(no, subject, "DIRECT", "[]").status());
        assertEquals(200, transition("office", no, version(no), "REPORT_DRAFTED", null).status());
        assertEquals(200, transition("leader", no, version(no), "REPORT_APPROVED", null).status());
        return no;
    }

    private static Api.Reply handOver(String no, String unit, String reason, String reference, String on) {
        return Api.as("office").post("/investigations/" + no + "/jurisdiction", "{\"unit\": \"" + unit + "\", \"version\": " + version(no)
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                + (reference == null ? "" : ", \"reference\": \"" + reference + "\"")
                + (on == null ? "" : ", \"handedOverOn\": \"" + on + "\"") + "}");
    }

    /** Runs the steps with the demo office's home moved to {@code enterprise} (an ADMIN override), then back. */
    private static void asOfficeOf(String enterprise, Runnable steps) {
        Api.Reply moved = Api.as("admin").put("/scopes/office", "{\"homeEnterprise\": \"" + enterprise + "\", \"note\": \"管辖测试\"}");
        assertEquals(200, moved.status(), moved::toString);
        try {
            steps.run();
        } finally {
            Api.as("admin").delete("/scopes/office");
        }
    }

    private static int count(String sql, String no) {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, no);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String status(String no) {
        return Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getString("status");
    }

    private static String owner(String no) {
        return Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getString("owner");
    }
}
