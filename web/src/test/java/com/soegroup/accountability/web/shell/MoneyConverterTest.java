package com.soegroup.accountability.web.shell;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts read as the pages wrote them with {@code <f:convertNumber pattern="#,##0.00"/>}, now with the bundle's unit. */
class MoneyConverterTest {

    @Test
    void yuanAreGroupedWithTwoDecimals() {
        assertEquals("1,200,000.00 元", MoneyConverter.format(new BigDecimal("1200000"), false, Locale.SIMPLIFIED_CHINESE, "元"));
        assertEquals("1,150,000.50 yuan", MoneyConverter.format(new BigDecimal("1150000.50"), false, Locale.ENGLISH, "yuan"));
        assertEquals("0.00 元", MoneyConverter.format(BigDecimal.ZERO, false, Locale.SIMPLIFIED_CHINESE, "元"));
        assertEquals("-12.30 元", MoneyConverter.format(new BigDecimal("-12.3"), false, Locale.SIMPLIFIED_CHINESE, "元"));
        assertEquals("880,000.00 元", MoneyConverter.format(880000L, false, Locale.SIMPLIFIED_CHINESE, "元"));
    }

    @Test
    void tenThousandsAreRoundedHalfUpToTwoDecimals() {
        assertEquals("120.00 万元", MoneyConverter.format(new BigDecimal("1200000.00"), true, Locale.SIMPLIFIED_CHINESE, "万元"));
        assertEquals("115.00 万元", MoneyConverter.format(new BigDecimal("1150000.50"), true, Locale.SIMPLIFIED_CHINESE, "万元"));
        assertEquals("0.01 万元", MoneyConverter.format(new BigDecimal("50"), true, Locale.SIMPLIFIED_CHINESE, "万元"));
        assertEquals("12,345.68 万元", MoneyConverter.format(new BigDecimal("123456750"), true, Locale.SIMPLIFIED_CHINESE, "万元"));
    }

    @Test
    void theFiguresAreThoseOfTheConverterThePagesUsedBefore() {
        // f:convertNumber with a pattern formats with a DecimalFormat of the view's locale; 万元 came from a bean
        // dividing by 10,000 half up to two decimals
        DecimalFormat before = new DecimalFormat("#,##0.00", new DecimalFormatSymbols(Locale.SIMPLIFIED_CHINESE));
        for (String amount : new String[]{"0.005", "0.015", "1234567.125", "999999999999.99", "35000.00"}) {
            BigDecimal yuan = new BigDecimal(amount);
            assertEquals(before.format(yuan) + " 元", MoneyConverter.format(yuan, false, Locale.SIMPLIFIED_CHINESE, "元"), amount);
            assertEquals(before.format(yuan.divide(new BigDecimal("10000"), 2, RoundingMode.HALF_UP)) + " 万元",
                    MoneyConverter.format(yuan, true, Locale.SIMPLIFIED_CHINESE, "万元"), amount);
        }
    }
}
