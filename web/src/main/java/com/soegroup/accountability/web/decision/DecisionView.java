package com.soegroup.accountability.web.decision;

import com.soegroup.accountability.decision.AppealDetail;
import com.soegroup.accountability.decision.AppealStatus;
import com.soegroup.accountability.decision.DecisionAppealService;
import com.soegroup.accountability.decision.DecisionData;
import com.soegroup.accountability.decision.DecisionDetail;
import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DecisionPayService;
import com.soegroup.accountability.decision.DecisionReferralService;
import com.soegroup.accountability.decision.DecisionReplacement;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.decision.DecisionTerms;
import com.soegroup.accountability.decision.ReferralDetail;
import com.soegroup.accountability.decision.ReferralKind;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * 处理决定 (decision/decision.xhtml?no=…): one decision — legality review, approval, serving and execution;
 * pay with other organs' deductions and recoveries; referrals; appeals; its papers. The decision service checks
 * scope, roles and every rule; this page only offers the forms.
 */
@Named
@ViewScoped
public class DecisionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @EJB
    private DecisionPayService pays;

    @EJB
    private DecisionReferralService referrals;

    @EJB
    private DecisionAppealService appeals;

    private String no;
    private DecisionDetail detail;
    private DecisionPay pay;

    private String reviewer;
    private LocalDate reviewedOn;
    private String opinion;
    private LocalDate stepDate;
    private String stepNote;
    private DecisionStatus pendingMove;
    private DeductionSource deductionSource = DeductionSource.PARTY_DISCIPLINE;
    private BigDecimal deductionAmount;
    private String deductionReference;
    private LocalDate recoveredOn;
    private BigDecimal recoveredAmount;
    private String recoveryNote;
    private ReferralKind referralKind = ReferralKind.DISCIPLINARY;
    private String referralOrgan;
    private LocalDate referredOn;
    private String referralReference;
    private Long sanctionReferral;
    private String sanction;
    private LocalDate sanctionedOn;
    private Integer influenceMonths;
    private LocalDate appealFiledOn;
    private String appealGrounds;
    private AppealStatus appealResult = AppealStatus.UPHELD;
    private LocalDate appealResultOn;
    private String appealReason;
    private Outcome newOutcome = Outcome.STANDARD;
    private Measure[] newMeasures = new Measure[0];
    private BigDecimal newPerformancePercent;
    private BigDecimal newTermPercent;
    private String newLegalReviewer;
    private String newLegalOpinion;

    /** A decision the service refuses shows nothing of it, only the refusal. */
    public void load() {
        detail = null;
        DecisionDetail read = decisions.detail(no);
        pay = pays.pay(no);
        LocalDate today = decisions.today();
        reviewedOn = reviewedOn == null ? today : reviewedOn;
        stepDate = stepDate == null ? today : stepDate;
        recoveredOn = recoveredOn == null ? today : recoveredOn;
        referredOn = referredOn == null ? today : referredOn;
        sanctionedOn = sanctionedOn == null ? today : sanctionedOn;
        appealFiledOn = appealFiledOn == null ? today : appealFiledOn;
        appealResultOn = appealResultOn == null ? today : appealResultOn;
        detail = read;
    }

    public void legalReview() {
        decisions.recordLegalReview(no, reviewer, reviewedOn, opinion, detail.version());
        reviewer = null;
        opinion = null;
        Pages.info("decision.done.legalReview", no);
        load();
    }

    /** Opens the confirmation of a step; the dialog takes the opinion (approval) or a note. */
    public void prepareMove(DecisionStatus to) {
        pendingMove = to;
    }

    /** The confirmed step; the opinion is kept in the decision's history. */
    public void confirmMove() {
        DecisionStatus to = pendingMove;
        decisions.transition(no, to, stepDate, stepNote, detail.version());
        pendingMove = null;
        stepNote = null;
        Pages.info("decision.done." + to.name(), no);
        load();
    }

    public void moveTo(DecisionStatus to) {
        run(() -> decisions.transition(no, to, stepDate, stepNote, detail.version()));
    }

    public void deduction() {
        run(() -> pays.recordDeduction(no, deductionSource, deductionAmount, deductionReference));
        deductionAmount = null;
        deductionReference = null;
    }

    public void recovery() {
        run(() -> pays.recordRecovery(no, recoveredOn, recoveredAmount, recoveryNote));
        recoveredAmount = null;
        recoveryNote = null;
    }

    public void refer() {
        run(() -> referrals.refer(no, referralKind, referralOrgan, referredOn, referralReference));
        referralOrgan = null;
        referralReference = null;
    }

    public void recordSanction(ReferralDetail referral) {
        run(() -> referrals.recordSanction(no, referral.id(), sanction, sanctionedOn, influenceMonths, referral.version()));
        sanction = null;
        influenceMonths = null;
    }

    public void fileAppeal() {
        run(() -> appeals.fileAppeal(no, appealFiledOn, appealGrounds));
        appealGrounds = null;
    }

    public void resolveAppeal(AppealDetail appeal) {
        DecisionReplacement replacement = appealResult != AppealStatus.CHANGED ? null
                : new DecisionReplacement(new DecisionData(newOutcome,
                new DecisionTerms(Arrays.asList(newMeasures), null, false, newPerformancePercent, newTermPercent,
                        false, false, null, null, false), detail.legalBasis(), detail.facts(), appealReason, null),
                newLegalReviewer, newLegalOpinion);
        run(() -> appeals.resolveAppeal(no, appeal.id(), appealResult, appealResultOn, appealReason, replacement,
                appeal.version()));
    }

    private void run(Supplier<?> action) {
        action.get();
        Pages.info("decision.saved");
        load();
    }

    public String apiUrl(String part) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/decisions/" + no + "/" + part;
    }

    public DecisionStatus getPendingMove() { return pendingMove; }

    public boolean openAppeal() {
        return detail != null && detail.appeals().stream().anyMatch(a -> a.status() == AppealStatus.FILED);
    }

    public List<DeductionSource> getDeductionSources() {
        return List.of(DeductionSource.PARTY_DISCIPLINE, DeductionSource.GOVERNMENT_DISCIPLINE);
    }
    public List<ReferralKind> getReferralKinds() { return List.of(ReferralKind.values()); }
    public List<AppealStatus> getAppealResults() { return List.of(AppealStatus.UPHELD, AppealStatus.CHANGED, AppealStatus.REVOKED); }
    public List<Outcome> getOutcomes() { return List.of(Outcome.values()); }
    public List<Measure> getAllMeasures() { return List.of(Measure.values()); }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public DecisionDetail getDetail() { return detail; }
    public DecisionPay getPay() { return pay; }
    public String getReviewer() { return reviewer; }
    public void setReviewer(String v) { this.reviewer = v; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { this.reviewedOn = v; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String v) { this.opinion = v; }
    public LocalDate getStepDate() { return stepDate; }
    public void setStepDate(LocalDate v) { this.stepDate = v; }
    public String getStepNote() { return stepNote; }
    public void setStepNote(String v) { this.stepNote = v; }
    public DeductionSource getDeductionSource() { return deductionSource; }
    public void setDeductionSource(DeductionSource v) { this.deductionSource = v; }
    public BigDecimal getDeductionAmount() { return deductionAmount; }
    public void setDeductionAmount(BigDecimal v) { this.deductionAmount = v; }
    public String getDeductionReference() { return deductionReference; }
    public void setDeductionReference(String v) { this.deductionReference = v; }
    public LocalDate getRecoveredOn() { return recoveredOn; }
    public void setRecoveredOn(LocalDate v) { this.recoveredOn = v; }
    public BigDecimal getRecoveredAmount() { return recoveredAmount; }
    public void setRecoveredAmount(BigDecimal v) { this.recoveredAmount = v; }
    public String getRecoveryNote() { return recoveryNote; }
    public void setRecoveryNote(String v) { this.recoveryNote = v; }
    public ReferralKind getReferralKind() { return referralKind; }
    public void setReferralKind(ReferralKind v) { this.referralKind = v; }
    public String getReferralOrgan() { return referralOrgan; }
    public void setReferralOrgan(String v) { this.referralOrgan = v; }
    public LocalDate getReferredOn() { return referredOn; }
    public void setReferredOn(LocalDate v) { this.referredOn = v; }
    public String getReferralReference() { return referralReference; }
    public void setReferralReference(String v) { this.referralReference = v; }
    public Long getSanctionReferral() { return sanctionReferral; }
    public void setSanctionReferral(Long v) { this.sanctionReferral = v; }
    public String getSanction() { return sanction; }
    public void setSanction(String v) { this.sanction = v; }
    public LocalDate getSanctionedOn() { return sanctionedOn; }
    public void setSanctionedOn(LocalDate v) { this.sanctionedOn = v; }
    public Integer getInfluenceMonths() { return influenceMonths; }
    public void setInfluenceMonths(Integer v) { this.influenceMonths = v; }
    public LocalDate getAppealFiledOn() { return appealFiledOn; }
    public void setAppealFiledOn(LocalDate v) { this.appealFiledOn = v; }
    public String getAppealGrounds() { return appealGrounds; }
    public void setAppealGrounds(String v) { this.appealGrounds = v; }
    public AppealStatus getAppealResult() { return appealResult; }
    public void setAppealResult(AppealStatus v) { this.appealResult = v; }
    public LocalDate getAppealResultOn() { return appealResultOn; }
    public void setAppealResultOn(LocalDate v) { this.appealResultOn = v; }
    public String getAppealReason() { return appealReason; }
    public void setAppealReason(String v) { this.appealReason = v; }
    public Outcome getNewOutcome() { return newOutcome; }
    public void setNewOutcome(Outcome v) { this.newOutcome = v; }
    public Measure[] getNewMeasures() { return newMeasures; }
    public void setNewMeasures(Measure[] v) { this.newMeasures = v == null ? new Measure[0] : v; }
    public BigDecimal getNewPerformancePercent() { return newPerformancePercent; }
    public void setNewPerformancePercent(BigDecimal v) { this.newPerformancePercent = v; }
    public BigDecimal getNewTermPercent() { return newTermPercent; }
    public void setNewTermPercent(BigDecimal v) { this.newTermPercent = v; }
    public String getNewLegalReviewer() { return newLegalReviewer; }
    public void setNewLegalReviewer(String v) { this.newLegalReviewer = v; }
    public String getNewLegalOpinion() { return newLegalOpinion; }
    public void setNewLegalOpinion(String v) { this.newLegalOpinion = v; }
}
