package com.soegroup.accountability.web.annual;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The Chinese names of the figures' bundle keys, whatever the page's language: the annual report's drafted sentences
 * and documents go to the regulator in Chinese.
 */
final class AnnualLabels {

    private AnnualLabels() {
    }

    static Function<String, String> chinese() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE, AnnualLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
