package com.soegroup.accountability.it.clue;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.soegroup.accountability.testsupport.ClueFixtures.checking;
import static com.soegroup.accountability.testsupport.ClueFixtures.registered;
import static com.soegroup.accountability.testsupport.ClueFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Close-out reconciliation (对账): every open clue with why it is open; a closed clue leaves the list. */
class ClueReconciliationIT extends ApplicationIT {

    @Test
    void everyOpenClueIsListedWithWhatHoldsItOpenUntilItIsClosed() {
        String registered = registered("office", "YBJSWY", "物业公司物业费收缴不入账");
        String disposed = checking("YBJSWY", "物业公司维修基金挪用");
        assertEquals(200, transition("leader", disposed, 1, "{\"to\": \"NOT_ACCEPTED\", \"reason\": \"已整改到位\"}").status());

        JsonObject page = Api.as("office").get("/clues/reconciliation?enterprise=YBJSWY&size=500").json();
        JsonObject first = line(page, registered);
        assertFalse(first.getBoolean("readyToClose"));
        assertEquals("已登记，尚未开始初步核实", first.getJsonArray("reasons").getJsonObject(0).getString("message"));
        JsonObject second = line(page, disposed);
        assertTrue(second.getBoolean("readyToClose"));
        assertTrue(page.getJsonObject("openByUnit").getJsonObject("YBJSWY").getInt("REGISTERED") >= 1, page::toString);

        assertEquals(200, transition("office", disposed, 2, "{\"to\": \"CLOSED\", \"confirmed\": true}").status());
        JsonObject after = Api.as("office").get("/clues/reconciliation?enterprise=YBJSWY&size=500").json();
        assertTrue(after.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getJsonObject("clue").getString("ledgerNo").equals(disposed)), "a closed clue is reconciled");
        assertEquals(404, Api.as("liaison").get("/clues/reconciliation?enterprise=YBJSWY").status());
        assertEquals(403, Api.as("hr").get("/clues/reconciliation").status());
    }

    static JsonObject line(JsonObject page, String no) {
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        return items.stream().filter(l -> l.getJsonObject("clue").getString("ledgerNo").equals(no)).findFirst()
                .orElseThrow(() -> new AssertionError(no + " not in " + page));
    }
}
