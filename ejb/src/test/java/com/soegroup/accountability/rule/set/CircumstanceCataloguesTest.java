package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.RuleSetFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The circumstance catalogues table by table, against the seed (篇三 M§7–M§16, 篇四 O63 二). */
class CircumstanceCataloguesTest {

    private static final CircumstanceCatalogue MEASURES = CircumstanceCatalogues.MEASURES_2020;
    private static final CircumstanceCatalogue O63 = CircumstanceCatalogues.O63_2016;

    // --- the municipal set: 《实施办法》 第七条 – 第十六条 ------------------------------------------------------

    @Test
    void measuresListArticlesSevenToSixteenWithTheSeedsItemCounts() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        MEASURES.articles().forEach(a -> counts.put(a.number(), a.items().size()));
        assertEquals(Map.of(7, 5, 8, 6, 9, 8, 10, 8, 11, 8, 12, 7, 13, 6, 14, 7, 15, 7, 16, 1), counts);
        assertEquals(List.of(7, 8, 9, 10, 11, 12, 13, 14, 15, 16), List.copyOf(counts.keySet()));
        assertEquals(63, MEASURES.all().size());
    }

    @Test
    void measuresNumberItemsAsTheSeedAndArticleSixteenStandsWhole() {
        for (CircumstanceArticle article : MEASURES.articles()) {
            if (article.number() == 16) {
                assertEquals(0, article.items().get(0).number());
                continue;
            }
            for (int i = 0; i < article.items().size(); i++) {
                assertEquals(i + 1, article.items().get(i).number(), "第" + article.number() + "条 item " + i);
            }
        }
    }

    @ParameterizedTest(name = "M§{0}: {1}")
    @CsvSource(textBlock = """
            7,  GROUP_CONTROL
            8,  RISK_MANAGEMENT
            9,  PURCHASE_SALES
            10, CONSTRUCTION
            11, FIXED_ASSET_INVESTMENT
            12, INVESTMENT_MERGER
            13, TRANSFER
            14, FUNDS
            15, RESTRUCTURING
            16, OTHER
            """)
    void measuresArticlesAreTheSeedsAreas(int article, CircumstanceArea area) {
        assertEquals(area, MEASURES.articles().stream().filter(a -> a.number() == article).findFirst().orElseThrow().area());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7-1  | 违反规定程序或超越权限决定、批准和组织实施重大经营投资事项，或决定、批准和组织实施的重大经营投资事项违反党和国家方针政策、决策部署以及国家和公司章程有关规定。
            8-5  | 恶意逃废金融债务。
            9-3  | 违反规定开展融资性贸易业务或“空转”“走单”等虚假贸易业务。
            10-7 | 违反规定分包等。
            11-8 | 违反规定开展列入负面清单的投资项目。
            12-3 | 未按规定履行决策和审批程序，决策未充分考虑重大风险因素，未制定风险防范预案。
            13-6 | 未按规定进场交易。
            14-3 | 设立“小金库”。
            15-4 | 将国有资产以明显不公允低价折股、出售或无偿分给其他单位或个人。
            16-0 | 其他违反规定，未履行或未正确履行职责造成国有资产损失或其他严重不良后果应当进行责任追究的情形。
            """)
    void measuresTextsAreCopiedFromTheSeed(String code, String text) {
        assertEquals(text, MEASURES.find(code).orElseThrow().text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12-3 | 违反《实施办法》第十二条第（三）项（违规决策、未制定风险防范预案）
            7-5  | 违反《实施办法》第七条第（五）项（拒绝或拖延监管整改要求）
            10-8 | 违反《实施办法》第十条第（八）项（超计价、超进度付款）
            16-0 | 违反《实施办法》第十六条（其他造成损失或严重后果的情形）
            """)
    void measuresAreCitedInChineseNumeralsAsTheSeedWritesThem(String code, String citation) {
        assertEquals(citation, MEASURES.find(code).orElseThrow().citation());
    }

    // --- the central set: 国办发〔2016〕63号 二 (一)–(十) ------------------------------------------------------

    @Test
    void opinionsListTheTenParagraphsOfPartTwoWithTheirClauses() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        O63.articles().forEach(a -> counts.put(a.number(), a.items().size()));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), List.copyOf(counts.keySet()));
        assertEquals(Map.of(1, 3, 2, 7, 3, 6, 4, 5, 5, 7, 6, 7, 7, 7, 8, 7, 9, 5, 10, 1), counts);
    }

    @Test
    void opinionsKeepNotExercisingShareholderRightsUnderInvestmentAsTheSeedHasIt() {
        Circumstance rights = O63.find("6-6").orElseThrow();
        assertEquals(CircumstanceArea.INVESTMENT_MERGER, rights.area());
        assertEquals("投资参股后未行使股东权利，发生重大变化未及时采取止损措施", rights.text());
        assertEquals("违反《关于建立国有企业违规经营投资责任追究制度的意见》（国办发〔2016〕63号）第二部分第（六）项"
                + "（投资参股后未行使股东权利）", rights.citation());
        assertEquals("其他违反规定，应当追究责任的情形。", O63.find("10-0").orElseThrow().text());
        assertEquals("设立“小金库”", O63.find("8-2").orElseThrow().text());
    }

    // --- both ------------------------------------------------------------------------------------------------

    @Test
    void everyCatalogueCoversEveryAreaOnceWithTextsAndShortNames() {
        for (CircumstanceCatalogue catalogue : CircumstanceCatalogues.all()) {
            assertEquals(EnumSet.allOf(CircumstanceArea.class),
                    catalogue.articles().stream().map(CircumstanceArticle::area).collect(Collectors.toSet()), catalogue.code());
            assertEquals(CircumstanceArea.values().length, catalogue.articles().size(), catalogue.code());
            for (Circumstance c : catalogue.all()) {
                assertFalse(c.text().isBlank(), c.code());
                assertTrue(c.shortName().length() <= 20, c.code() + " short name too long: " + c.shortName());
                assertTrue(c.text().length() > 3, c.code());
                assertEquals(c, catalogue.find(c.code()).orElseThrow());
            }
            Set<String> codes = catalogue.all().stream().map(Circumstance::code).collect(Collectors.toSet());
            assertEquals(catalogue.all().size(), codes.size(), catalogue.code() + " has a code twice");
        }
    }

    @ParameterizedTest(name = "\"{0}\" names nothing")
    @CsvSource(nullValues = "-", textBlock = """
            -
            ''
            12
            12-9
            17-1
            a-b
            12-3-1
            """)
    void aCodeTheCatalogueDoesNotListFindsNothing(String code) {
        assertTrue(MEASURES.find(code).isEmpty());
    }

    @Test
    void theShippedSetsNameTheirCatalogues() {
        assertEquals(MEASURES, RuleSetFixtures.yibin().circumstances().orElseThrow());
        assertEquals(O63, RuleSetFixtures.central().circumstances().orElseThrow());
    }

    @Test
    void aSetNamingAnUnknownCatalogueIsInconsistent() {
        RuleSet yibin = RuleSetFixtures.yibin();
        RuleInputException e = assertThrows(RuleInputException.class, () -> new RuleSet(yibin.code(), yibin.issuer(),
                yibin.title(), yibin.effectiveFrom(), yibin.filingDate(), yibin.status(), yibin.tablesReviewed(),
                yibin.lossLevels(), yibin.sanctions(), yibin.effects(), yibin.ban(), yibin.clawBack(), yibin.articles(),
                yibin.reporting(), "NO-SUCH"));
        assertEquals(RuleInputException.RULE_SET_INCONSISTENT, e.bundleKey());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            1,  一
            7,  七
            10, 十
            12, 十二
            16, 十六
            20, 二十
            41, 四十一
            """)
    void chineseNumerals(int number, String text) {
        assertEquals(text, ChineseNumerals.of(number));
    }
}
