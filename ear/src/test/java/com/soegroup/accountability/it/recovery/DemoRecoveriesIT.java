package com.soegroup.accountability.it.recovery;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo shows loss recovery in every state: amounts typed into loss items before became events, a concluded case
 * fully recovered with a reversal, one whose write-off waits for the leading group (with HR's claw-back counted), one
 * overdue for its quarterly follow-up, and one whose write-off was approved.
 */
class DemoRecoveriesIT extends ApplicationIT {

    @Test
    void theDemoShowsRecoveryInEveryState() {
        JsonObject fuel = recoveries("物流公司油品采购虚增损耗调查");
        assertEquals("0.00", fuel.getJsonObject("figures").getString("outstanding"), "fully recovered");
        assertEquals("100.00", fuel.getJsonObject("figures").getString("rate"));
        assertTrue(fuel.getJsonArray("events").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.containsKey("reverses")
                && !e.isNull("reverses")), "a reversal");
        assertTrue(fuel.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("evidence").contains("系统迁移")), "the typed amount became an event");

        JsonObject settlement = recoveries("路桥公司工程款结算审核失职调查");
        assertEquals("PENDING", settlement.getJsonObject("irrecoverable").getString("status"));
        assertFalse(settlement.getJsonArray("clawbacks").isEmpty(), "HR's claw-back under the decision");
        String settlementNo = settlement.getString("caseNo");
        assertTrue(tasks("leader").stream().anyMatch(t -> t.getString("kind").equals("IRRECOVERABLE_AWAITING_APPROVAL")
                && t.getString("object").equals(settlementNo)));

        JsonObject water = recoveries("水务公司二次供水设备采购损失调查");
        assertTrue(water.getJsonObject("figures").getString("outstanding").compareTo("0.00") != 0);
        String waterNo = water.getString("caseNo");
        JsonObject followUp = tasks("office").stream().filter(t -> t.getString("kind").equals("RECOVERY_FOLLOW_UP")
                && t.getString("object").equals(waterNo)).findFirst().orElseThrow(() -> new AssertionError("no follow-up of " + waterNo));
        assertTrue(followUp.getBoolean("overdue"), followUp::toString);
        assertTrue(water.getInt("followUpDaysLate") > 0, "the page says how late: " + water);
        assertEquals(followUp.getString("due"), water.getString("followUpDue"), "the page and the to-do list agree");

        JsonObject factoring = recoveries("金控公司应收保理款损失调查");
        assertEquals("APPROVED", factoring.getJsonObject("irrecoverable").getString("status"));
        assertEquals("0.00", factoring.getJsonObject("figures").getString("outstanding"));
    }

    private static JsonObject recoveries(String title) {
        String no = Api.as("office").get("/investigations?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(title))
                .getString("caseNo");
        Api.Reply reply = Api.as("office").get("/investigations/" + no + "/recoveries");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<JsonObject> tasks(String user) {
        return Api.as(user).get("/me/tasks").parse().asJsonArray().getValuesAs(JsonObject.class);
    }
}
