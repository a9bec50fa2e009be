package com.soegroup.accountability.api;

import com.soegroup.accountability.rule.BundleKeyed;
import jakarta.servlet.http.HttpServletRequest;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Sentences for API answers, from the same bundles as the pages, in the caller's language (Accept-Language);
 * Chinese unless English is asked for. A code among the arguments is written as its text in the bundle
 * ({@link BundleKeyed#texts}), never as its enum name.
 */
public final class ApiMessages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private ApiMessages() {
    }

    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    /**
     * For an answer written by a servlet or filter. Without an Accept-Language header the container offers the
     * server's default locale (English on most JVMs) as the caller's: that is not a choice, so Chinese.
     */
    public static Locale choose(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? CHINESE : choose(Collections.list(request.getLocales()));
    }

    /** The bundle of the language as a lookup: the text of a key, or null when it has none. */
    public static Function<String, String> bundle(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ApiMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return key -> bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, ApiMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(BundleKeyed.texts(arguments,
                    bundle::getString, locale.getLanguage().equals("zh") ? "、" : ", "));
        } catch (MissingResourceException e) {
            return bundle.getString("error.internal");
        }
    }
}
