package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.api.ClientAddress;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the two public pages (report/index.xhtml, report/follow.xhtml) share: the client's key for the form's limits,
 * and PrimeFaces' script nonce (web.xml, primefaces.CSP).
 * <p>
 * PrimeFaces checks on a postback that the nonce the page was written with comes back, but only while it writes
 * the answer, after the action has run: a report posted without it was saved and then its receipt, the one way to
 * follow it, was never shown. The action checks first ({@link #nonceReturned()}) and, without it, saves nothing and
 * sends the browser to the page afresh with a sentence saying so ({@link #reload()}). The pages also carry the nonce
 * in a hidden field of their own, so that they work without scripts (a browser in its safest mode), where
 * PrimeFaces' script would have added it.
 */
final class PublicForm {

    /** The request parameter PrimeFaces reads the nonce from, and the view-map key it keeps it under. */
    static final String NONCE = "primefaces.nonce";

    private PublicForm() {
    }

    /** The keyed hash of the address the request comes from (never the address). */
    static String client() {
        return ClientAddress.key((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** The nonce of the page being written. */
    static String nonce() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    /** Whether the postback brought back the nonce the page was written with (PrimeFaces' own check, done early). */
    static boolean nonceReturned() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object expected = view == null ? null : view.get(NONCE);
        String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (expected != null && !expected.equals(sent)) {
            return false;
        }
        try {
            nonce();
            return true;
        } catch (CspException e) {
            return false;
        }
    }

    /** Answers with the page afresh (a GET, which PrimeFaces gives a new nonce) and the sentence that it expired. */
    static void reload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId() + "?expired=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
