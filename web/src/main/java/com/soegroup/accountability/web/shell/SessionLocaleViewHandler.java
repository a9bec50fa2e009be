package com.soegroup.accountability.web.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view starts in the language of the session ({@link UserSession}), not the browser's: the layout's
 * {@code <f:view locale>} applies only once the whole view is built, after a page's view action has run, so a
 * refusal shown by a view action (a case not found, say) came in the browser's language before.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Locale locale = context.getApplication().evaluateExpressionGet(context, "#{userSession.locale}", Locale.class);
        return locale != null ? locale : super.calculateLocale(context);
    }
}
