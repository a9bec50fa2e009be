package com.soegroup.accountability.it.jurisdiction;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import org.junit.jupiter.api.Test;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clue's level is the rules' (M§19), not typed by hand: issue 17's ¥17.3M possible loss marked LARGER is MAJOR
 * by amount; a person may raise a level with a reason (kept in the history) and never lower it.
 */
class ClueLevelIT extends ApplicationIT {

    @Test
    void theLevelIsComputedFromThePossibleLossAndCanOnlyBeRaisedWithAReason() {
        Api.Reply lowered = register("17300000.00", "LARGER", null);
        assertEquals(400, lowered.status(), lowered::toString);
        assertEquals("level", lowered.json().getString("field"));
        assertTrue(lowered.json().getString("message").contains("不能调低"), lowered::toString);

        Api.Reply computed = register("17300000.00", null, null);
        assertEquals(201, computed.status(), computed::toString);
        assertEquals("MAJOR", computed.json().getJsonObject("clue").getString("level"));

        Api.Reply asComputed = register("17300000.00", "MAJOR", null);
        assertEquals(201, asComputed.status(), asComputed::toString);
        assertEquals("MAJOR", asComputed.json().getJsonObject("clue").getString("level"));

        Api.Reply noReason = register("100.00", "LARGER", null);
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("levelReason", noReason.json().getString("field"));

        Api.Reply raised = register("100.00", "LARGER", "举报材料显示另有多笔同类付款，损失可能扩大");
        assertEquals(201, raised.status(), raised::toString);
        String no = raised.json().getJsonObject("clue").getString("ledgerNo");
        assertEquals("LARGER", raised.json().getJsonObject("clue").getString("level"));
        String history = Api.as("office").get("/clues/" + no + "/history").body();
        assertTrue(history.contains("LEVEL_RAISED") && history.contains("另有多笔同类付款"), history);
    }

    private static Api.Reply register(String loss, String level, String reason) {
        return Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY + "\", \"enterprise\": \"YBJSWY\", "
                + "\"summary\": \"物业公司违规采购设备可能形成损失\", \"possibleLoss\": \"" + loss + "\""
                + (level == null ? "" : ", \"level\": \"" + level + "\"")
                + (reason == null ? "" : ", \"levelReason\": \"" + reason + "\"") + "}");
    }
}
