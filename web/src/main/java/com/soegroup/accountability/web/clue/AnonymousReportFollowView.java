package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.AnonymousReportService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** 举报查询 (report/follow.xhtml, no sign-in): the status of a report and its messages, by receipt code. */
@Named
@ViewScoped
public class AnonymousReportFollowView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnonymousReportService reports;

    private String receipt;
    private String text;
    private AnonymousReportService.Status status;

    /** A receipt code the service refuses shows no status, only the refusal. */
    public void follow() {
        if (!PublicForm.nonceReturned()) {
            PublicForm.reload();
            return;
        }
        status = null;
        status = reports.follow(receipt, PublicForm.client());
    }

    public void send() {
        if (!PublicForm.nonceReturned()) {
            PublicForm.reload();
            return;
        }
        status = reports.message(receipt, text, PublicForm.client());
        text = null;
    }

    /** PrimeFaces' script nonce, also in a field of the form: the page works without scripts. */
    public String getNonce() {
        return PublicForm.nonce();
    }

    public String getReceipt() { return receipt; }
    public void setReceipt(String receipt) { this.receipt = receipt; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public AnonymousReportService.Status getStatus() { return status; }
}
