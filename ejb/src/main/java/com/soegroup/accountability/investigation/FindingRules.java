package com.soegroup.accountability.investigation;

import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a responsibility finding (rules.md §3, §6) and of a fault-tolerance evaluation (§7), plain Java. */
public final class FindingRules {

    private static final Set<Outcome> TOLERANCE = Set.of(Outcome.LIGHTER, Outcome.MITIGATED, Outcome.EXEMPTED);

    private FindingRules() {
    }

    /**
     * An enterprise head found DIRECTLY responsible needs at least one M§24 circumstance (422 otherwise);
     * circumstances on anyone else are a mistake (400); aggravating circumstances need a reason (400).
     */
    public static void checkFinding(boolean enterpriseHead, Responsibility responsibility, Set<HeadCircumstance> circumstances,
                                    Set<Aggravating> aggravating, String aggravatingReason) {
        if (responsibility == null) {
            throw AccountabilityException.invalid("responsibility", "field.required");
        }
        boolean headDirect = enterpriseHead && responsibility == Responsibility.DIRECT;
        if (headDirect && circumstances.isEmpty()) {
            throw new AccountabilityException(ErrorCode.RULE_REFUSED, "finding.head.circumstanceRequired", "circumstances");
        }
        if (!headDirect && !circumstances.isEmpty()) {
            throw AccountabilityException.invalid("circumstances", "finding.circumstances.onlyHeadDirect");
        }
        if (!aggravating.isEmpty() && (aggravatingReason == null || aggravatingReason.isBlank())) {
            throw AccountabilityException.invalid("aggravatingReason", "field.required");
        }
    }

    /**
     * A fault-tolerance evaluation: every condition found carries its evidence (400); with any exclusion, no
     * tolerance outcome whatever was sent (422); the outcome must be one the engine allows (422).
     */
    public static void checkEvaluation(Set<Exclusion> exclusions, Map<MitigatingCondition, String> conditions, Outcome outcome,
                                       List<Outcome> allowed) {
        if (outcome == null) {
            throw AccountabilityException.invalid("outcome", "field.required");
        }
        conditions.forEach((condition, evidence) -> {
            if (evidence == null || evidence.isBlank()) {
                throw AccountabilityException.invalid("conditions." + condition.name() + ".evidence", "faultTolerance.evidenceRequired");
            }
        });
        if (!exclusions.isEmpty() && TOLERANCE.contains(outcome)) {
            throw new AccountabilityException(ErrorCode.RULE_REFUSED, "faultTolerance.excluded", "outcome",
                    List.copyOf(exclusions));
        }
        if (!allowed.contains(outcome)) {
            throw new AccountabilityException(ErrorCode.RULE_REFUSED, "faultTolerance.outcomeNotAllowed", "outcome", outcome);
        }
    }
}
