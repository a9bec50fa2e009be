package com.soegroup.accountability.it.rule;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exemption list (免责事项清单): the central set's list through the API, none for the municipal set; a
 * fault-tolerance evaluation under the central set stores the matters found (unknown ones refused, none with an
 * exclusion), and the decision of the evaluated person cites them.
 */
class ExemptionIT extends ApplicationIT {

    @Test
    void theCentralSetListsOrderNo46sMattersAndTheMunicipalSetNone() {
        JsonObject central = Api.as("office").get("/rules/sets/SASAC-46-2026/exemptions").json();
        assertEquals("O46-2026", central.getString("list"));
        assertEquals(false, central.getBoolean("reviewed"), "not yet checked against the order's text");
        assertTrue(central.getString("source").contains("国资委令第46号"), central::toString);
        assertEquals(6, central.getJsonArray("matters").size());
        JsonObject fifth = central.getJsonArray("matters").getJsonObject(4);
        assertEquals("O46-2026-5", fifth.getString("code"));
        assertTrue(fifth.getString("citation").endsWith("免责事项清单第5项（突发事件、紧急情况下为避免更大损失临时决策）"), fifth::toString);
        JsonObject municipal = Api.as("office").get("/rules/sets/YB-SASAC-2020/exemptions").json();
        assertEquals(0, municipal.getJsonArray("matters").size(), "the seed's measures have no list");
        assertEquals(404, Api.as("office").get("/rules/sets/NO-SUCH-SET/exemptions").status());
    }

    @Test
    void anEvaluationStoresTheMattersFoundAndTheDecisionCitesThem() throws Exception {
        String person;
        try (DecisionFixtures db = DecisionFixtures.open()) {
            person = db.person("免责评估对象", "YBJSWY");
        }
        String no = InvestigationFixtures.opened("YBJSWY", "物业公司汛期紧急抢修临时决策形成损失（免责评估）", person);
        assertEquals(200, InvestigationFixtures.assign(no, "investigator", "LEADER").status());
        assertEquals(200, Api.as("investigator").post("/investigations/" + no + "/recusal",
                "{\"conflict\": false, \"statement\": \"本人与本案及被调查人无利害关系\"}").status());
        assertEquals(200, InvestigationFixtures.transition("office", no, 0, "IN_PROGRESS", null).status());
        Api.Reply basis = Api.as("office").post("/investigations/" + no + "/loss/determination",
                "{\"determinationDate\": \"" + TODAY + "\", \"ruleSet\": \"SASAC-46-2026\"}");
        assertEquals(200, basis.status(), basis::toString);
        assertEquals(201, InvestigationFixtures.lossItem(no, "DIRECT", false, "800000.00", null, null).status());
        String o63 = Api.as("office").get("/rules/sets/SASAC-46-2026/circumstances").json().getJsonArray("articles")
                .getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("code");
        Api.Reply finding = InvestigationFixtures.finding(no, person, "DIRECT", "[]", "[\"" + o63 + "\"]", null);
        assertEquals(200, finding.status(), finding::toString);

        Api.Reply unknown = evaluate(no, person, "[]", "[\"O46-2026-9\"]");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("exemptions[0]", unknown.json().getString("field"));
        Api.Reply excluded = evaluate(no, person, "[\"IMPROPER_GAIN\"]", "[\"O46-2026-5\"]");
        assertTrue(excluded.status() == 422 || excluded.status() == 400, excluded::toString);
        assertEquals(null, evaluation(no, person), "a refused evaluation stores nothing");

        Api.Reply evaluated = evaluate(no, person, "[]", "[\"O46-2026-5\", \"O46-2026-1\"]");
        assertEquals(200, evaluated.status(), evaluated::toString);
        JsonObject stored = evaluation(no, person);
        assertEquals(List.of("O46-2026-1", "O46-2026-5"), stored.getJsonArray("exemptions").getValuesAs(JsonString::getString),
                "in the list's order");
        assertTrue(stored.getJsonArray("exemptionCitations").getString(1).contains("免责事项清单第5项"), stored::toString);
        assertEquals(200, Api.as("leader").post("/investigations/" + no + "/fault-tolerance/approval",
                "{\"employeeNo\": \"" + person + "\", \"version\": " + stored.getInt("version") + ", \"note\": \"同意免责\"}").status());

        int version = InvestigationFixtures.version(no);
        Api.Reply drafted = InvestigationFixtures.transition("office", no, version, "REPORT_DRAFTED", null);
        assertEquals(200, drafted.status(), drafted::toString);
        assertEquals(200, InvestigationFixtures.transition("leader", no, InvestigationFixtures.version(no), "REPORT_APPROVED", null).status());
        Api.Reply concluded = InvestigationFixtures.transition("office", no, InvestigationFixtures.version(no), "CONCLUDED", null);
        assertEquals(200, concluded.status(), concluded::toString);

        Api.Reply decision = Api.as("office").post("/decisions", "{\"caseNo\": \"" + no + "\", \"employeeNo\": \"" + person
                + "\", \"outcome\": \"" + stored.getString("outcome") + "\", \"measures\": []"
                + ", \"legalBasis\": \"《中央企业违规经营投资责任追究实施办法》\", \"facts\": \"汛期紧急抢修临时决策，事后及时报告并经集体追认\""
                + ", \"reason\": \"经容错评估并经领导小组批准，免于处理\"}");
        assertEquals(201, decision.status(), decision::toString);
        String decisionNo = decision.json().getString("decisionNo");
        HttpResponse<byte[]> document = Api.as("office").download("/decisions/" + decisionNo + "/document.pdf");
        assertEquals(200, document.statusCode(), () -> new String(document.body(), StandardCharsets.UTF_8));
        PdfReader reader = new PdfReader(document.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        reader.close();
        assertTrue(text.contains("免责事项清单第1项") && text.contains("免责事项清单第5项"), text);
    }

    private static Api.Reply evaluate(String no, String person, String exclusions, String exemptions) {
        return Api.as("office").post("/investigations/" + no + "/fault-tolerance", "{\"employeeNo\": \"" + person
                + "\", \"exclusions\": " + exclusions + ", \"conditions\": [{\"code\": \"EMERGENCY_RATIFIED\", "
                + "\"evidence\": \"抢修会议纪要及事后党委会追认决议\"}], \"outcome\": \"EXEMPTED\", \"exemptions\": " + exemptions + "}");
    }

    private static JsonObject evaluation(String no, String person) {
        JsonObject findings = Api.as("office").get("/investigations/" + no + "/findings").json();
        return findings.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("employeeNo").equals(person)).findFirst().orElseThrow()
                .get("evaluation") instanceof JsonObject e ? e : null;
    }
}
