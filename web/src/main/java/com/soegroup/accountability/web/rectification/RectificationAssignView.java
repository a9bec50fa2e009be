package com.soegroup.accountability.web.rectification;

import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.EnterpriseSummary;
import com.soegroup.accountability.rectification.RectificationData;
import com.soegroup.accountability.rectification.RectificationDetail;
import com.soegroup.accountability.rectification.RectificationDraft;
import com.soegroup.accountability.rectification.RectificationMeasure;
import com.soegroup.accountability.rectification.RectificationService;
import com.soegroup.accountability.rectification.RectificationSource;
import com.soegroup.accountability.shared.Submissions;
import com.soegroup.accountability.web.org.Pick;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 发起整改 (rectification/assign.xhtml[?case=…|?decision=…]): OFFICE assigns a task. From a concluded case or a
 * decision the form starts from the report's rectification proposals, the owner enterprise and the clues it will
 * hold open; otherwise from a self-inspection or a regulator's request with its reference.
 */
@Named
@ViewScoped
public class RectificationAssignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RectificationService rectifications;

    @EJB
    private EnterpriseService enterprises;

    // the scope's enterprise tree (hundreds of lines): read again where the session is, not carried with it
    private transient List<EnterpriseSummary> enterpriseOptions;
    private String caseNo;
    private String decisionNo;
    private RectificationDraft draft;
    private RectificationSource source = RectificationSource.REGULATOR_REQUEST;
    private String reference;
    private String enterprise;
    private String department;
    private Pick responsible;
    private Pick liaison;
    private RectificationMeasure measure = RectificationMeasure.RULE_REVISION;
    private String requirement;
    private String fixes;
    private LocalDate deadline;
    private String formToken = Submissions.newToken();

    /** Reads the case or decision it starts from, if any; a refusal shows instead of the form. */
    public void load() {
        if (deadline == null) {
            deadline = rectifications.defaultDeadline();
        }
        boolean fromCase = caseNo != null && !caseNo.isBlank();
        boolean fromDecision = decisionNo != null && !decisionNo.isBlank();
        if (draft == null && (fromCase || fromDecision)) {
            draft = rectifications.draft(caseNo, decisionNo);
            source = draft.source();
            enterprise = draft.enterprise();
            requirement = draft.requirement();
            if (draft.responsible() != null) {
                responsible = new Pick(draft.responsible(), draft.responsibleName(), null);
            }
        }
    }

    public String save() {
        RectificationDetail created = rectifications.create(new RectificationData(source,
                draft == null ? null : draft.caseNo(), draft == null ? null : draft.decisionNo(), reference, enterprise,
                department, responsible == null ? null : responsible.key(), liaison == null ? null : liaison.key(), measure,
                requirement, fixes, deadline), formToken);
        return "/rectification/task?faces-redirect=true&created=true&no=" + created.summary().rectificationNo();
    }

    public boolean isFromCase() {
        return draft != null;
    }

    public List<RectificationSource> getSourceOptions() {
        return List.of(RectificationSource.SELF_INSPECTION, RectificationSource.REGULATOR_REQUEST);
    }

    public RectificationMeasure[] getMeasureOptions() { return RectificationMeasure.values(); }

    public List<EnterpriseSummary> getEnterpriseOptions() {
        if (enterpriseOptions == null) {
            enterpriseOptions = enterprises.tree();
        }
        return enterpriseOptions;
    }

    public String getFormToken() { return formToken; }
    public void setFormToken(String formToken) { this.formToken = formToken; }
    public String getCaseNo() { return caseNo; }
    public void setCaseNo(String v) { this.caseNo = v; }
    public String getDecisionNo() { return decisionNo; }
    public void setDecisionNo(String v) { this.decisionNo = v; }
    public RectificationDraft getDraft() { return draft; }
    public RectificationSource getSource() { return source; }
    public void setSource(RectificationSource v) { this.source = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { this.reference = v; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String v) { this.enterprise = v; }
    public String getDepartment() { return department; }
    public void setDepartment(String v) { this.department = v; }
    public Pick getResponsible() { return responsible; }
    public void setResponsible(Pick v) { this.responsible = v; }
    public Pick getLiaison() { return liaison; }
    public void setLiaison(Pick v) { this.liaison = v; }
    public RectificationMeasure getMeasure() { return measure; }
    public void setMeasure(RectificationMeasure v) { this.measure = v; }
    public String getRequirement() { return requirement; }
    public void setRequirement(String v) { this.requirement = v; }
    public String getFixes() { return fixes; }
    public void setFixes(String v) { this.fixes = v; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate v) { this.deadline = v; }
}
