package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.preference.PreferenceService;
import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.CallerService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * What stays with a signed-in user for the whole session: who they are and the language they chose.
 * Session scoped because both hold for every page until sign-out.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CallerService callers;

    @EJB
    private PreferenceService preferences;

    private Caller caller;
    private Locale locale;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean signedIn = faces != null && faces.getExternalContext().getUserPrincipal() != null;
            locale = signedIn ? preferences.preferredLocale().orElse(Locale.SIMPLIFIED_CHINESE) : Locale.SIMPLIFIED_CHINESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language for this session and remembers it for the next sign-in. */
    public void switchLanguage(String languageTag) {
        Locale chosen = "en".equals(languageTag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        preferences.choose(chosen);
        locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }
}
