package com.soegroup.accountability.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The numbered series and how their numbers read: {@code <enterprise code>-<prefix>-<year>-<serial, 4 digits or
 * more>}, e.g. {@code YBJT-XS-2026-0007}. The serials come from {@link Numbering}; the name of a constant is the
 * series of its counter rows, so it never changes.
 */
public enum NumberSeries {

    /** The unified ledger number of a clue (统一编号; XS: 线索). */
    CLUE("XS"),
    /** The case number of an investigation (DC: 调查). */
    INVESTIGATION("DC"),
    /** The number of a handling decision (JD: 决定). */
    DECISION("JD"),
    /** The number of a rectification task (ZG: 整改). */
    RECTIFICATION("ZG"),
    /** The number of a one-event-one-report (BG: 报告). */
    INCIDENT_REPORT("BG"),
    /** The number of a warning circular or a published handling result (TB: 通报). */
    CIRCULAR("TB"),
    /** The number of an annual work report (ND: 年度). */
    ANNUAL_REPORT("ND"),
    /** The number of a duty record of a major decision (LZ: 履职), shared by its versions. */
    DUTY_RECORD("LZ"),
    /** The number of a self-inspection campaign (ZC: 自查). */
    CAMPAIGN("ZC"),
    /** The number of a training record (PX: 培训). */
    TRAINING("PX");

    private final String prefix;
    private final Pattern pattern;

    NumberSeries(String prefix) {
        this.prefix = prefix;
        this.pattern = Pattern.compile("[A-Z0-9]{2,20}-" + prefix + "-\\d{4}-\\d{4,9}");
    }

    public String prefix() {
        return prefix;
    }

    public String format(String enterpriseCode, int year, int serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("serial " + serial);
        }
        return String.format(Locale.ROOT, "%s-%s-%04d-%04d", enterpriseCode, prefix, year, serial);
    }

    /** Whether the text is a number of this series exactly as stored. */
    public boolean matches(String number) {
        return number != null && pattern.matcher(number).matches();
    }

    /**
     * A number as a user typed it (blanks around, lower case) as it is stored; empty when it cannot be one of this
     * series, which is then not looked up at all.
     */
    public Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = typed.strip().toUpperCase(Locale.ROOT);
        return matches(number) ? Optional.of(number) : Optional.empty();
    }
}
