package com.soegroup.accountability.it.investigation;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.InvestigationFixtures.assign;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.transition;
import static com.soegroup.accountability.testsupport.InvestigationFixtures.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guided workflow through the API: a case says which steps the caller can take and why not, the service
 * refuses a step shown disabled with the same sentence, approvals keep their opinion in the case record, and a
 * decision starts from the outcome the leading group approved with no further pay term ticked.
 */
class CaseWorkflowIT extends ApplicationIT {

    @Test
    void startingWaitsForEveryMembersDeclarationAndSaysSoBeforeAndWhenRefusing() {
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规预付工程款（引导流程）", "YB000031");

        JsonObject empty = detail("office", no);
        JsonObject start = only(empty, "IN_PROGRESS");
        assertFalse(start.getBoolean("allowed"));
        assertTrue(start.getString("reason").contains("组长"), start::toString);
        assertTrue(empty.getString("nextStep").contains("指定核查工作组组长"), empty::toString);

        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(200, assign(no, "leader", "MEMBER").status());
        assertEquals(200, declare("investigator", no).status());

        JsonObject waiting = detail("office", no);
        String reason = only(waiting, "IN_PROGRESS").getString("reason");
        assertFalse(only(waiting, "IN_PROGRESS").getBoolean("allowed"));
        assertTrue(reason.contains("待全部组员签署回避声明") && reason.contains("李建国") && !reason.contains("张伟"), reason);
        assertTrue(waiting.getString("nextStep").contains("李建国"), waiting::toString);

        Api.Reply refused = transition("office", no, version(no), "IN_PROGRESS", null);
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(reason, refused.json().getString("message"), "the refusal is the sentence the page showed");
        assertEquals("PLANNED", detail("office", no).getJsonObject("summary").getString("status"), "nothing changed");

        assertEquals(200, declare("leader", no).status());
        assertTrue(only(detail("office", no), "IN_PROGRESS").getBoolean("allowed"));
        assertEquals(200, transition("office", no, version(no), "IN_PROGRESS", null).status());

        assertEquals(List.of(), detail("leader", no).getJsonArray("actions"), "the leading group has no step while it is worked on");
        JsonObject draft = only(detail("investigator", no), "REPORT_DRAFTED");
        assertTrue(draft.getBoolean("allowed"));
        assertTrue(!draft.containsKey("reason") || draft.isNull("reason"), draft::toString);
    }

    @Test
    void theReportAndFaultToleranceApprovalsKeepTheirOpinionAndTheDecisionStartsFromTheApprovedOutcome() {
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规出借资金（引导流程）", "YB000032");
        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(200, declare("investigator", no).status());
        assertEquals(200, transition("office", no, version(no), "IN_PROGRESS", null).status());
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, "1500000.00", null, null).status());
        assertEquals(200, InvestigationFixtures.finding(no, "YB000032", "DIRECT", "[]").status());
        assertEquals(200, InvestigationFixtures.evaluate(no, "YB000032", "[]",
                "[{\"code\": \"RECOVERED_LOSS\", \"evidence\": \"追回款项银行回单\"}]", "LIGHTER").status());
        assertEquals(200, Api.as("leader").post("/investigations/" + no + "/fault-tolerance/approval",
                "{\"employeeNo\": \"YB000032\", \"version\": 0, \"note\": \"同意从轻处理，已追回大部分损失\"}").status());
        assertEquals(200, transition("office", no, version(no), "REPORT_DRAFTED", null).status());

        List<JsonObject> leaderSteps = detail("leader", no).getJsonArray("actions").getValuesAs(JsonObject.class);
        assertEquals(List.of("REPORT_APPROVED", "IN_PROGRESS"), leaderSteps.stream().map(a -> a.getString("to")).toList());
        assertTrue(leaderSteps.get(0).getBoolean("approval"));
        assertTrue(leaderSteps.get(1).getBoolean("reasonRequired"));
        assertEquals(200, transition("leader", no, version(no), "REPORT_APPROVED", "同意。事实清楚，证据充分").status());

        List<JsonObject> history = Api.as("office").get("/investigations/" + no + "/history").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> "TRANSITION".equals(h.getString("action")) && "REPORT_APPROVED".equals(h.getString("to"))
                && "同意。事实清楚，证据充分".equals(h.getString("reason"))), history::toString);
        assertTrue(history.stream().anyMatch(h -> "FAULT_TOLERANCE_APPROVED".equals(h.getString("action"))
                && "同意从轻处理，已追回大部分损失".equals(h.getString("reason"))), history::toString);

        Api.Reply early = Api.as("office").post("/decisions", "{\"caseNo\": \"" + no + "\", \"employeeNo\": \"YB000032\", "
                + "\"outcome\": \"LIGHTER\", \"measures\": [], \"legalBasis\": \"第二十八条\", \"facts\": \"出借资金\", \"reason\": \"从轻\"}");
        assertEquals(409, early.status(), early::toString);
        // a larger loss: concluded only by its confirmed handling unit, which the case's actions say beforehand
        JsonObject conclude = detail("office", no).getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> "CONCLUDED".equals(a.getString("to"))).findFirst().orElseThrow();
        assertFalse(conclude.getBoolean("allowed"), conclude::toString);
        assertTrue(conclude.getString("reason").contains("须先确认管辖单位"), conclude::toString);
        assertEquals(422, transition("office", no, version(no), "CONCLUDED", null).status());
        assertEquals(200, InvestigationFixtures.handOver(no, "YBJT", "集团统一办理").status());
        assertEquals(200, transition("office", no, version(no), "CONCLUDED", null).status());

        JsonObject proposal = Api.as("office").get("/decisions/proposals?caseNo=" + no).parse().asJsonArray()
                .getValuesAs(JsonObject.class).get(0);
        JsonObject prefill = proposal.getJsonObject("prefill");
        assertEquals("LIGHTER", prefill.getString("outcome"), "the leader approved 从轻");
        JsonObject terms = prefill.getJsonObject("terms");
        assertTrue(proposal.getJsonObject("recommended").getBoolean("deferPerformanceSalary"), "the row recommends deferring");
        assertFalse(terms.getBoolean("deferPerformanceSalary"), "but the form ticks nothing further");
        assertFalse(terms.getBoolean("endUnexercisedRights"));
        assertFalse(terms.containsKey("handBackYears") && !terms.isNull("handBackYears"), terms::toString);
        assertFalse(terms.containsKey("incentiveBarYears") && !terms.isNull("incentiveBarYears"), terms::toString);
        assertFalse(terms.getBoolean("incentiveBarPermanent"));
    }

    @Test
    void aLossItemIsCorrectedAndWithdrawnWithAReasonUntilTheReportIsApproved() {
        String no = InvestigationFixtures.opened("YBJS", "建投公司违规采购（损失更正）", "YB000033");
        assertEquals(200, assign(no, "investigator", "LEADER").status());
        assertEquals(200, declare("investigator", no).status());
        assertEquals(200, transition("office", no, version(no), "IN_PROGRESS", null).status());
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, "1500000.00", null, null).status());
        JsonObject loss = InvestigationFixtures.lossItem(no, "investigator", "INDIRECT", false, "300000.00", null, null).json();
        List<JsonObject> items = loss.getJsonArray("items").getValuesAs(JsonObject.class);
        long first = items.get(0).getJsonNumber("id").longValue();
        long second = items.get(1).getJsonNumber("id").longValue();
        assertEquals("1800000.00", loss.getJsonObject("totals").getString("counted"));

        String corrected = "{\"version\": 0, \"kind\": \"DIRECT\", \"contingent\": false, \"description\": \"代偿担保债务（更正）\", "
                + "\"amount\": \"800000.00\", \"basis\": \"ACCOUNTING_AUDIT\", \"evidenceReference\": \"审计报告〔2026〕9号\"}";
        Api.Reply correction = Api.as("investigator").put("/investigations/" + no + "/loss-items/" + first, corrected);
        assertEquals(200, correction.status(), correction::toString);
        assertEquals("1100000.00", correction.json().getJsonObject("totals").getString("counted"));
        assertEquals(409, Api.as("office").put("/investigations/" + no + "/loss-items/" + first, corrected).status(), "stale version");

        Api.Reply noReason = Api.as("office").post("/investigations/" + no + "/loss-items/" + second + "/withdrawal", "{\"version\": 0}");
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("reason", noReason.json().getString("field"));
        Api.Reply withdrawn = Api.as("office").post("/investigations/" + no + "/loss-items/" + second + "/withdrawal",
                "{\"version\": 0, \"reason\": \"间接损失重复计算，已并入直接损失\"}");
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals(1, withdrawn.json().getJsonArray("items").size(), "a withdrawn item no longer counts");
        assertEquals("800000.00", withdrawn.json().getJsonObject("totals").getString("counted"));
        assertEquals(409, Api.as("office").post("/investigations/" + no + "/loss-items/" + second + "/withdrawal",
                "{\"version\": 1, \"reason\": \"再次撤回\"}").status(), "withdrawn once");
        List<JsonObject> history = Api.as("office").get("/investigations/" + no + "/history").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> "LOSS_ITEM_WITHDRAWN".equals(h.getString("action"))
                && "间接损失重复计算，已并入直接损失".equals(h.getString("reason"))), history::toString);

        assertEquals(200, transition("office", no, version(no), "REPORT_DRAFTED", null).status());
        assertEquals(200, transition("leader", no, version(no), "REPORT_APPROVED", "同意").status());
        Api.Reply late = Api.as("office").put("/investigations/" + no + "/loss-items/" + first, corrected.replace("\"version\": 0", "\"version\": 1"));
        assertEquals(409, late.status(), "the loss is settled once the report is approved: " + late);
    }

    /** The clue's API names the case that holds it open with the case's status in words, as its page does. */
    @Test
    void aClueHeldOpenByItsCaseGivesTheCaseStatusInWords() {
        String clue = ClueFixtures.accepted("YBJS", "建投公司违规担保（未完结工作）");
        Api.Reply opened = InvestigationFixtures.open(List.of(clue), List.of("YB000031"));
        assertEquals(201, opened.status(), opened::toString);
        String caseNo = opened.json().getJsonObject("summary").getString("caseNo");

        JsonObject work = Api.as("office").get("/clues/" + clue).json().getJsonArray("openWork").getJsonObject(0);
        String message = work.getString("message");
        assertTrue(message.contains(caseNo) && message.contains("当前状态：已立项"), message);
        assertFalse(message.replace(caseNo, "").matches("(?s).*[A-Z]{4,}.*"), "no status code in the sentence: " + message);
    }

    private static JsonObject detail(String user, String no) {
        return Api.as(user).get("/investigations/" + no).json();
    }

    private static JsonObject only(JsonObject detail, String to) {
        List<JsonObject> actions = detail.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> to.equals(a.getString("to"))).toList();
        assertEquals(1, actions.size(), detail::toString);
        return actions.get(0);
    }

    private static Api.Reply declare(String user, String no) {
        return Api.as(user).post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}");
    }
}
