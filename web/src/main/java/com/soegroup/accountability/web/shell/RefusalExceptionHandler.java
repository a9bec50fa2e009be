package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The one place where a service's refusal thrown out of a backing bean (an action, a listener, a view action)
 * becomes a message on the page: its sentence in the user's language, validation marked failed, and the same
 * page rendered again with what the user typed. The refusal may arrive wrapped by the EL, Faces or the EJB
 * container; its cause chain is searched. Anything else, and a refusal while the page is already being
 * written (too late to keep it), goes on to the handlers this one wraps: PrimeFaces', which sends the user to
 * the error pages of web.xml, never a stack trace.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getResponseComplete() && faces.getViewRoot() != null) {
            boolean shown = false;
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                ExceptionQueuedEventContext event = queued.next().getContext();
                PhaseId phase = event.getPhaseId() == null ? faces.getCurrentPhaseId() : event.getPhaseId();
                AccountabilityException refusal = refusal(event.getException());
                if (refusal != null && keepsPage(phase)) {
                    queued.remove();
                    Pages.show(refusal);
                    shown = true;
                }
            }
            if (shown) {
                faces.renderResponse();
                renderSomeMessages(faces);
            }
        }
        getWrapped().handle();
    }

    /** The refusal in the cause chain of what was thrown, or null when there is none. */
    static AccountabilityException refusal(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof AccountabilityException refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** Before the response is written the page can still be rendered again with the message; while it is, no longer. */
    static boolean keepsPage(PhaseId phase) {
        return phase != PhaseId.RENDER_RESPONSE;
    }

    /**
     * An ajax request renders only what it names. Each page names its messages where an answer belongs (the
     * evidence page's upload answers beside the upload, say), so that choice stands; a request that renders no
     * messages at all gets the page's first (the growl of the layout) so that a refusal is never silent.
     */
    private static void renderSomeMessages(FacesContext faces) {
        PartialViewContext partial = faces.getPartialViewContext();
        if (!partial.isAjaxRequest() || partial.isRenderAll()) {
            return;
        }
        Collection<String> rendered = partial.getRenderIds();
        List<UIMessages> messages = new ArrayList<>();
        collect(faces.getViewRoot(), messages);
        for (UIMessages m : messages) {
            if (shows(faces, m, rendered)) {
                return;
            }
        }
        messages.stream().filter(RefusalExceptionHandler::rendered).findFirst().ifPresent(m -> rendered.add(m.getClientId(faces)));
    }

    private static void collect(UIComponent component, List<UIMessages> messages) {
        if (component instanceof UIMessages m) {
            messages.add(m);
        }
        for (Iterator<UIComponent> children = component.getFacetsAndChildren(); children.hasNext(); ) {
            collect(children.next(), messages);
        }
    }

    /** Whether the partial response renders these messages: they, or a component around them, are named, and all are rendered. */
    private static boolean shows(FacesContext faces, UIMessages messages, Collection<String> renderIds) {
        boolean named = false;
        for (UIComponent c = messages; c != null && !(c instanceof UIViewRoot); c = c.getParent()) {
            named |= renderIds.contains(c.getClientId(faces));
        }
        return named && rendered(messages);
    }

    private static boolean rendered(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }
}
