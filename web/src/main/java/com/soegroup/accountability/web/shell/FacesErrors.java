package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences for the pages: a service's refusal becomes a message in the user's language (never the
 * exception's text), and the views' own confirmations come from the same bundle.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(AccountabilityException refusal) {
        add(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments()));
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** The bundle's sentence for {@code key} in the view's language, with its arguments. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.internal");
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
