package com.soegroup.accountability.decision;

import java.util.Locale;
import java.util.regex.Pattern;

/** The decision number: {@code <deciding unit code>-JD-<year>-<serial, 4 digits or more>} (JD: 决定). */
public final class DecisionNumbers {

    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,20}-JD-\\d{4}-\\d{4,9}");

    private DecisionNumbers() {
    }

    public static String format(String enterpriseCode, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        return String.format(Locale.ROOT, "%s-JD-%04d-%04d", enterpriseCode, year, serial);
    }

    public static boolean looksValid(String decisionNo) {
        return decisionNo != null && FORMAT.matcher(decisionNo).matches();
    }
}
