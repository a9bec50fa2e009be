package com.soegroup.accountability.inspection;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** When a sheet may be submitted and when a problem found may become a clue: the reasons the pages show. */
class CampaignRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    void aSheetIsSubmittedOnceEveryItemIsAnsweredWhileTheCampaignRuns() {
        Campaign c = campaign();
        AnswerSheet s = new AnswerSheet(c, null);
        assertEquals("inspection.submit.unanswered", CampaignAccess.submitBlocker(s, true));
        assertNull(CampaignAccess.submitBlocker(s, false));
        s.submitted("liaison", NOW);
        assertEquals("inspection.sheet.notAnswerable", CampaignAccess.submitBlocker(s, false));
        s.reviewed(false, "请补充", "office", NOW);
        assertNull(CampaignAccess.submitBlocker(s, false), "sent back: answered again and submitted again");
        c.close(NOW);
        assertEquals("inspection.closed", CampaignAccess.submitBlocker(s, false), "a closed campaign takes no answers");
    }

    @Test
    void onlyAProblemOfAHandedInSheetBecomesAClueAndOnlyOnce() {
        AnswerSheet s = new AnswerSheet(campaign(), null);
        CampaignAnswer fine = new CampaignAnswer(s, null);
        fine.answer(AnswerResult.NO_PROBLEM, null, null);
        assertEquals("inspection.clue.noProblem", CampaignAccess.clueBlocker(fine));
        CampaignAnswer problem = new CampaignAnswer(s, null);
        problem.answer(AnswerResult.PROBLEM, "违规出借资金", new BigDecimal("800000.00"));
        assertEquals("inspection.clue.notSubmitted", CampaignAccess.clueBlocker(problem), "a draft is not yet the enterprise's word");
        s.submitted("liaison", NOW);
        assertNull(CampaignAccess.clueBlocker(problem));
        s.reviewed(true, "属实", "office", NOW);
        assertNull(CampaignAccess.clueBlocker(problem));
        problem.becameClue("YBJSSJ-XS-2026-0001");
        assertEquals("inspection.clue.already", CampaignAccess.clueBlocker(problem));
    }

    @Test
    void onlyOpenAndReturnedSheetsAreAnswered() {
        assertEquals(true, SheetStatus.OPEN.answerable());
        assertEquals(true, SheetStatus.RETURNED.answerable());
        assertEquals(false, SheetStatus.SUBMITTED.answerable());
        assertEquals(false, SheetStatus.ACCEPTED.answerable());
    }

    private static Campaign campaign() {
        return new Campaign("YBJS-ZC-2026-0001", 2026, 1, null, "资金管理专项自查", "资金管理", LocalDate.of(2026, 6, 30),
                "office", NOW);
    }
}
