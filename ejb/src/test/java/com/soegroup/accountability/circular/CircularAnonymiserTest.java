package com.soegroup.accountability.circular;

import com.soegroup.accountability.circular.CircularAnonymiser.Leak;
import com.soegroup.accountability.circular.CircularAnonymiser.MaskKind;
import com.soegroup.accountability.circular.CircularAnonymiser.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircularAnonymiserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "张三, 张某",
            "李建国, 李某",
            "欧阳明华, 欧阳某",
            "司马光, 司马某",
            "' 王五 ', 王某",
            "John Smith, 某人",
            "张, 某人",
    })
    void persons(String name, String alias) {
        assertEquals(alias, CircularAnonymiser.person(name));
    }

    @ParameterizedTest(name = "depth {0} → {1}")
    @CsvSource({"0, 某集团", "1, 某集团所属某子公司", "2, 某集团所属某子公司下属企业", "4, 某集团所属某子公司下属企业"})
    void enterprises(int depth, String alias) {
        assertEquals(alias, CircularAnonymiser.enterprise(depth));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "造成损失1,234,567.89元。|造成损失约120万元。",
            "造成损失1234567.89元|造成损失约120万元",
            "预付38,600元|预付约3.9万元",
            "损失 9,999 元|损失 不足1万元",
            "涉及资金350万元|涉及资金约350万元",
            "涉及资金356.8万元|涉及资金约360万元",
            "损失2.35亿元|损失约2.4亿元",
            "损失123,456,789元|损失约1.2亿元",
            "2026年5月签订合同|2026年5月签订合同",
            "共3次会议，10,000元|共3次会议，约1万元",
    })
    void amounts(String text, String expected) {
        assertEquals(expected, CircularAnonymiser.apply(text, List.of()));
    }

    @Test
    void amountsOfOneYuanUnitAreGeneralisedToTwoSignificantFigures() {
        assertEquals("约120万元", CircularAnonymiser.amount(new BigDecimal("1234567.89")));
        assertEquals("约10万元", CircularAnonymiser.amount(new BigDecimal("99999")));
        assertEquals("不足1万元", CircularAnonymiser.amount(new BigDecimal("9999.99")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "身份证号510102198001011234|身份证号***",
            "证件51010219800101123X已核实|证件***已核实",
            "合同号1234567890123456789不是身份证|合同号1234567890123456789不是身份证",
    })
    void idNumbers(String text, String expected) {
        assertEquals(expected, CircularAnonymiser.apply(text, List.of()));
    }

    @Test
    void termsAreReplacedLongestFirst() {
        List<Term> terms = List.of(new Term("张三", "张某", MaskKind.PERSON), new Term("张三丰", "张某", MaskKind.PERSON),
                new Term("E1001", "***", MaskKind.EMPLOYEE_NO),
                new Term("示范建设投资有限公司", "某集团所属某子公司", MaskKind.ENTERPRISE));
        assertEquals("某集团所属某子公司张某（工号***）与张某",
                CircularAnonymiser.apply("示范建设投资有限公司张三丰（工号E1001）与张三", terms));
    }

    @Test
    void leaksAreNamedWithTheirKind() {
        List<Term> forbidden = List.of(new Term("张三", "张某", MaskKind.PERSON), new Term("E1001", "***", MaskKind.EMPLOYEE_NO),
                new Term("示范建设投资有限公司", "某集团所属某子公司", MaskKind.ENTERPRISE));
        assertEquals(Optional.of(new Leak(MaskKind.PERSON, "张三")), CircularAnonymiser.leak(List.of("标题", "张三违规"), forbidden));
        assertEquals(Optional.of(new Leak(MaskKind.EMPLOYEE_NO, "E1001")), CircularAnonymiser.leak(List.of("工号E1001"), forbidden));
        assertEquals(Optional.of(new Leak(MaskKind.ENTERPRISE, "示范建设投资有限公司")),
                CircularAnonymiser.leak(List.of("示范建设投资有限公司所属"), forbidden));
        assertEquals(Optional.of(new Leak(MaskKind.ID_NUMBER, "510102198001011234")),
                CircularAnonymiser.leak(List.of("号码510102198001011234"), forbidden));
        assertTrue(CircularAnonymiser.leak(List.of("张某违反规定，某集团所属某子公司损失约120万元"), forbidden).isEmpty());
    }

    @Test
    void anAnonymisedTextHasNoLeak() {
        List<Term> terms = List.of(new Term("李建国", "李某", MaskKind.PERSON), new Term("E2002", "***", MaskKind.EMPLOYEE_NO),
                new Term("示范能源有限公司", "某集团所属某子公司", MaskKind.ENTERPRISE));
        String text = CircularAnonymiser.apply("示范能源有限公司李建国（E2002，身份证510102198001011234）造成损失1,234,567.89元", terms);
        assertEquals("某集团所属某子公司李某（***，身份证***）造成损失约120万元", text);
        assertFalse(CircularAnonymiser.leak(List.of(text), terms).isPresent());
    }

    @Test
    void officeTermsAreReadOneALine() {
        List<Term> terms = CircularAnonymiser.parse("  天府大道项目 = 某项目\n\n成都\n天府大道项目=别的", MaskKind.ADDED);
        assertEquals(List.of(new Term("天府大道项目", "某项目", MaskKind.ADDED), new Term("成都", "***", MaskKind.ADDED)), terms);
        assertEquals("天府大道项目=某项目\n成都=***", CircularAnonymiser.format(terms));
    }
}
