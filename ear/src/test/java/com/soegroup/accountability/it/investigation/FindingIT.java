package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.evaluate;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.finding;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.lossItem;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Responsibility findings (an enterprise head with DIRECT responsibility needs an M§24 circumstance), the
 * fault-tolerance evaluation refused by the server with an exclusion, LEADER's approval, and the jurisdiction
 * proposal confirmed by OFFICE, which moves the case.
 */
class FindingIT extends ApplicationIT {

    @Test
    void findingsFaultToleranceApprovalAndJurisdiction() {
        // YB000061 heads 示范物业 (YBJSWY); YB000064 is one of its staff
        String no = opened("YBJSWY", "物业公司违规采购设备损失", "YB000061", "YB000064");

        Api.Reply headNoCircumstance = finding(no, "YB000061", "DIRECT", "[]");
        assertEquals(422, headNoCircumstance.status(), headNoCircumstance::toString);
        assertEquals("circumstances", headNoCircumstance.json().getString("field"));
        assertFalse(findings(no).getJsonArray("subjects").getJsonObject(0).containsKey("responsibility"), "nothing saved");
        assertEquals(400, finding(no, "YB000064", "DIRECT", "[\"OTHER\"]").status(), "M§24 only for a head");
        assertEquals(400, finding(no, "YB000064", "GUILTY", "[]").status());
        assertEquals(404, finding(no, "YB000099", "DIRECT", "[]").status(), "not a subject of this case");

        Api.Reply head = finding(no, "YB000061", "DIRECT", "[\"NO_PROCEDURE_OR_BEYOND_AUTHORITY\"]");
        assertEquals(200, head.status(), head::toString);
        JsonObject saved = head.json().getJsonArray("subjects").getJsonObject(0);
        assertEquals("DIRECT", saved.getString("responsibility"));
        assertEquals("NO_PROCEDURE_OR_BEYOND_AUTHORITY", saved.getJsonArray("circumstances").getString(0));

        Api.Reply noFinding = evaluate(no, "YB000064", "[]", "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "MITIGATED");
        assertEquals(422, noFinding.status(), noFinding::toString);
        assertEquals(200, finding(no, "YB000064", "SUPERVISORY", "[]").status());
        Api.Reply noLevel = evaluate(no, "YB000064", "[]", "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "MITIGATED");
        assertEquals(422, noLevel.status(), noLevel::toString);
        assertEquals(201, lossItem(no, "DIRECT", false, "1500000.00", null, "400000.00").status());

        // an exclusion: refused whatever the form sends, and nothing kept
        Api.Reply excluded = evaluate(no, "YB000064", "[\"INTENT\"]", "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "EXEMPTED");
        assertEquals(422, excluded.status(), excluded::toString);
        assertEquals("RULE_REFUSED", excluded.json().getString("error"));
        assertFalse(findings(no).getJsonArray("subjects").getJsonObject(1).containsKey("evaluation"));
        assertEquals(400, evaluate(no, "YB000064", "[]", "[{\"code\": \"RECOVERED_LOSS\"}]", "MITIGATED").status(), "evidence required");

        Api.Reply proposed = evaluate(no, "YB000064", "[]", "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "MITIGATED");
        assertEquals(200, proposed.status(), proposed::toString);
        JsonObject subject = proposed.json().getJsonArray("subjects").getJsonObject(1);
        assertEquals("PROPOSED", subject.getJsonObject("evaluation").getString("status"));
        assertTrue(subject.getJsonArray("allowedOutcomes").getValuesAs(JsonString::getString).contains("MITIGATED"));

        assertEquals(403, Api.as("office").post("/investigations/" + no + "/fault-tolerance/approval",
                "{\"employeeNo\": \"YB000064\", \"version\": 0}").status());
        Api.Reply approved = Api.as("leader").post("/investigations/" + no + "/fault-tolerance/approval",
                "{\"employeeNo\": \"YB000064\", \"version\": 0, \"note\": \"领导小组会议同意减轻处理\"}");
        assertEquals(200, approved.status(), approved::toString);
        JsonObject evaluation = approved.json().getJsonArray("subjects").getJsonObject(1).getJsonObject("evaluation");
        assertEquals("APPROVED", evaluation.getString("status"));
        assertEquals("leader", evaluation.getString("approvedBy"));

        // jurisdiction: a LARGER loss involving an enterprise head goes to the owner institution via the group
        JsonObject proposal = findings(no).getJsonObject("jurisdiction");
        assertEquals("LARGER", proposal.getString("level"));
        assertEquals("YBJT", proposal.getString("proposedUnit"));
        assertTrue(proposal.getBoolean("ownerInstitution"));
        Api.Reply noReason = Api.as("office").post("/investigations/" + no + "/jurisdiction", "{\"unit\": \"YBJS\", \"version\": 0}");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason", noReason.json().getString("field"));
        Api.Reply confirmed = Api.as("office").post("/investigations/" + no + "/jurisdiction",
                "{\"unit\": \"YBJS\", \"reason\": \"经请示，由建投公司（上一级企业）办理\", \"version\": 0, "
                        + "\"reference\": \"示范物业移交函〔2026〕3号\"}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("YBJS", Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getString("owner"));
        String history = Api.as("office").get("/investigations/" + no + "/history").body();
        assertTrue(history.contains("JURISDICTION_CONFIRMED") && history.contains("FAULT_TOLERANCE_APPROVED")
                && history.contains("FINDING_RECORDED"), history);
    }

    private static JsonObject findings(String no) {
        Api.Reply reply = Api.as("office").get("/investigations/" + no + "/findings");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
