package com.soegroup.accountability.web.recovery;

import com.soegroup.accountability.recovery.RecoveryData;
import com.soegroup.accountability.recovery.RecoveryEventDetail;
import com.soegroup.accountability.recovery.RecoveryMethod;
import com.soegroup.accountability.recovery.RecoveryOverview;
import com.soegroup.accountability.recovery.RecoveryService;
import com.soegroup.accountability.recovery.RecoveryWriteOffService;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * 追损 (recovery/recovery.xhtml?no=…): a case's recovery — the figures, the events with their reversals, HR's pay
 * claw-backs, recording a recovery, the quarterly follow-up and the write-off of the balance (the office asks,
 * LEADER approves or refuses with an opinion). Talks to the recovery services only; a refusal shows its sentence.
 */
@Named
@ViewScoped
public class RecoveryCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecoveryService recoveries;

    @EJB
    private RecoveryWriteOffService writeOffs;

    private String no;
    private RecoveryOverview overview;

    private Long itemId;
    private LocalDate recoveredOn;
    private BigDecimal amount;
    private RecoveryMethod method;
    private String reference;
    private String evidence;
    private Long[] evidenceFiles = new Long[0];

    private RecoveryEventDetail reversing;
    private String reason;
    private String note;
    private Boolean approving;
    private String opinion;

    /** A case the service refuses shows nothing but the refusal. */
    public void load() {
        overview = null;
        overview = recoveries.overview(no);
    }

    public void record() {
        overview = recoveries.record(no, new RecoveryData(itemId, recoveredOn, amount, method, reference, evidence,
                Arrays.asList(evidenceFiles)));
        Pages.info("recovery.page.recorded");
        itemId = null;
        recoveredOn = null;
        amount = null;
        method = null;
        reference = null;
        evidence = null;
        evidenceFiles = new Long[0];
    }

    public void prepareReversal(RecoveryEventDetail event) {
        reversing = event;
        reason = null;
    }

    public void reverse() {
        overview = recoveries.reverse(no, reversing == null ? -1 : reversing.id(), reason);
        Pages.info("recovery.page.reversalRecorded");
        reversing = null;
        reason = null;
    }

    public void followUp() {
        overview = writeOffs.followUp(no, note, overview.version());
        Pages.info("recovery.page.followedUp");
        note = null;
    }

    public void requestIrrecoverable() {
        overview = writeOffs.requestIrrecoverable(no, reason, overview.version());
        Pages.info("recovery.page.requested");
        reason = null;
    }

    public void prepareDecision(boolean approve) {
        approving = approve;
        opinion = null;
    }

    public void decide() {
        overview = writeOffs.decideIrrecoverable(no, Boolean.TRUE.equals(approving), opinion, overview.version());
        Pages.info(Boolean.TRUE.equals(approving) ? "recovery.page.approved" : "recovery.page.refused");
        approving = null;
        opinion = null;
    }

    /** Every method but the claw-back, which HR records under the decision. */
    public List<RecoveryMethod> getMethods() {
        return Arrays.stream(RecoveryMethod.values()).filter(m -> m != RecoveryMethod.PAY_CLAWBACK).toList();
    }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public RecoveryOverview getOverview() { return overview; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long v) { itemId = v; }
    public LocalDate getRecoveredOn() { return recoveredOn; }
    public void setRecoveredOn(LocalDate v) { recoveredOn = v; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public RecoveryMethod getMethod() { return method; }
    public void setMethod(RecoveryMethod v) { method = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public Long[] getEvidenceFiles() { return evidenceFiles; }
    public void setEvidenceFiles(Long[] v) { evidenceFiles = v == null ? new Long[0] : v; }
    public RecoveryEventDetail getReversing() { return reversing; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Boolean getApproving() { return approving; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String v) { opinion = v; }
}
