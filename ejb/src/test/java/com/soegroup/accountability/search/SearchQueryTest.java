package com.soegroup.accountability.search;

import com.soegroup.accountability.shared.AccountabilityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    @Test
    void chineseTextIsOneWordAndBlanksOrPunctuationSeparateWords() {
        assertEquals(List.of("预付账款"), texts("  预付账款 "));
        assertEquals(List.of("预付", "担保", "PPP项目"), texts("预付，担保　PPP项目 预付"));
    }

    @Test
    void aWordWithADashIsANumberFromItsBeginningAndLettersWithDigitsMayBeAnEmployeeNumber() {
        SearchQuery.Word ledger = SearchQuery.parse("ybjs-xs-2026").words().get(0);
        assertTrue(ledger.number());
        assertEquals("YBJS-XS-2026%", ledger.prefix());
        SearchQuery.Word code = SearchQuery.parse("E1024").words().get(0);
        assertFalse(code.number());
        assertTrue(code.code());
        SearchQuery.Word chinese = SearchQuery.parse("预付").words().get(0);
        assertFalse(chinese.number() || chinese.code());
    }

    @Test
    void aSingleCharacterWordIsKeptBesideALongerOneButIsNoSearchAlone() {
        SearchQuery query = SearchQuery.parse("张 预付");
        assertEquals(2, query.words().size());
        assertFalse(query.words().get(0).indexed());
        assertEquals("search.query.tooShort", refusal("张"));
        assertEquals("search.query.tooShort", refusal("a b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void nothingToSearchIsRefused(String text) {
        assertEquals("search.query.empty", refusal(text));
        assertEquals("search.query.empty", refusal(null));
    }

    @Test
    void controlCharactersLongTextsAndManyWordsAreRefusedNamingQ() {
        assertEquals("search.query.control", refusal("预付\u0000账款"));
        assertEquals("search.query.tooLong", refusal("预".repeat(SearchQuery.MAX_LENGTH + 1)));
        assertEquals(SearchQuery.MAX_LENGTH, SearchQuery.parse("预".repeat(SearchQuery.MAX_LENGTH)).text().length());
        assertEquals("search.query.tooManyWords", refusal("一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛"));
        AccountabilityException e = assertThrows(AccountabilityException.class, () -> SearchQuery.parse("\u0001x"));
        assertEquals("q", e.field());
    }

    private static List<String> texts(String typed) {
        return SearchQuery.parse(typed).words().stream().map(SearchQuery.Word::text).toList();
    }

    private static String refusal(String typed) {
        return assertThrows(AccountabilityException.class, () -> SearchQuery.parse(typed)).messageKey();
    }
}
