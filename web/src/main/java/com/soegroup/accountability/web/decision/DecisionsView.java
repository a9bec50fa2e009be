package com.soegroup.accountability.web.decision;

import com.soegroup.accountability.decision.DecisionData;
import com.soegroup.accountability.decision.DecisionDetail;
import com.soegroup.accountability.decision.DecisionPage;
import com.soegroup.accountability.decision.DecisionProposal;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.decision.DecisionSummary;
import com.soegroup.accountability.decision.DecisionTerms;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * 处理决定 (decision/decisions.xhtml): the decisions of the caller's scope; OFFICE starts one from a concluded
 * case, with the engine's row beside the form and its light end pre-filled.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    // up to 200 lines: kept where read; read again with the same filter on the node the session moved to
    private transient DecisionPage page;
    private boolean listed;
    private String text;
    private DecisionStatus status;

    private String caseNo;
    private String blockerKey;
    private List<DecisionProposal> proposals = List.of();
    private String employeeNo;
    private Outcome outcome;
    private Measure[] measures = new Measure[0];
    private Integer banYears;
    private boolean banLifetime;
    private BigDecimal performanceSalaryPercent;
    private BigDecimal termIncentivePercent;
    private boolean deferPerformanceSalary;
    private boolean endUnexercisedRights;
    private Integer handBackYears;
    private Integer incentiveBarYears;
    private boolean incentiveBarPermanent;
    private String legalBasis;
    private String facts;
    private String reason;

    /** The page's first list, read by its view action: a refusal is then shown on the page like any other. */
    public void load() {
        search();
    }

    public void search() {
        page = decisions.list(status, text, 0, 200);
        listed = true;
    }

    private DecisionPage page() {
        if (page == null && listed) {
            // a refusal (the caller's rights changed meanwhile) is shown once, with an empty list
            page = Pages.readWhileWriting(() -> decisions.list(status, text, 0, 200), new DecisionPage(List.of(), 0));
        }
        return page == null ? new DecisionPage(List.of(), 0) : page;
    }

    /** The case named in the address ({@code ?case=…}, the concluded case's "拟定处理决定"), loaded at once. */
    public void loadCaseFromAddress() {
        if (caseNo != null && !caseNo.isBlank()) {
            loadCase();
        }
    }

    /**
     * The responsible people of the case with the engine's row for each; none for a case the service refuses,
     * and no form for a case not yet concluded (the page says why instead).
     */
    public void loadCase() {
        proposals = List.of();
        blockerKey = decisions.proposalBlocker(caseNo).orElse(null);
        if (blockerKey != null) {
            return;
        }
        proposals = decisions.proposals(caseNo);
        if (proposals.isEmpty()) {
            Pages.info("decisions.new.nobody");
        } else {
            choose(proposals.get(0).employeeNo());
        }
    }

    /** Fills the form from the chosen person's pre-filled decision. */
    public void choose(String employeeNo) {
        this.employeeNo = employeeNo;
        DecisionProposal p = proposal();
        if (p == null) {
            return;
        }
        DecisionData d = p.prefill();
        DecisionTerms t = d.terms();
        outcome = d.outcome();
        measures = t.measures().toArray(new Measure[0]);
        banYears = t.banYears();
        banLifetime = t.banLifetime();
        performanceSalaryPercent = t.performanceSalaryPercent();
        termIncentivePercent = t.termIncentivePercent();
        deferPerformanceSalary = t.deferPerformanceSalary();
        endUnexercisedRights = t.endUnexercisedRights();
        handBackYears = t.handBackYears();
        incentiveBarYears = t.incentiveBarYears();
        incentiveBarPermanent = t.incentiveBarPermanent();
        legalBasis = d.legalBasis();
        facts = d.facts();
        reason = null;
    }

    /** Fills the further pay terms (defer, end rights, hand back, bar) as the engine's row recommends them. */
    public void applyRecommendedTerms() {
        DecisionProposal p = proposal();
        if (p == null) {
            return;
        }
        deferPerformanceSalary = p.recommended().deferPerformanceSalary();
        endUnexercisedRights = p.recommended().endUnexercisedRights();
        handBackYears = p.recommended().handBackYears();
        incentiveBarYears = p.recommended().incentiveBarYears();
        incentiveBarPermanent = p.recommended().incentiveBarPermanent();
    }

    public void subjectChanged() {
        choose(employeeNo);
    }

    public String propose() {
        DecisionTerms terms = new DecisionTerms(Arrays.asList(measures), banYears, banLifetime, performanceSalaryPercent,
                termIncentivePercent, deferPerformanceSalary, endUnexercisedRights, handBackYears, incentiveBarYears,
                incentiveBarPermanent);
        DecisionDetail created = decisions.propose(caseNo, employeeNo,
                new DecisionData(outcome, terms, legalBasis, facts, reason, null));
        return "/decision/decision?faces-redirect=true&no=" + created.decisionNo();
    }

    public String getBlockerKey() { return blockerKey; }

    public DecisionProposal proposal() {
        return proposals.stream().filter(p -> p.employeeNo().equals(employeeNo)).findFirst().orElse(null);
    }

    public List<Measure> getAllMeasures() { return List.of(Measure.values()); }
    public List<DecisionStatus> getStatuses() { return List.of(DecisionStatus.values()); }

    public List<DecisionSummary> getItems() { return page().rows(); }
    public long getTotal() { return page().total(); }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public DecisionStatus getStatus() { return status; }
    public void setStatus(DecisionStatus status) { this.status = status; }
    public String getCaseNo() { return caseNo; }
    public void setCaseNo(String caseNo) { this.caseNo = caseNo; }
    public List<DecisionProposal> getProposals() { return proposals; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public Measure[] getMeasures() { return measures; }
    public void setMeasures(Measure[] measures) { this.measures = measures == null ? new Measure[0] : measures; }
    public Integer getBanYears() { return banYears; }
    public void setBanYears(Integer banYears) { this.banYears = banYears; }
    public boolean isBanLifetime() { return banLifetime; }
    public void setBanLifetime(boolean banLifetime) { this.banLifetime = banLifetime; }
    public BigDecimal getPerformanceSalaryPercent() { return performanceSalaryPercent; }
    public void setPerformanceSalaryPercent(BigDecimal v) { this.performanceSalaryPercent = v; }
    public BigDecimal getTermIncentivePercent() { return termIncentivePercent; }
    public void setTermIncentivePercent(BigDecimal v) { this.termIncentivePercent = v; }
    public boolean isDeferPerformanceSalary() { return deferPerformanceSalary; }
    public void setDeferPerformanceSalary(boolean v) { this.deferPerformanceSalary = v; }
    public boolean isEndUnexercisedRights() { return endUnexercisedRights; }
    public void setEndUnexercisedRights(boolean v) { this.endUnexercisedRights = v; }
    public Integer getHandBackYears() { return handBackYears; }
    public void setHandBackYears(Integer v) { this.handBackYears = v; }
    public Integer getIncentiveBarYears() { return incentiveBarYears; }
    public void setIncentiveBarYears(Integer v) { this.incentiveBarYears = v; }
    public boolean isIncentiveBarPermanent() { return incentiveBarPermanent; }
    public void setIncentiveBarPermanent(boolean v) { this.incentiveBarPermanent = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getFacts() { return facts; }
    public void setFacts(String facts) { this.facts = facts; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
