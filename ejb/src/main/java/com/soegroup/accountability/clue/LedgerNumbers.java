package com.soegroup.accountability.clue;

import java.util.regex.Pattern;

/** The unified ledger number (统一编号) of a clue: {@code <enterprise code>-XS-<year>-<serial, 4 digits or more>}. */
public final class LedgerNumbers {

    /** What a ledger number may look like; anything else is not looked up at all. */
    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,20}-XS-\\d{4}-\\d{4,9}");

    private LedgerNumbers() {
    }

    public static String format(String enterpriseCode, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        return String.format(java.util.Locale.ROOT, "%s-XS-%04d-%04d", enterpriseCode, year, serial);
    }

    public static boolean looksValid(String ledgerNo) {
        return ledgerNo != null && FORMAT.matcher(ledgerNo).matches();
    }
}
