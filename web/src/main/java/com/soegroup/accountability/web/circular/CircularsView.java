package com.soegroup.accountability.web.circular;

import com.soegroup.accountability.circular.CircularDetail;
import com.soegroup.accountability.circular.CircularKind;
import com.soegroup.accountability.circular.CircularService;
import com.soegroup.accountability.circular.CircularState;
import com.soegroup.accountability.circular.CircularSummary;
import com.soegroup.accountability.circular.DecidedCase;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * 警示通报 (circular/circulars.xhtml): the circulars the caller may read, newest first (a recipient's unread ones
 * marked), filtered by state for the case roles; OFFICE drafts a new one from a decided case of its scope.
 */
@Named
@ViewScoped
public class CircularsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CircularService circulars;

    private CircularState state;
    private String caseNo;
    private CircularKind kind = CircularKind.WARNING;
    private String formToken = Submissions.newToken();

    // read again on every request: circulars are published and read by others meanwhile
    private transient List<CircularSummary> rows;
    private transient List<DecidedCase> draftable;

    public List<CircularSummary> getRows() {
        if (rows == null) {
            rows = Pages.readWhileWriting(() -> circulars.list(state), List.of());
        }
        return rows;
    }

    /** The decided cases OFFICE may draft from (the page shows the form to OFFICE only). */
    public List<DecidedCase> getDraftable() {
        if (draftable == null) {
            draftable = Pages.readWhileWriting(circulars::draftable, List.of());
        }
        return draftable;
    }

    public void filter() {
        rows = null;
    }

    public String draft() {
        CircularDetail created = circulars.draft(caseNo, kind, formToken);
        return "/circular/circular?faces-redirect=true&drafted=true&no=" + created.summary().circularNo();
    }

    public CircularState[] getStates() {
        return CircularState.values();
    }

    public CircularKind[] getKinds() {
        return CircularKind.values();
    }

    public CircularState getState() { return state; }
    public void setState(CircularState state) { this.state = state; }
    public String getCaseNo() { return caseNo; }
    public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
    public CircularKind getKind() { return kind; }
    public void setKind(CircularKind kind) { this.kind = kind; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String formToken) { this.formToken = formToken; }
}
