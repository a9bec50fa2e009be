package com.soegroup.accountability.web.decision;

import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DecisionPayService;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 扣减薪酬通知 (decision/pay-instructions.xhtml): HR's worklist of served decisions about people of its scope —
 * amounts to deduct or claw back, what was recovered, the instruction as PDF or worksheet — and nothing of the
 * case.
 */
@Named
@ViewScoped
public class PayInstructionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @EJB
    private DecisionPayService pays;

    // up to 200 lines: kept where read; read again with the same filter on the node the session moved to
    private transient List<DecisionPay> items;
    private boolean listed;
    private String text;
    private String selected;
    private LocalDate recoveredOn;
    private BigDecimal amount;
    private String note;

    /** The page's first list, read by its view action: a refusal is then shown on the page like any other. */
    public void load() {
        search();
    }

    public void search() {
        items = pays.payInstructions(text, 200);
        listed = true;
        recoveredOn = recoveredOn == null ? decisions.today() : recoveredOn;
    }

    public void recordRecovery() {
        pays.recordRecovery(selected, recoveredOn, amount, note);
        Pages.info("decision.saved");
        amount = null;
        note = null;
        search();
    }

    public String apiUrl(String decisionNo, String part) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/decisions/"
                + decisionNo + "/" + part;
    }

    public List<DecisionPay> getItems() {
        if (items == null && listed) {
            // a refusal (the caller's rights changed meanwhile) is shown once, with an empty list
            items = Pages.readWhileWriting(() -> pays.payInstructions(text, 200), List.of());
        }
        return items == null ? List.of() : items;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
    public LocalDate getRecoveredOn() { return recoveredOn; }
    public void setRecoveredOn(LocalDate recoveredOn) { this.recoveredOn = recoveredOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
