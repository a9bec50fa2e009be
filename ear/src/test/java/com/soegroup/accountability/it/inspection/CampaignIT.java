package com.soegroup.accountability.it.inspection;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.CampaignFixtures;
import com.soegroup.accountability.testsupport.Multipart;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.Dates.daysFromToday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Self-inspection campaigns (自查专项行动) through the API by role: OFFICE launches over a subtree, the liaison of
 * 设计院 answers only its own enterprise's sheet and submits, OFFICE sends back and accepts, a problem found becomes a
 * clue with source 自查发现 that the answer names; overdue sheets are on the office's to-do list; outside the scope
 * is 404.
 */
class CampaignIT extends ApplicationIT {

    @Test
    void aSheetGoesFromTheLiaisonToTheOfficeAndAProblemBecomesALinkedClue() {
        long before = total("office");
        Api.Reply past = Api.as("office").post("/campaigns", "{\"title\": \"过期\", \"topic\": \"t\", \"enterprise\": \"YBJS\", "
                + "\"dueDate\": \"" + TODAY + "\", \"items\": [{\"text\": \"事项\"}]}");
        assertEquals(400, past.status(), past::toString);
        assertEquals("dueDate", past.json().getString("field"));
        assertTrue(past.json().getString("message").contains("晚于今天"), past::toString);
        Api.Reply noItems = Api.as("office").post("/campaigns", "{\"title\": \"无事项\", \"topic\": \"t\", \"enterprise\": \"YBJS\", "
                + "\"dueDate\": \"" + daysFromToday(30) + "\", \"items\": []}");
        assertEquals(400, noItems.status(), noItems::toString);
        Api.Reply badCircumstance = Api.as("office").post("/campaigns", "{\"title\": \"情形\", \"topic\": \"t\", \"enterprise\": "
                + "\"YBJS\", \"dueDate\": \"" + daysFromToday(30) + "\", \"items\": [{\"circumstance\": \"99-99\"}]}");
        assertEquals(400, badCircumstance.status(), badCircumstance::toString);
        assertEquals("items[0].circumstance", badCircumstance.json().getString("field"));
        assertEquals(403, Api.as("liaison").post("/campaigns", "{}").status(), "only the office launches");
        assertEquals(before, total("office"), "nothing kept from refusals");

        Api.Reply launched = CampaignFixtures.launch("YBJS", "资金管理自查（全流程）");
        assertEquals(201, launched.status(), launched::toString);
        String no = launched.json().getJsonObject("summary").getString("campaignNo");
        assertTrue(no.matches("YBJS-ZC-" + YEAR + "-\\d{4}"), no);
        List<String> enterprises = launched.json().getJsonArray("progress").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("enterprise")).toList();
        assertTrue(enterprises.contains("YBJSSJ") && enterprises.contains("YBJSLQ"), enterprises::toString);
        assertFalse(enterprises.contains("YBJS"), "the launching enterprise does not answer its own campaign");
        assertTrue(launched.json().getInt("workingDaysLeft") > 0);

        assertTrue(task("liaison", "CAMPAIGN_TO_ANSWER", no), "the liaison's to-do list has it");
        JsonObject sheet = CampaignFixtures.sheet("liaison", no, "YBJSSJ");
        assertEquals("OPEN", sheet.getString("status"));
        assertEquals(List.of("ANSWER"), actions(sheet), "nothing answered yet: no submit");
        assertEquals(404, Api.as("liaison").get("/campaigns/" + no + "/answers/YBJSLQ").status(),
                "the liaison of another enterprise does not reach this sheet");
        List<JsonObject> visible = Api.as("liaison").get("/campaigns/" + no + "/answers").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("YBJSSJ"), visible.stream().map(p -> p.getString("enterprise")).toList(), "only its own sheet");
        long first = sheet.getJsonArray("answers").getJsonObject(0).getJsonNumber("itemId").longValue();
        long second = sheet.getJsonArray("answers").getJsonObject(1).getJsonNumber("itemId").longValue();
        assertEquals(404, Api.as("liaison").put("/campaigns/" + no + "/answers/YBJSLQ", answers(first, second, 0)).status());
        assertEquals(403, Api.as("office").put("/campaigns/" + no + "/answers/YBJSSJ", answers(first, second, 0)).status(),
                "only a liaison answers");

        Api.Reply undescribed = Api.as("liaison").put("/campaigns/" + no + "/answers/YBJSSJ", "{\"answers\": [{\"itemId\": " + first
                + ", \"result\": \"PROBLEM\"}], \"version\": 0}");
        assertEquals(400, undescribed.status(), undescribed::toString);
        assertEquals("answers[0].description", undescribed.json().getString("field"));
        assertEquals(0, CampaignFixtures.sheet("liaison", no, "YBJSSJ").getJsonArray("answers").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.containsKey("result") && !a.isNull("result")).count(), "a refusal saves nothing");
        Api.Reply early = Api.as("liaison").post("/campaigns/" + no + "/answers/YBJSSJ/submission", "{\"version\": 0}");
        assertEquals(409, early.status(), "every item answered first: " + early);

        Api.Reply saved = Api.as("liaison").put("/campaigns/" + no + "/answers/YBJSSJ", answers(first, second, 0));
        assertEquals(200, saved.status(), saved::toString);
        JsonObject problem = saved.json().getJsonArray("answers").getJsonObject(0);
        assertEquals("PROBLEM", problem.getString("result"));
        assertEquals("1200000.00", problem.getString("amount"));
        assertEquals(List.of("ANSWER", "SUBMIT"), actions(saved.json()));
        Api.Reply stale = Api.as("liaison").put("/campaigns/" + no + "/answers/YBJSSJ", answers(first, second, 0));
        assertEquals(409, stale.status(), "a stale version is refused: " + stale);

        Multipart form = new Multipart().field("itemId", Long.toString(first)).field("version", Integer.toString(saved.json().getInt("version")))
                .file("file", "借款合同.txt", "application/octet-stream", "借款合同".getBytes(StandardCharsets.UTF_8));
        Api.Reply evidence = Api.as("liaison").post("/campaigns/" + no + "/answers/YBJSSJ/files", form.contentType(), form.bytes());
        assertEquals(201, evidence.status(), evidence::toString);
        JsonObject file = evidence.json().getJsonArray("answers").getJsonObject(0).getJsonArray("files").getJsonObject(0);
        assertEquals("借款合同", new String(Api.as("office").download("/campaigns/" + no + "/answers/YBJSSJ/files/"
                + file.getInt("id")).body(), StandardCharsets.UTF_8));

        Api.Reply submitted = Api.as("liaison").post("/campaigns/" + no + "/answers/YBJSSJ/submission",
                "{\"version\": " + evidence.json().getInt("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        assertFalse(task("liaison", "CAMPAIGN_TO_ANSWER", no));
        assertTrue(task("office", "CAMPAIGN_TO_REVIEW", no));
        assertEquals(409, Api.as("liaison").put("/campaigns/" + no + "/answers/YBJSSJ",
                answers(first, second, submitted.json().getInt("version"))).status(), "submitted: no more changes");

        int version = submitted.json().getInt("version");
        Api.Reply noOpinion = Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/review",
                "{\"result\": \"RETURNED\", \"version\": " + version + "}");
        assertEquals(400, noOpinion.status(), noOpinion::toString);
        Api.Reply returned = Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/review",
                "{\"result\": \"RETURNED\", \"opinion\": \"请补充借款审批材料\", \"version\": " + version + "}");
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals("请补充借款审批材料", returned.json().getString("reviewOpinion"));
        assertTrue(task("liaison", "CAMPAIGN_TO_ANSWER", no), "sent back: the liaison's again");

        Api.Reply again = Api.as("liaison").post("/campaigns/" + no + "/answers/YBJSSJ/submission",
                "{\"version\": " + returned.json().getInt("version") + "}");
        assertEquals(200, again.status(), again::toString);
        Api.Reply accepted = Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/review",
                "{\"result\": \"ACCEPTED\", \"opinion\": \"自查认真\", \"version\": " + again.json().getInt("version") + "}");
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.json().getString("status"));
        assertEquals(List.of("MAKE_CLUE"), actions(accepted.json()));

        Api.Reply clue = Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/clue", "{\"itemId\": " + first
                + ", \"summary\": \"设计院自查发现违规出借资金120万元\", \"amount\": \"1200000\", \"version\": "
                + accepted.json().getInt("version") + "}");
        assertEquals(201, clue.status(), clue::toString);
        String ledgerNo = clue.json().getJsonArray("answers").getJsonObject(0).getString("clueLedgerNo");
        assertTrue(ledgerNo.matches("YBJSSJ-XS-" + YEAR + "-\\d{4}"), ledgerNo);
        JsonObject registered = Api.as("office").get("/clues/" + ledgerNo).json().getJsonObject("clue");
        assertEquals("SELF_INSPECTION", registered.getString("source"));
        assertEquals("YBJSSJ", registered.getString("enterprise"));
        assertTrue(registered.getString("summary").contains("违规出借资金"));
        assertEquals(409, Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/clue", "{\"itemId\": " + first
                + ", \"summary\": \"再次\", \"version\": " + clue.json().getInt("version") + "}").status(), "once");
        Api.Reply noProblem = Api.as("office").post("/campaigns/" + no + "/answers/YBJSSJ/clue", "{\"itemId\": " + second
                + ", \"summary\": \"无问题的事项\", \"version\": " + clue.json().getInt("version") + "}");
        assertEquals(409, noProblem.status(), "no problem, no clue: " + noProblem);

        JsonObject progress = Api.as("office").get("/campaigns/" + no + "/answers").parse().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("enterprise").equals("YBJSSJ")).findFirst().orElseThrow();
        assertEquals("ACCEPTED", progress.getString("status"));
        assertEquals(1, progress.getInt("problems"));
        assertEquals(1, progress.getInt("clues"));
        JsonObject detail = Api.as("office").get("/campaigns/" + no).json();
        assertEquals(List.of("LAUNCHED", "SAVED", "SAVED", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED", "BECAME_CLUE"),
                detail.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList());
        assertTrue(Api.as("admin").get("/audit?objectType=CAMPAIGN_SHEET&action=STATE_CHANGE&size=200").json().getInt("total") >= 4,
                "every step is in the audit trail");
    }

    @Test
    void outsideTheScopeIsNotFoundAndOverdueSheetsAreOnTheOfficesList() {
        String no = CampaignFixtures.launched("YBJSLQ", "路桥公司自查（范围）");
        assertEquals(200, Api.as("leader").get("/campaigns/" + no).status());
        assertEquals(404, Api.as("liaison").get("/campaigns/" + no).status(), "no sheet of the liaison's enterprise");
        assertEquals(404, Api.as("auditor").get("/campaigns/" + no).status(), "outside the auditor's scope");
        assertEquals(404, Api.as("office").get("/campaigns/YBJT-ZC-1999-0001").status());
        assertEquals(404, Api.as("office").get("/campaigns/not-a-number").status());
        assertFalse(Api.as("liaison").get("/campaigns?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().anyMatch(c -> c.getString("campaignNo").equals(no)), "not in the liaison's list either");

        assertFalse(task("office", "CAMPAIGN_OVERDUE", no));
        CampaignFixtures.pastDue(no, 7);
        assertTrue(task("office", "CAMPAIGN_OVERDUE", no), "past the due date and not submitted: on the office's list");
        JsonObject progress = Api.as("office").get("/campaigns/" + no + "/answers").parse().asJsonArray().getJsonObject(0);
        assertTrue(progress.getBoolean("overdue"));
        assertTrue(progress.getInt("workingDaysLate") >= 1, progress::toString);
        JsonObject summary = Api.as("office").get("/campaigns?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("campaignNo").equals(no)).findFirst().orElseThrow();
        assertEquals(1, summary.getInt("overdue"));

        JsonObject detail = Api.as("office").get("/campaigns/" + no).json();
        assertEquals(List.of("CLOSE"), detail.getJsonArray("actions").getValuesAs(JsonString::getString));
        Api.Reply closed = Api.as("office").post("/campaigns/" + no + "/close", "{\"opinion\": \"行动结束\", \"version\": "
                + detail.getInt("version") + "}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.json().getJsonObject("summary").getString("status"));
        assertFalse(task("office", "CAMPAIGN_OVERDUE", no), "a closed campaign is no one's work");
    }

    @Test
    void theChecklistComesFromTheCircumstanceCatalogueInForce() {
        List<JsonObject> items = Api.as("office").get("/campaigns/checklist?area=INVESTMENT_MERGER").parse().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(i -> !i.isNull("circumstance") && !i.getString("text").isBlank()), items::toString);
        String code = items.get(0).getString("circumstance");
        Api.Reply launched = Api.as("office").post("/campaigns", "{\"title\": \"投资并购专项自查\", \"topic\": \"投资并购\", "
                + "\"enterprise\": \"YBJS\", \"dueDate\": \"" + daysFromToday(30) + "\", \"items\": [{\"circumstance\": \"" + code + "\"}]}");
        assertEquals(201, launched.status(), launched::toString);
        JsonObject item = launched.json().getJsonArray("items").getJsonObject(0);
        assertEquals(code, item.getString("circumstance"));
        assertTrue(item.getString("text").contains("第"), "the circumstance's citation is the item's text: " + item);
        assertEquals(400, Api.as("office").get("/campaigns/checklist?area=NOT_AN_AREA").status());
        assertEquals(403, Api.as("liaison").get("/campaigns/checklist").status());
    }

    private static String answers(long first, long second, int version) {
        return "{\"answers\": [{\"itemId\": " + first + ", \"result\": \"PROBLEM\", \"description\": \"向关联方出借资金未经审批\", "
                + "\"amount\": \"1200000\"}, {\"itemId\": " + second + ", \"result\": \"NO_PROBLEM\"}], \"version\": " + version + "}";
    }

    private static long total(String user) {
        return Api.as(user).get("/campaigns?size=500").json().getJsonNumber("total").longValue();
    }

    private static List<String> actions(JsonObject sheet) {
        return sheet.getJsonArray("actions").getValuesAs(JsonString::getString);
    }

    private static boolean task(String user, String kind, String no) {
        return Api.as(user).get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("kind").equals(kind) && t.getString("object").equals(no));
    }
}
