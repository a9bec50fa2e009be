package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * rules.md §5: "a decision outside the recommended range is allowed only with a written reason and, where it is
 * lighter, a fault-tolerance or mitigation basis" — where a choice stands against each row of the municipal set.
 */
class DecisionRulesTest {

    private static List<Measure> measures(String spaced) {
        return spaced == null || spaced.isBlank() ? List.of()
                : Arrays.stream(spaced.trim().split("\\s+")).map(Measure::valueOf).toList();
    }

    private static BigDecimal percent(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}/{4} → {10}")
    @CsvSource(nullValues = "-", textBlock = """
            # level, who,       measures,                 perf,  term, defer, end,   back, bar, permanent, expected
            # GENERAL D/S: 批评教育…诫勉, perf 0 – <50, nothing else
            GENERAL, DIRECT,     ADMONISHMENT,              30,    -,    false, false, -,    -,   false,     WITHIN
            GENERAL, DIRECT,     CRITICISM_EDUCATION,       -,     -,    false, false, -,    -,   false,     WITHIN
            GENERAL, DIRECT,     -,                         -,     -,    false, false, -,    -,   false,     LIGHTER
            GENERAL, DIRECT,     ADMONISHMENT,              50,    -,    false, false, -,    -,   false,     HEAVIER
            GENERAL, DIRECT,     DEMOTION,                  -,     -,    false, false, -,    -,   false,     HEAVIER
            GENERAL, SUPERVISORY, ADMONISHMENT,             -,     10,   false, false, -,    -,   false,     HEAVIER
            # GENERAL L: none prescribed
            GENERAL, LEADERSHIP, -,                         -,     -,    false, false, -,    -,   false,     WITHIN
            GENERAL, LEADERSHIP, CRITICISM_EDUCATION,       -,     -,    false, false, -,    -,   false,     HEAVIER
            # LARGER D/S: 通报批评…降职, 50–100 / 50–100, defer, end rights, hand back 2, bar 5
            LARGER,  DIRECT,     DEMOTION,                  50,    50,   true,  true,  2,    5,   false,     WITHIN
            LARGER,  DIRECT,     ADMONISHMENT SUSPENSION,   100,   100,  true,  true,  2,    5,   false,     WITHIN
            LARGER,  DIRECT,     WRITTEN_SELF_EXAMINATION,  50,    50,   true,  true,  2,    5,   false,     LIGHTER
            LARGER,  DIRECT,     DEMOTION,                  49.99, 50,   true,  true,  2,    5,   false,     LIGHTER
            LARGER,  DIRECT,     DEMOTION,                  50,    50,   false, true,  2,    5,   false,     LIGHTER
            LARGER,  DIRECT,     DEMOTION,                  50,    50,   true,  true,  1,    5,   false,     LIGHTER
            LARGER,  DIRECT,     DEMOTION,                  50,    50,   true,  true,  2,    3,   false,     LIGHTER
            LARGER,  DIRECT,     DISMISSAL,                 50,    50,   true,  true,  2,    5,   false,     HEAVIER
            LARGER,  DIRECT,     DEMOTION,                  50,    50,   true,  true,  2,    -,   true,      HEAVIER
            # a lighter and a heavier part at once: lighter, since that is what needs a basis
            LARGER,  DIRECT,     DISMISSAL,                 40,    50,   true,  true,  2,    5,   false,     LIGHTER
            # LARGER L: 30–70, bar 3, no hand back
            LARGER,  LEADERSHIP, TRANSFER,                  30,    70,   true,  true,  -,    3,   false,     WITHIN
            LARGER,  LEADERSHIP, TRANSFER,                  30,    70,   true,  true,  2,    3,   false,     HEAVIER
            # MAJOR D/S: 降职…禁入, 100/100, hand back 3, permanent bar
            MAJOR,   DIRECT,     DISMISSAL BAN,             100,   100,  true,  true,  3,    -,   true,      WITHIN
            MAJOR,   DIRECT,     DISMISSAL,                 100,   100,  true,  true,  3,    10,  false,     LIGHTER
            MAJOR,   DIRECT,     TRANSFER,                  100,   100,  true,  true,  3,    -,   true,      LIGHTER
            # MAJOR L: 调离…禁入, 70–100, bar 5; 改任非领导职务 is in the row
            MAJOR,   LEADERSHIP, NON_LEADERSHIP_POST,       70,    70,   true,  true,  3,    5,   false,     WITHIN
            MAJOR,   LEADERSHIP, SUSPENSION,                70,    70,   true,  true,  3,    5,   false,     LIGHTER
            """)
    void deviationAgainstTheMunicipalRow(LossLevel level, Responsibility who, String measures, String perf, String term,
                                         boolean defer, boolean end, Integer back, Integer bar, boolean permanent,
                                         Deviation expected) {
        SanctionRow row = RuleSetFixtures.yibin().sanctionRow(level, who);
        DecisionTerms chosen = new DecisionTerms(measures(measures), null, false, percent(perf), percent(term), defer, end,
                back, bar, permanent);

        assertEquals(expected, DecisionRules.deviation(chosen, row));
    }
}
