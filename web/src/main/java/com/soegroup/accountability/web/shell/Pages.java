package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** What backing beans need of the page: a sentence from the bundle, and a refusal shown as a message. */
public final class Pages {

    private Pages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.internal");
        }
    }

    /** Shows the sentence of a refusal; for bad input, next to the field when the page names it. */
    public static void show(AccountabilityException refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(refusal.messageKey(), refusal.arguments()), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
