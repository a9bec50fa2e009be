package com.soegroup.accountability.rule.set;

import com.soegroup.accountability.rule.RuleSetFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule sets per regulator: with the municipal and the central set both in force, an enterprise of the central SASAC
 * gets the central set and every other enterprise the municipal (default) one, whatever the dates.
 */
class RuleSetsPerInstitutionTest {

    private static final String CENTRAL_SASAC = "国务院国有资产监督管理委员会";
    private static final String CITY_SASAC = "示范市人民政府国有资产监督管理委员会";

    private static final List<RuleSet> BOTH_IN_FORCE = List.of(RuleSetFixtures.yibin(),
            RuleSetFixtures.withStatus(RuleSetFixtures.central(), "SASAC-46-2026", RuleSetStatus.IN_FORCE, LocalDate.of(2026, 1, 1)),
            RuleSetFixtures.withStatus(RuleSetFixtures.yibin(), "YB-2027-DRAFT", RuleSetStatus.DRAFT, LocalDate.of(2027, 1, 1)));
    private static final Map<String, String> SERVES = Map.of("SASAC-46-2026", CENTRAL_SASAC);

    @ParameterizedTest(name = "{0} / its parent {1} on {2} → {3}")
    @CsvSource(nullValues = "-", textBlock = """
            示范发展集团有限公司,                 示范市人民政府国有资产监督管理委员会, 2026-06-30, YB-SASAC-2020
            示范发展集团有限公司,                 示范市人民政府国有资产监督管理委员会, 2025-06-30, YB-SASAC-2020
            国务院国有资产监督管理委员会,         示范市人民政府国有资产监督管理委员会, 2026-06-30, SASAC-46-2026
            国务院国有资产监督管理委员会,         示范市人民政府国有资产监督管理委员会, 2025-12-31, -
            示范发展集团有限公司,                 国务院国有资产监督管理委员会,         2026-06-30, SASAC-46-2026
            -,                                    -,                                    2026-06-30, YB-SASAC-2020
            某省国资委,                           -,                                    2026-06-30, YB-SASAC-2020
            """)
    void eachEnterpriseGetsTheSetOfItsNearestRegulator(String own, String parent, LocalDate on, String expected) {
        List<String> chain = Arrays.asList(own, parent);
        assertEquals(expected, RuleSets.inForceOn(RuleSets.serving(BOTH_IN_FORCE, SERVES, chain), on)
                .map(RuleSet::code).orElse(null));
    }

    @ParameterizedTest(name = "without any set naming an institution, {0} gets the default sets")
    @CsvSource({CITY_SASAC, CENTRAL_SASAC})
    void withoutInstitutionsEverySetIsTheDefault(String institution) {
        assertEquals(BOTH_IN_FORCE, RuleSets.serving(BOTH_IN_FORCE, Map.of(), List.of(institution)));
    }

    @Test
    void noEnterpriseGetsTheDefaultSets() {
        assertEquals(List.of("YB-SASAC-2020", "YB-2027-DRAFT"),
                RuleSets.serving(BOTH_IN_FORCE, SERVES, List.of()).stream().map(RuleSet::code).toList());
    }
}
