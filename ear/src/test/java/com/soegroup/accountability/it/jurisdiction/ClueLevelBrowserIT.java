package com.soegroup.accountability.it.jurisdiction;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.ClueDetailPage;
import com.soegroup.accountability.testsupport.pages.ClueRegisterPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register form computes the clue's level as the possible loss is typed (M§19) and offers only that level and
 * those above it; raising asks for a reason, which the clue keeps.
 */
class ClueLevelBrowserIT extends ApplicationIT {

    @Test
    void theFormShowsTheComputedLevelAndOffersOnlyHigherOnes() {
        try (Browser browser = Browser.open()) {
            ClueRegisterPage form = SignInPage.open(browser).signIn("office", "office").menu().registerClue()
                    .chooseSource("审计发现").fillSummary("设计院违规分包工程可能形成损失").fillPossibleLoss("17300000");
            assertTrue(form.computedLevel("重大").contains("重大"));
            assertEquals(List.of("按计算等级", "重大"), form.levelChoices(), "较大 and 一般 are below the figures");

            form.replacePossibleLoss("100");
            assertTrue(form.computedLevel("一般").contains("一般"));
            form.raiseLevel("较大", "同一项目另有三笔分包款未入账");
            form.screenshot("clue-register-level-raised");
            ClueDetailPage saved = form.save();
            JsonObject clue = Api.as("office").get("/clues/" + saved.ledgerNo()).json().getJsonObject("clue");
            assertEquals("LARGER", clue.getString("level"));
            String history = Api.as("office").get("/clues/" + saved.ledgerNo() + "/history").body();
            assertTrue(history.contains("LEVEL_RAISED") && history.contains("另有三笔分包款"), history);
        }
    }
}
