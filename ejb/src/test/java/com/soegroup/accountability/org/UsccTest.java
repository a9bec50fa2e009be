package com.soegroup.accountability.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91440300708461136T", "91330100799655058B", "9144030071526726XG", "91110000802100433B"})
    void realCodesOfWellKnownCompaniesPass(String code) {
        assertTrue(Uscc.isValid(code), code);
    }

    @Test
    void everySingleCharacterTypoIsCaught() {
        String good = "91440300708461136T";
        for (int i = 0; i < good.length(); i++) {
            for (char c : Uscc.ALPHABET.toCharArray()) {
                if (c == good.charAt(i)) {
                    continue;
                }
                String typo = good.substring(0, i) + c + good.substring(i + 1);
                assertFalse(Uscc.isValid(typo), typo);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91440300708461136", "91440300708461136T1", "9144030070846113IT", "91A40300708461136T",
            "91440300708461136t"})
    void wrongLengthLettersOutsideTheAlphabetAndLettersInTheAreaCodeFail(String code) {
        assertFalse(Uscc.isValid(code), code);
    }

    @Test
    void theCheckCharacterIsComputedFromTheFirstSeventeen() {
        assertEquals('T', Uscc.checkCharacter("91440300708461136"));
        assertEquals("91440300708461136T", Uscc.normalise("  91440300708461136t "));
    }
}
