package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exemption lists (免责事项清单) per shipped rule set, table by table. */
class ExemptionListsTest {

    @Test
    void theCentralSetAdoptsOrderNo46sListMarkedNotYetReviewedWithItsSource() {
        RuleSet central = RuleSetFixtures.load(RuleSetFixtures.CENTRAL);
        ExemptionList list = central.exemptions().orElseThrow();
        assertEquals("O46-2026", list.code());
        assertFalse(list.reviewed(), "the seed does not hold the order's list: nobody has checked these entries");
        assertTrue(list.source().contains("国资委令第46号") && list.source().contains("待核"), list.source());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), list.matters().stream().map(ExemptionMatter::number).toList());
        assertEquals(List.of("O46-2026-1", "O46-2026-2", "O46-2026-3", "O46-2026-4", "O46-2026-5", "O46-2026-6"),
                list.matters().stream().map(m -> m.code(list)).toList());
        list.matters().forEach(m -> assertFalse(m.conditions().isEmpty(), m::matter));
        assertEquals(List.of("事后及时报告并经集体追认", "不存在主观故意或重大过失"), list.matter("O46-2026-5").orElseThrow().conditions());
    }

    @Test
    void theMunicipalSetAdoptsNoListBecauseItsSeedHasNone() {
        RuleSet municipal = RuleSetFixtures.load(RuleSetFixtures.YIBIN);
        assertTrue(municipal.exemptions().isEmpty());
        assertEquals(null, municipal.exemptionList());
    }

    @Test
    void aMatterIsFoundByItsCodeOnlyInItsOwnList() {
        ExemptionList list = ExemptionLists.O46_2026;
        assertEquals(2, list.matter("O46-2026-2").orElseThrow().number());
        assertTrue(list.matter("O46-2026-7").isEmpty(), "no seventh matter");
        assertTrue(list.matter("O46-2026-02").isEmpty(), "codes are written without leading zeros");
        assertTrue(list.matter("MEASURES-2020-2").isEmpty(), "another list's code");
        assertTrue(list.matter(null).isEmpty());
    }

    @Test
    void aDecisionCitesTheListAndTheMatterAsTheDocumentNamesThem() {
        ExemptionList list = ExemptionLists.O46_2026;
        assertEquals("《中央企业违规经营投资责任追究实施办法》（国资委令第46号）免责事项清单第5项（突发事件、紧急情况下为避免更大损失临时决策）",
                list.citation(list.matter("O46-2026-5").orElseThrow()));
    }

    @Test
    void aListNumbersItsMattersInOrderAndEachExemptsUnderSomeCondition() {
        ExemptionMatter first = new ExemptionMatter(1, "甲", List.of("条件"));
        ExemptionMatter third = new ExemptionMatter(3, "丙", List.of("条件"));
        assertThrows(RuleInputException.class, () -> new ExemptionList("X", "《X》", "来源", true, List.of(first, third)));
        assertThrows(RuleInputException.class, () -> new ExemptionMatter(2, "乙", List.of()));
    }

    @Test
    void aSetNamingAListThatDoesNotExistIsRefused() {
        RuleSet central = RuleSetFixtures.load(RuleSetFixtures.CENTRAL);
        assertThrows(RuleInputException.class, () -> new RuleSet(central.code(), central.issuer(), central.title(),
                central.effectiveFrom(), central.filingDate(), central.status(), central.tablesReviewed(), central.lossLevels(),
                central.sanctions(), central.effects(), central.ban(), central.clawBack(), central.articles(),
                central.reporting(), central.circumstanceCatalogue(), "NO-SUCH-LIST"));
    }
}
