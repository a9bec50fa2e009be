package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule API of api.md over HTTP: its examples verbatim, bad input as 400 naming the field, roles. */
class RuleApiIT extends ApplicationIT {

    @Test
    void lossLevelExampleOfApiMd() {
        Api.Reply reply = Api.as("office").post("/rules/loss-level",
                "{\"amount\": \"1000000.00\", \"priorYearEndAssets\": \"50000000.00\", \"ruleSet\": null, \"determinationDate\": \"2026-11-24\"}");

        assertEquals(200, reply.status(), reply::toString);
        assertJson("{\"level\": \"LARGER\", \"byAmount\": \"LARGER\", \"byShare\": \"LARGER\", \"assetsMissing\": false,"
                + " \"ruleSet\": \"YB-SASAC-2020\"}", reply);
    }

    @Test
    void missingAssetsClassifyByAmountAndSayAssetsMissing() {
        Api.Reply reply = Api.as("investigator").post("/rules/loss-level",
                "{\"amount\": \"800000.00\", \"priorYearEndAssets\": null, \"determinationDate\": \"2026-11-24\"}");

        assertJson("{\"level\": \"GENERAL\", \"byAmount\": \"GENERAL\", \"byShare\": null, \"assetsMissing\": true,"
                + " \"ruleSet\": \"YB-SASAC-2020\"}", reply);
    }

    @Test
    void theShareTestRaisesTheLevel() {
        Api.Reply reply = Api.as("leader").post("/rules/loss-level",
                "{\"amount\": \"800000.00\", \"priorYearEndAssets\": \"50000000.00\"}");

        assertEquals("LARGER", reply.json().getString("level"), reply::toString);
        assertEquals("GENERAL", reply.json().getString("byAmount"));
        assertEquals("LARGER", reply.json().getString("byShare"));
    }

    @Test
    void sanctionRecommendationExampleOfApiMd() {
        Api.Reply reply = Api.as("office").post("/rules/sanction-recommendation",
                "{\"level\": \"LARGER\", \"responsibility\": \"DIRECT\", \"aggravating\": [], \"exclusions\": [], \"conditions\": []}");

        assertEquals(200, reply.status(), reply::toString);
        assertJson("""
                {"measures": ["CIRCULATED_CRITICISM", "ADMONISHMENT", "SUSPENSION", "TRANSFER", "DEMOTION"],
                 "performanceSalaryPercent": {"min": 50, "max": 100}, "termIncentivePercent": {"min": 50, "max": 100},
                 "deferPerformanceSalary": true, "endUnexercisedRights": true, "handBackYears": 2,
                 "incentiveBarYears": 5, "incentiveBarPermanent": false,
                 "faultToleranceAllowed": true, "outcomes": ["STANDARD"]}""", reply);
    }

    @Test
    void generalDirectHasTheOpenEndedPerformanceRangeAndNoTermIncentive() {
        Api.Reply reply = Api.as("office").post("/rules/sanction-recommendation",
                "{\"level\": \"GENERAL\", \"responsibility\": \"SUPERVISORY\", \"conditions\": [\"MINOR\"]}");

        JsonObject body = reply.json();
        assertEquals(Json.createReader(new StringReader("{\"min\": 0, \"max\": 49.99}")).readObject(),
                body.getJsonObject("performanceSalaryPercent"), reply::toString);
        assertTrue(body.isNull("termIncentivePercent"));
        assertTrue(body.isNull("handBackYears"));
        assertTrue(body.getJsonArray("outcomes").toString().contains("EXEMPTED"));
    }

    @Test
    void anExclusionShutsFaultTolerance() {
        Api.Reply reply = Api.as("office").post("/rules/sanction-recommendation",
                "{\"level\": \"MAJOR\", \"responsibility\": \"LEADERSHIP\", \"exclusions\": [\"INTENT\"], \"conditions\": [\"MINOR\"]}");

        assertFalse(reply.json().getBoolean("faultToleranceAllowed"), reply::toString);
        assertFalse(reply.json().getJsonArray("outcomes").toString().contains("EXEMPTED"));
    }

    @Test
    void promotionEffectsExampleOfApiMd() {
        Api.Reply reply = Api.as("hr").post("/rules/promotion-effects", """
                {"measures": [{"measure": "ADMONISHMENT", "effectiveDate": "2026-01-10"},
                              {"measure": "BAN", "effectiveDate": "2026-01-10", "banYears": 5}],
                 "disciplinaryEligibleFrom": null, "date": "2026-05-01"}""");

        assertEquals(200, reply.status(), reply::toString);
        assertJson("""
                {"eligibleForPromotion": false, "eligibleForAnyPost": true, "eligibleForSeniorManagement": false,
                 "restrictions": [{"kind": "NO_PROMOTION", "source": "ADMONISHMENT", "from": "2026-01-10", "eligibleFrom": "2026-07-10"},
                                  {"kind": "SOE_BAN", "source": "BAN", "from": "2026-01-10", "eligibleFrom": "2031-01-10"}]}""", reply);
    }

    @Test
    void monthEndsAndLifeBans() {
        Api.Reply reply = Api.as("hr").post("/rules/promotion-effects", """
                {"measures": [{"measure": "ADMONISHMENT", "effectiveDate": "2026-08-31"},
                              {"measure": "BAN", "effectiveDate": "2026-08-31", "lifetime": true}],
                 "date": "2027-02-27"}""");

        assertEquals(200, reply.status(), reply::toString);
        assertEquals("2027-02-28", reply.json().getJsonArray("restrictions").getJsonObject(0).getString("eligibleFrom"));
        assertTrue(reply.json().getJsonArray("restrictions").getJsonObject(1).isNull("eligibleFrom"));
    }

    @ParameterizedTest(name = "{0} → 400 at {2}")
    @CsvSource(delimiter = '|', value = {
            "/rules/loss-level | {\"amount\": \"-1.00\"} | amount",
            "/rules/loss-level | {\"amount\": \"abc\"} | amount",
            "/rules/loss-level | {\"amount\": \"100.001\"} | amount",
            "/rules/loss-level | {\"amount\": \"100.00\", \"priorYearEndAssets\": \"0\"} | priorYearEndAssets",
            "/rules/loss-level | {\"amount\": \"100.00\", \"priorYearEndAssets\": \"-5\"} | priorYearEndAssets",
            "/rules/loss-level | {\"priorYearEndAssets\": \"100.00\"} | amount",
            "/rules/loss-level | {\"amount\": \"100.00\", \"ruleSet\": \"NO-SUCH-SET\"} | ruleSet",
            "/rules/loss-level | {\"amount\": \"100.00\", \"determinationDate\": \"2026-13-01\"} | determinationDate",
            "/rules/sanction-recommendation | {\"level\": \"HUGE\", \"responsibility\": \"DIRECT\"} | level",
            "/rules/sanction-recommendation | {\"level\": \"MAJOR\"} | responsibility",
            "/rules/sanction-recommendation | {\"level\": \"MAJOR\", \"responsibility\": \"DIRECT\", \"aggravating\": [\"NOPE\"]} | aggravating[0]",
            "/rules/promotion-effects | {\"measures\": [{\"measure\": \"BAN\", \"effectiveDate\": \"2026-01-10\"}], \"date\": \"2026-05-01\"} | measures[0].banYears",
            "/rules/promotion-effects | {\"measures\": [{\"measure\": \"ADMONISHMENT\", \"effectiveDate\": \"2026-01-10\"}, {\"measure\": \"BAN\", \"effectiveDate\": \"2026-01-10\", \"banYears\": 3}], \"date\": \"2026-05-01\"} | measures[1].banYears",
            "/rules/promotion-effects | {\"measures\": [{\"measure\": \"DEMOTION\"}], \"date\": \"2026-05-01\"} | measures[0].effectiveDate",
            "/rules/promotion-effects | {\"date\": \"2026-05-01\"} | measures"})
    void badInputIs400NamingTheField(String path, String body, String field) {
        Api.Reply reply = Api.as("office").post(path, body);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_INPUT", reply.json().getString("error"));
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertFalse(reply.json().getString("message").isBlank());
        assertFalse(reply.body().contains("Exception"), reply::toString);
    }

    @Test
    void malformedJsonIs400() {
        Api.Reply reply = Api.as("office").post("/rules/loss-level", "{\"amount\": ");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("MALFORMED_REQUEST", reply.json().getString("error"));
    }

    @Test
    void rolesWithoutRuleAccessGet403() {
        assertEquals(403, Api.as("liaison").post("/rules/loss-level", "{\"amount\": \"1.00\"}").status());
        assertEquals(403, Api.as("admin").post("/rules/sanction-recommendation",
                "{\"level\": \"MAJOR\", \"responsibility\": \"DIRECT\"}").status());
    }

    @Test
    void theRuleSetsAreListedAndReadable() {
        Api.Reply list = Api.as("admin").get("/rules/sets");

        assertEquals(200, list.status(), list::toString);
        String text = list.body();
        assertTrue(text.contains("\"YB-SASAC-2020\"") && text.contains("\"SASAC-46-2026\""), text);
        Api.Reply central = Api.as("office").get("/rules/sets/SASAC-46-2026");
        assertEquals(200, central.status(), central::toString);
        assertEquals("5000000.00", central.json().getJsonArray("lossLevels").getJsonObject(1).getString("amountFrom"));
        assertEquals(404, Api.as("office").get("/rules/sets/NO-SUCH-SET").status());
    }

    @Test
    void aNamedRuleSetIsUsedEvenWhenNotInForce() {
        Api.Reply reply = Api.as("office").post("/rules/loss-level",
                "{\"amount\": \"5000000.00\", \"priorYearEndAssets\": \"900000000.00\", \"ruleSet\": \"SASAC-46-2026\"}");

        assertEquals("LARGER", reply.json().getString("level"), reply::toString);
        assertEquals("SASAC-46-2026", reply.json().getString("ruleSet"));
    }

    private static void assertJson(String expected, Api.Reply reply) {
        try (JsonReader reader = Json.createReader(new StringReader(expected))) {
            assertEquals(reader.readObject(), reply.json(), reply::toString);
        }
    }
}
