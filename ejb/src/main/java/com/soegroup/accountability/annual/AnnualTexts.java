package com.soegroup.accountability.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own sentences (Chinese: the report goes to the regulator), from {@code annual.properties}. */
final class AnnualTexts {

    static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.annual.annual", Locale.ROOT);

    private AnnualTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** An amount in yuan as offices write it: two decimals, no grouping. */
    static String yuan(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A count as text (MessageFormat would group thousands). */
    static String n(long count) {
        return Long.toString(count);
    }
}
