package com.soegroup.accountability.rule.set;

/** Numbers as the regulations write them in article and item references: 七, 十, 十二, 二十, 四十一. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 1–99; the sources number nothing higher. */
    public static String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("not between 1 and 99: " + number);
        }
        int tens = number / 10;
        int units = number % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return units == 0 ? text : text + DIGITS.charAt(units);
    }
}
