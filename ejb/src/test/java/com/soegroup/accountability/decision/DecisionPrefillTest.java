package com.soegroup.accountability.decision;

import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.rule.sanction.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Where a new decision's form starts, and when it is offered at all. */
class DecisionPrefillTest {

    @Test
    void theFormStartsFromTheOutcomeTheLeaderApproved() {
        List<Outcome> allowed = List.of(Outcome.STANDARD, Outcome.LIGHTER, Outcome.MITIGATED);
        assertEquals(Outcome.LIGHTER, DecisionRules.prefilledOutcome(allowed, Outcome.LIGHTER));
        assertEquals(Outcome.STANDARD, DecisionRules.prefilledOutcome(allowed, null), "nothing approved: the row as it stands");
        assertEquals(Outcome.STANDARD, DecisionRules.prefilledOutcome(allowed, Outcome.EXEMPTED),
                "an outcome the engine no longer allows is not offered");
        assertEquals(Outcome.HEAVIER, DecisionRules.prefilledOutcome(List.of(Outcome.HEAVIER, Outcome.ESCALATED), null));
    }

    @Test
    void noDecisionFormBeforeTheCaseIsConcluded() {
        for (InvestigationStatus s : InvestigationStatus.values()) {
            if (s == InvestigationStatus.CONCLUDED) {
                assertNull(DecisionRules.proposalBlocker(s));
            } else {
                assertEquals("decision.caseNotConcludedYet", DecisionRules.proposalBlocker(s), s::name);
            }
        }
    }
}
