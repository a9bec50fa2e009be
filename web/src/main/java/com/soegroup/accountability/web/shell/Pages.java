package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The one way backing beans speak to the user: a sentence from the bundle in the page's language (the session's,
 * see {@link SessionLocaleViewHandler}), and messages on the page. A refusal thrown out of a bean reaches
 * {@link #show} through {@link RefusalExceptionHandler}; beans call it themselves only where the handler cannot
 * keep the page (while it is being written).
 */
public final class Pages {

    private Pages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return sentence(faces.getApplication().getResourceBundle(faces, "msg"), faces.getViewRoot().getLocale(), key, arguments);
    }

    /** The bundle's sentence for the key with its arguments; the general sentence for a key the bundle lacks. */
    static String sentence(ResourceBundle bundle, Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return bundle.getString("error.internal");
        }
    }

    /** The sentence of a refusal, for the whole page; the page is kept as it is, with what the user typed. */
    public static void show(AccountabilityException refusal) {
        error(refusal.messageKey(), refusal.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * A read made while the page is written — a list read again on the node the session moved to — where the
     * exception handler can no longer keep the page: a refusal is shown, and the page shows {@code none}.
     */
    public static <T> T readWhileWriting(Supplier<T> read, T none) {
        try {
            return read.get();
        } catch (AccountabilityException refusal) {
            show(refusal);
            return none;
        }
    }

    public static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Answers the request with the 404 page: what a record outside the caller's scope looks like, as in the API. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
