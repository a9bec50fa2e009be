package com.soegroup.accountability.rule;

import com.soegroup.accountability.rule.effect.RestrictionKind;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Codes and bundle keys are shared with UI, database and API (api.md "Codes"): they must not drift. */
class BundleKeyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(textBlock = """
            LossLevel,           LossLevel.MAJOR
            Responsibility,      Responsibility.LEADERSHIP
            Measure,             Measure.NON_LEADERSHIP_POST
            Aggravating,         Aggravating.FOUND_BY_EXTERNAL_SUPERVISION
            Exclusion,           Exclusion.DEFIED_PROHIBITIONS
            MitigatingCondition, MitigatingCondition.SELF_REPORTED_OR_COOPERATED
            Outcome,             Outcome.EXEMPTED
            RestrictionKind,     RestrictionKind.NO_HIGHER_POST
            DeductionSource,     DeductionSource.GOVERNMENT_DISCIPLINE
            RuleSetStatus,       RuleSetStatus.IN_FORCE
            """)
    void bundleKeyIsTypeDotName(String type, String key) {
        String name = key.substring(key.indexOf('.') + 1);
        BundleKeyed code = switch (type) {
            case "LossLevel" -> LossLevel.valueOf(name);
            case "Responsibility" -> Responsibility.valueOf(name);
            case "Measure" -> Measure.valueOf(name);
            case "Aggravating" -> Aggravating.valueOf(name);
            case "Exclusion" -> Exclusion.valueOf(name);
            case "MitigatingCondition" -> MitigatingCondition.valueOf(name);
            case "Outcome" -> Outcome.valueOf(name);
            case "RestrictionKind" -> RestrictionKind.valueOf(name);
            case "DeductionSource" -> DeductionSource.valueOf(name);
            case "RuleSetStatus" -> RuleSetStatus.valueOf(name);
            default -> throw new IllegalArgumentException(type);
        };
        assertEquals(key, code.bundleKey());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            LossLevel,           GENERAL LARGER MAJOR
            Responsibility,      DIRECT SUPERVISORY LEADERSHIP
            Measure,             CRITICISM_EDUCATION WRITTEN_SELF_EXAMINATION CIRCULATED_CRITICISM ADMONISHMENT SUSPENSION TRANSFER DEMOTION NON_LEADERSHIP_POST ORDERED_RESIGNATION DISMISSAL BAN
            Aggravating,         FREQUENT_OR_SEVERE FOUND_BY_EXTERNAL_SUPERVISION FAILED_TO_CONTAIN CONCEALED OTHER_AGGRAVATING
            Exclusion,           DEFIED_ORDERS DEFIED_PROHIBITIONS IMPROPER_GAIN INTENT ARBITRARY
            MitigatingCondition, MINOR PUBLIC_PURPOSE_NO_GAIN NO_CLEAR_PROHIBITION EMERGENCY_RATIFIED RECOVERED_LOSS SELF_REPORTED_OR_COOPERATED OTHER_MITIGATING
            Outcome,             STANDARD HEAVIER ESCALATED LIGHTER MITIGATED EXEMPTED
            RestrictionKind,     NO_PROMOTION NO_POST NO_HIGHER_POST SOE_BAN DISCIPLINARY
            """)
    void codesInApiOrder(String type, String names) {
        Enum<?>[] constants = switch (type) {
            case "LossLevel" -> LossLevel.values();
            case "Responsibility" -> Responsibility.values();
            case "Measure" -> Measure.values();
            case "Aggravating" -> Aggravating.values();
            case "Exclusion" -> Exclusion.values();
            case "MitigatingCondition" -> MitigatingCondition.values();
            case "Outcome" -> Outcome.values();
            case "RestrictionKind" -> RestrictionKind.values();
            default -> throw new IllegalArgumentException(type);
        };
        assertEquals(names, String.join(" ", Arrays.stream(constants).map(Enum::name).toList()));
    }
}
