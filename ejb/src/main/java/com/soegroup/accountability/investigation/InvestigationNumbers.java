package com.soegroup.accountability.investigation;

import java.util.Locale;
import java.util.regex.Pattern;

/** The case number of an investigation: {@code <handling unit code>-DC-<year>-<serial, 4 digits or more>}. */
public final class InvestigationNumbers {

    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{2,20}-DC-\\d{4}-\\d{4,9}");

    private InvestigationNumbers() {
    }

    public static String format(String enterpriseCode, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        return String.format(Locale.ROOT, "%s-DC-%04d-%04d", enterpriseCode, year, serial);
    }

    public static boolean looksValid(String caseNo) {
        return caseNo != null && FORMAT.matcher(caseNo).matches();
    }
}
