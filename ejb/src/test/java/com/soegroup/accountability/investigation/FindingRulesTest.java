package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FindingRulesTest {

    private static final List<Outcome> ALL = List.of(Outcome.values());

    @ParameterizedTest(name = "head={0} {1} circumstances={2}: {3}")
    @CsvSource({
            "true, DIRECT, '', RULE_REFUSED",
            "true, DIRECT, BROKE_RULES, OK",
            "true, SUPERVISORY, '', OK",
            "true, LEADERSHIP, AGAINST_MAJORITY, INVALID_INPUT",
            "false, DIRECT, '', OK",
            "false, DIRECT, OTHER, INVALID_INPUT",
    })
    void anEnterpriseHeadWithDirectResponsibilityNeedsAnMs24Circumstance(boolean head, Responsibility r, String circumstances,
                                                                          String expected) {
        Set<HeadCircumstance> given = circumstances.isEmpty() ? Set.of() : Set.of(HeadCircumstance.valueOf(circumstances));
        if (expected.equals("OK")) {
            FindingRules.checkFinding(head, r, given, Set.of(), null);
        } else {
            AccountabilityException e = assertThrows(AccountabilityException.class,
                    () -> FindingRules.checkFinding(head, r, given, Set.of(), null));
            assertEquals(ErrorCode.valueOf(expected), e.code());
            assertEquals("circumstances", e.field());
        }
    }

    @Test
    void aggravatingCircumstancesNeedAReason() {
        AccountabilityException e = assertThrows(AccountabilityException.class, () -> FindingRules.checkFinding(false,
                Responsibility.DIRECT, Set.of(), Set.of(Aggravating.CONCEALED), " "));
        assertEquals("aggravatingReason", e.field());
    }

    @Test
    void anExclusionRefusesEveryToleranceOutcomeEvenIfTheListWouldAllowIt() {
        for (Outcome o : List.of(Outcome.LIGHTER, Outcome.MITIGATED, Outcome.EXEMPTED)) {
            AccountabilityException e = assertThrows(AccountabilityException.class, () -> FindingRules.checkEvaluation(
                    Set.of(Exclusion.INTENT), Map.of(MitigatingCondition.MINOR, "证据"), o, ALL));
            assertEquals(ErrorCode.RULE_REFUSED, e.code());
            assertEquals("faultTolerance.excluded", e.messageKey());
        }
        FindingRules.checkEvaluation(Set.of(Exclusion.INTENT), Map.of(), Outcome.STANDARD, ALL);
    }

    @Test
    void conditionsNeedEvidenceAndTheOutcomeMustBeAllowed() {
        AccountabilityException noEvidence = assertThrows(AccountabilityException.class, () -> FindingRules.checkEvaluation(
                Set.of(), Map.of(MitigatingCondition.RECOVERED_LOSS, ""), Outcome.MITIGATED, ALL));
        assertEquals("conditions.RECOVERED_LOSS.evidence", noEvidence.field());
        AccountabilityException notAllowed = assertThrows(AccountabilityException.class, () -> FindingRules.checkEvaluation(
                Set.of(), Map.of(), Outcome.EXEMPTED, List.of(Outcome.STANDARD)));
        assertEquals(ErrorCode.RULE_REFUSED, notAllowed.code());
        FindingRules.checkEvaluation(Set.of(), Map.of(MitigatingCondition.RECOVERED_LOSS, "追回款项凭证"), Outcome.MITIGATED,
                List.of(Outcome.STANDARD, Outcome.MITIGATED));
    }

    @ParameterizedTest(name = "{0} head={1} → {2} owner={3}")
    @CsvSource({
            "GENERAL, false, YBJSWY, false",
            "LARGER, false, YBJS, false",
            "MAJOR, false, YBJT, true",
            "GENERAL, true, YBJT, true",
    })
    void jurisdictionFollowsTheLevelAndWhetherAHeadIsInvolved(LossLevel level, boolean head, String unit, boolean owner) {
        JurisdictionRule.Proposal p = JurisdictionRule.propose(level, head, "YBJSWY", "YBJS", "YBJT");
        assertEquals(unit, p.unit());
        assertEquals(owner, p.ownerInstitution());
    }
}
