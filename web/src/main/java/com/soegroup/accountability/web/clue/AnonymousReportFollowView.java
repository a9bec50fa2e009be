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
        status = null;
        status = reports.follow(receipt);
    }

    public void send() {
        status = reports.message(receipt, text);
        text = null;
    }

    public String getReceipt() { return receipt; }
    public void setReceipt(String receipt) { this.receipt = receipt; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public AnonymousReportService.Status getStatus() { return status; }
}
