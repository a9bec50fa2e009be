package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

import java.util.Locale;

/**
 * A service's refusal as a message on the page, in the user's language, at the field when it names one.
 * Users never see an exception's own text.
 */
final class ClueMessages {

    private ClueMessages() {
    }

    static void show(AccountabilityException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ApiMessages.text(locale(faces), refusal.messageKey(), refusal.arguments());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** A failure that is not a refusal: a concurrent change reads as such, anything else as the general sentence. */
    static void show(EJBException failure) {
        boolean stale = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            stale |= t instanceof OptimisticLockException;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ApiMessages.text(locale(faces), (stale ? ErrorCode.STALE_VERSION : ErrorCode.INTERNAL_ERROR).bundleKey());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ApiMessages.text(locale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key, Object... arguments) {
        return ApiMessages.text(locale(FacesContext.getCurrentInstance()), key, arguments);
    }

    /** The session's language: during a view action the view root does not have it yet. */
    private static Locale locale(FacesContext faces) {
        return jakarta.enterprise.inject.spi.CDI.current().select(com.soegroup.accountability.web.shell.UserSession.class)
                .get().getLocale();
    }
}
