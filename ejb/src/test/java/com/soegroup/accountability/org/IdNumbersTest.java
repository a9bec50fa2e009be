package com.soegroup.accountability.org;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdNumbersTest {

    private static final String SECRET = "a-test-secret-of-enough-length";

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110105194912310021", "110105491231002", "E12345678", "H0123456701"})
    void plausibleNumbersPassExceptAWrongResidentCheckDigit(String number) {
        assertEquals(!number.equals("110105194912310021"), IdNumbers.isValid(number), number);
    }

    @Test
    void aMistypedDigitOfAResidentIdIsCaught() {
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertFalse(IdNumbers.isValid("11010519491231003X"));
        assertFalse(IdNumbers.isValid("110105194912310021"));
    }

    @Test
    void fullWidthCharactersAndBlanksAreNormalisedBeforeHashing() {
        IdNumbers ids = IdNumbers.withSecret(SECRET);
        String typedWithChineseInput = "１１０１０５ １９４９１２３１００２ｘ";

        assertEquals("11010519491231002X", IdNumbers.normalise(typedWithChineseInput));
        assertEquals(ids.hash("11010519491231002X"), ids.hash(typedWithChineseInput));
        assertEquals("002X", IdNumbers.lastFour(IdNumbers.normalise(typedWithChineseInput)));
    }

    @Test
    void theHashIsKeyedAndDoesNotContainTheNumber() {
        String hash = IdNumbers.withSecret(SECRET).hash("11010519491231002X");

        assertEquals(64, hash.length());
        assertFalse(hash.contains("1101051949"));
        assertNotEquals(hash, IdNumbers.withSecret(SECRET + "-other").hash("11010519491231002X"),
                "without the secret, the hash of a guessed number does not match");
    }

    @Test
    void aMissingOrShortSecretRefusesToHash() {
        assertThrows(IllegalStateException.class, () -> IdNumbers.withSecret(null));
        assertThrows(IllegalStateException.class, () -> IdNumbers.withSecret("short"));
    }
}
