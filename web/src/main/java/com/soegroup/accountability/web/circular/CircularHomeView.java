package com.soegroup.accountability.web.circular;

import com.soegroup.accountability.circular.CircularService;
import com.soegroup.accountability.circular.CircularSummary;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The home page's panel 警示通报: the published circulars the user receives, unread first, five of them. */
@Named
@ViewScoped
public class CircularHomeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 5;

    @EJB
    private CircularService circulars;

    // published and read by others meanwhile: read again on every request, not carried with the view
    private transient List<CircularSummary> received;

    public List<CircularSummary> getReceived() {
        if (received == null) {
            received = Pages.readWhileWriting(circulars::received, List.of());
        }
        return received;
    }

    public List<CircularSummary> getShown() {
        List<CircularSummary> all = getReceived();
        return all.size() > ROWS ? all.subList(0, ROWS) : all;
    }

    public long getUnread() {
        return getReceived().stream().filter(c -> !c.read()).count();
    }
}
