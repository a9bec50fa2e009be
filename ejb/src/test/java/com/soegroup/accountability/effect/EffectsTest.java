package com.soegroup.accountability.effect;

import com.soegroup.accountability.rule.RuleSetFixtures;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.PromotionEffectRule;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision rows as stored → restrictions, under each decision's own rule set. */
class EffectsTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Effects.DecisionRow decision(String no, String measures, Integer banYears, boolean life,
                                                String periodStart, String servedOn, String endedOn) {
        return new Effects.DecisionRow(1, no, measures, banYears, life, "YB-SASAC-2020", day(periodStart),
                day(servedOn), endedOn == null ? null : day(endedOn), false);
    }

    @Test
    void everyMeasureOfADecisionAndEveryDisciplinaryPeriodNamesItsDecision() {
        List<Restriction> all = Effects.restrictions(
                List.of(decision("D-2", "CIRCULATED_CRITICISM,ADMONISHMENT,BAN", 5, false, "2026-01-10", "2026-01-10", null),
                        decision("D-1", null, null, false, "2025-03-01", "2025-03-01", null)),
                List.of(new Effects.DisciplinaryRow(1, "D-1", "YB-SASAC-2020", day("2025-04-01"), day("2027-04-01")),
                        new Effects.DisciplinaryRow(1, "D-2", "YB-SASAC-2020", day("2026-02-01"), day("2026-08-01"))),
                code -> RuleSetFixtures.yibin());

        assertEquals(List.of("DISCIPLINARY D-1 2025-04-01..2027-04-01", "NO_PROMOTION D-2 2026-01-10..2026-07-10",
                        "SOE_BAN D-2 2026-01-10..2031-01-10", "DISCIPLINARY D-2 2026-02-01..2026-08-01"),
                all.stream().map(r -> r.kind() + " " + r.reference() + " " + r.from() + ".." + r.eligibleFrom()).toList());

        // M§30 last clause: with two disciplinary periods, the longer one governs
        Eligibility later = PromotionEffectRule.eligibility(all, null, null, day("2026-12-01"));
        assertFalse(later.eligibleForPromotion());
        assertEquals(List.of("DISCIPLINARY", "SOE_BAN"), later.restrictions().stream().map(r -> r.kind().name()).sorted().toList());
        assertTrue(PromotionEffectRule.eligibility(all, null, null, day("2027-04-01")).eligibleForPromotion());
    }

    @Test
    void aBanWithoutItsTermIsDamagedDataAndSaysSo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Effects.of(
                decision("D-3", "BAN", null, false, "2026-01-10", "2026-01-10", null), RuleSetFixtures.yibin()));
        assertTrue(e.getMessage().contains("D-3"));
        assertEquals(List.of(Measure.DISMISSAL, Measure.BAN), Effects.measures("DISMISSAL, BAN"));
    }

    @Test
    void scopeConditionsBecomePositionalParametersInOrder() {
        Map<String, String> roots = new LinkedHashMap<>();
        roots.put("YBJS", "/1/2/");
        roots.put("YBNY", "/1/6/");
        Scope scope = new Scope("hr2", Set.of(Role.HR), "YBJS", roots, null);
        List<Object> values = new ArrayList<>();

        String sql = EffectQueries.positional(scope.within("pe.path"), values) + " OR "
                + EffectQueries.positional(scope.within("oe.path"), values);

        assertEquals("(pe.path LIKE ? OR pe.path LIKE ?) OR (oe.path LIKE ? OR oe.path LIKE ?)", sql);
        assertEquals(List.of("/1/2/%", "/1/6/%", "/1/2/%", "/1/6/%"), values);
    }
}
