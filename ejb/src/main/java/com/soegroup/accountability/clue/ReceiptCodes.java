package com.soegroup.accountability.clue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt codes of anonymous reports: 160 random bits written as 32 base-32 letters and digits in groups of
 * four; only the SHA-256 of the normalised code is stored, so the table cannot give a code back.
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    public static String generate() {
        byte[] bits = new byte[20];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder();
        long buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            held += 8;
            while (held >= 5) {
                held -= 5;
                code.append(ALPHABET.charAt((int) (buffer >> held) & 31));
            }
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append('-');
            }
            grouped.append(code.charAt(i));
        }
        return grouped.toString();
    }

    /** As typed: case, spaces and dashes do not matter; anything else makes it no code at all (null). */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return code.matches("[A-Z2-7]{32}") ? code : null;
    }

    public static String hash(String normalised) {
        return Attachments.sha256(normalised.getBytes(StandardCharsets.US_ASCII));
    }
}
