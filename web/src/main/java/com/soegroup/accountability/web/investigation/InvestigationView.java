package com.soegroup.accountability.web.investigation;

import com.soegroup.accountability.investigation.CaseAction;
import com.soegroup.accountability.investigation.CaseFindings;
import com.soegroup.accountability.investigation.EvaluationData;
import com.soegroup.accountability.investigation.EvidenceBasis;
import com.soegroup.accountability.investigation.FindingData;
import com.soegroup.accountability.investigation.FindingDetail;
import com.soegroup.accountability.investigation.FindingService;
import com.soegroup.accountability.investigation.HeadCircumstance;
import com.soegroup.accountability.investigation.InvestigationDetail;
import com.soegroup.accountability.investigation.InvestigationHistoryEntry;
import com.soegroup.accountability.investigation.InvestigationService;
import com.soegroup.accountability.investigation.InvestigationStatus;
import com.soegroup.accountability.investigation.JurisdictionData;
import com.soegroup.accountability.investigation.JurisdictionUnit;
import com.soegroup.accountability.investigation.MemberData;
import com.soegroup.accountability.investigation.TeamRole;
import com.soegroup.accountability.loss.LossItemData;
import com.soegroup.accountability.loss.LossItemDetail;
import com.soegroup.accountability.loss.LossKind;
import com.soegroup.accountability.loss.LossService;
import com.soegroup.accountability.loss.LossSummary;
import com.soegroup.accountability.report.InvestigationReportService;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.shared.IncidentReportLookup;
import com.soegroup.accountability.web.org.Pick;
import com.soegroup.accountability.web.rule.CircumstanceChoice;
import com.soegroup.accountability.web.shell.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 调查 (investigation/investigation.xhtml?no=…): one case — team and recusal, lifecycle, loss items and level,
 * findings, fault tolerance and its approval, the report and its text. The page talks to the investigation's
 * services only (investigation, its loss, its findings and its report), each of which checks scope, team and
 * recusal itself.
 */
@Named
@ViewScoped
public class InvestigationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InvestigationService investigations;
    @EJB
    private LossService losses;
    @EJB
    private FindingService findings;
    @EJB
    private InvestigationReportService reports;
    @EJB
    private CircumstanceService circumstanceCatalogue;
    @EJB
    private IncidentReportLookup incidentReports;

    private String no;
    private InvestigationDetail detail;
    private IncidentReportLookup.Link incidentReport;
    private LossSummary loss;
    private CaseFindings found;
    private List<InvestigationHistoryEntry> history = List.of();
    private InvestigationReportService.Text reportText;
    private String proposedHandling;
    private String rectification;

    // the step or approval awaiting confirmation in the dialog, with its opinion or reason
    private CaseAction pending;
    private String ftPendingSubject;
    private String ftPendingName;
    private int ftPendingVersion;
    private String opinion;
    private Long editingItem;
    private int editingVersion;
    private Long withdrawingItem;
    private int withdrawingVersion;
    private String withdrawingDescription;

    // forms
    private Pick memberUser;
    private String memberDepartment;
    private TeamRole memberRole = TeamRole.LEADER;
    private String statement;
    private LossKind itemKind = LossKind.DIRECT;
    private boolean itemContingent;
    private String itemDescription;
    private BigDecimal itemAmount;
    private EvidenceBasis itemBasis = EvidenceBasis.ACCOUNTING_AUDIT;
    private String itemEvidence;
    private String itemAssessment;
    private Long[] itemEvidenceFiles = new Long[0];
    private String findingSubject;
    private Responsibility findingResponsibility = Responsibility.DIRECT;
    private String findingFacts;
    private String findingEvidence;
    private HeadCircumstance[] findingCircumstances = new HeadCircumstance[0];
    private Aggravating[] findingAggravating = new Aggravating[0];
    private String findingAggravatingReason;
    private CircumstanceChoice findingViolations;
    private String ftSubject;
    private Exclusion[] ftExclusions = new Exclusion[0];
    private MitigatingCondition[] ftConditions = new MitigatingCondition[0];
    private String[] ftExemptions = new String[0];
    private String ftEvidence;
    private Outcome ftOutcome = Outcome.STANDARD;
    private String handOverUnit;
    private String handOverReason;
    private String handOverReference;
    private LocalDate handOverOn;
    private boolean handOverByOwnerInstitution;
    private List<JurisdictionUnit> handOverUnits;

    /** A case the service refuses shows nothing of it, only the refusal. */
    public void load() {
        detail = null;
        InvestigationDetail read = investigations.detail(no);
        if (!read.recusalPending()) {
            loss = losses.summary(no);
            found = findings.findings(no);
            history = investigations.history(no);
            incidentReport = incidentReports.forCase(no).orElse(null);
            if (!read.subjects().isEmpty()) {
                String first = read.subjects().get(0).employeeNo();
                findingSubject = findingSubject == null ? first : findingSubject;
                ftSubject = ftSubject == null ? first : ftSubject;
            }
            if (findingViolations == null) {
                findingViolations = new CircumstanceChoice(circumstanceCatalogue.inForce().orElse(null));
                findingViolations.reset(violationsOf(findingSubject));
            }
        }
        detail = read;
    }

    public void assign() {
        String name = memberUser == null ? null : memberUser.name();
        investigations.assign(no, new MemberData(memberUser == null ? null : memberUser.key(), memberDepartment, memberRole));
        memberUser = null;
        memberDepartment = null;
        memberRole = TeamRole.MEMBER;
        done("investigation.member.assigned", name);
    }

    public void declareNoConflict() {
        investigations.declare(no, false, statement);
        statement = null;
        done("investigation.recusal.declared");
    }

    /**
     * The report's text (proposed handling, rectification), read once when the page opens so that what the drafters
     * type survives the page's other actions. A case whose report the user may not read simply shows no panel;
     * the case itself has told any refusal already.
     */
    public void loadReportText() {
        reportText = reports.textIfReadable(no).orElse(null);
        if (reportText != null) {
            proposedHandling = reportText.proposedHandling();
            rectification = reportText.rectification();
        }
    }

    public void saveReportText() {
        reportText = reports.writeText(no, proposedHandling, rectification, reportText == null ? null : reportText.version());
        Pages.info("report.text.saved", reportText.version() + 1);
    }

    public String declareConflict() {
        investigations.declare(no, true, statement);
        return "/investigation/investigations?faces-redirect=true";
    }

    /** Opens the confirmation of a step (the dialog asks for an opinion, or the reason a step requires). */
    public void prepareMove(CaseAction action) {
        pending = action;
        opinion = null;
    }

    /** The confirmed step, with the opinion kept in the case's history. */
    public void confirmMove() {
        InvestigationStatus to = pending.to();
        InvestigationStatus from = detail.summary().status();
        investigations.transition(no, detail.summary().version(), to, opinion);
        pending = null;
        opinion = null;
        if (to == InvestigationStatus.REPORT_APPROVED) {
            done("investigation.done.reportApproved", no);
        } else if (from == InvestigationStatus.REPORT_DRAFTED) {
            done("investigation.done.sentBack", no);
        } else {
            done("investigation.done.moved", no, Pages.text(to.bundleKey()));
        }
    }

    /** Adds the item, or saves the correction of the item being edited. */
    public void addItem() {
        String description = itemDescription;
        LossItemData data = new LossItemData(itemKind, itemContingent, itemDescription, itemAmount, itemBasis,
                itemEvidence, itemAssessment, null, Arrays.asList(itemEvidenceFiles));
        boolean correcting = editingItem != null;
        if (correcting) {
            losses.correctItem(no, editingItem, editingVersion, data);
        } else {
            losses.addItem(no, data);
        }
        clearItem();
        done(correcting ? "investigation.done.itemCorrected" : "investigation.done.itemAdded", description);
    }

    /** Puts an item into the form to correct it. */
    public void editItem(LossItemDetail item) {
        editingItem = item.id();
        editingVersion = item.version();
        itemKind = item.kind();
        itemContingent = item.contingent();
        itemDescription = item.description();
        itemAmount = item.amount();
        itemBasis = item.basis();
        itemEvidence = item.evidenceReference();
        itemAssessment = item.assessmentReference();
        itemEvidenceFiles = item.evidenceFiles().toArray(new Long[0]);
    }

    public void cancelItem() {
        clearItem();
    }

    /** Opens the withdrawal of an item, which asks for the reason. */
    public void prepareWithdrawal(LossItemDetail item) {
        withdrawingItem = item.id();
        withdrawingVersion = item.version();
        withdrawingDescription = item.description();
        opinion = null;
    }

    public void withdrawItem() {
        losses.withdrawItem(no, withdrawingItem, withdrawingVersion, opinion);
        String description = withdrawingDescription;
        withdrawingItem = null;
        opinion = null;
        if (editingItem != null) {
            clearItem();
        }
        done("investigation.done.itemWithdrawn", description);
    }

    private void clearItem() {
        editingItem = null;
        itemKind = LossKind.DIRECT;
        itemContingent = false;
        itemDescription = null;
        itemAmount = null;
        itemBasis = EvidenceBasis.ACCOUNTING_AUDIT;
        itemEvidence = null;
        itemAssessment = null;
        itemEvidenceFiles = new Long[0];
    }

    public void recordFinding() {
        Integer version = found == null ? null : found.subjects().stream().filter(f -> f.employeeNo().equals(findingSubject))
                .findFirst().map(FindingDetail::version).orElse(null);
        findings.recordFinding(no, findingSubject, new FindingData(findingResponsibility, findingFacts,
                findingEvidence, isFindingSubjectHead() ? Set.copyOf(Arrays.asList(findingCircumstances)) : Set.of(),
                Set.copyOf(Arrays.asList(findingAggravating)), findingAggravatingReason, version, findingViolations.codes()));
        String name = subjectName(findingSubject);
        findingResponsibility = Responsibility.DIRECT;
        findingFacts = null;
        findingEvidence = null;
        findingCircumstances = new HeadCircumstance[0];
        findingAggravating = new Aggravating[0];
        findingAggravatingReason = null;
        findingViolations.reset(violationsOf(findingSubject));
        done("investigation.done.findingRecorded", name);
    }

    public void evaluate() {
        Map<MitigatingCondition, String> conditions = new EnumMap<>(MitigatingCondition.class);
        for (MitigatingCondition c : ftConditions) {
            conditions.put(c, ftEvidence == null ? "" : ftEvidence);
        }
        Set<Exclusion> exclusions = ftExclusions.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(ftExclusions));
        findings.evaluate(no, ftSubject, new EvaluationData(exclusions, conditions, ftOutcome, List.of(ftExemptions)));
        String name = subjectName(ftSubject);
        ftExclusions = new Exclusion[0];
        ftConditions = new MitigatingCondition[0];
        ftExemptions = new String[0];
        ftEvidence = null;
        ftOutcome = Outcome.STANDARD;
        done("investigation.done.evaluated", name);
    }

    /** The units OFFICE may confirm as the handling unit (read once a page). */
    public List<JurisdictionUnit> getHandOverUnits() {
        if (handOverUnits == null) {
            handOverUnits = findings.jurisdictionUnits(no);
        }
        return handOverUnits;
    }

    /** OFFICE confirms the handling unit; when the case moves, that is the hand-over with its date and reference. */
    public void confirmJurisdiction() {
        findings.confirmJurisdiction(no, new JurisdictionData(handOverUnit, handOverReason, handOverOn, handOverReference,
                handOverByOwnerInstitution, detail.summary().version()));
        handOverUnit = null;
        handOverReason = null;
        handOverReference = null;
        handOverOn = null;
        handOverByOwnerInstitution = false;
        handOverUnits = null;
        done("investigation.done.jurisdictionConfirmed", found == null ? "" : found.jurisdiction().currentUnitName());
    }

    /** Opens the confirmation of a fault-tolerance approval for that subject's proposed evaluation. */
    public void prepareApproval(FindingDetail subject) {
        ftPendingSubject = subject.employeeNo();
        ftPendingName = subject.name();
        ftPendingVersion = subject.evaluation().version();
        opinion = null;
    }

    public void approve() {
        findings.approve(no, ftPendingSubject, ftPendingVersion, opinion);
        String name = ftPendingName;
        ftPendingSubject = null;
        opinion = null;
        done("investigation.done.ftApproved", name);
    }

    /** Whether the subject chosen in the finding form heads their enterprise: only then M§24's circumstances apply. */
    public boolean isFindingSubjectHead() {
        return detail != null && detail.subjects() != null && detail.subjects().stream()
                .anyMatch(s -> s.employeeNo().equals(findingSubject) && s.enterpriseHead());
    }

    /** A new subject in the finding form: the head's circumstances of another subject do not carry over. */
    public void findingSubjectChanged() {
        if (!isFindingSubjectHead()) {
            findingCircumstances = new HeadCircumstance[0];
        }
        findingViolations.reset(violationsOf(findingSubject));
    }

    /** The circumstances found for a subject so far: the picker starts from them. */
    private List<Circumstance> violationsOf(String employeeNo) {
        return found == null ? List.of() : found.subjects().stream().filter(f -> f.employeeNo().equals(employeeNo))
                .findFirst().map(FindingDetail::violations).orElse(List.of());
    }

    public CircumstanceChoice getFindingViolations() { return findingViolations; }

    private String subjectName(String employeeNo) {
        return detail == null ? employeeNo : detail.subjects().stream().filter(s -> s.employeeNo().equals(employeeNo))
                .map(s -> s.name()).findFirst().orElse(employeeNo);
    }

    private void done(String key, Object... arguments) {
        Pages.info(key, arguments);
        load();
    }

    public String reportUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/investigations/" + no + "/report.pdf";
    }

    public List<LossKind> getKinds() { return List.of(LossKind.values()); }
    public List<EvidenceBasis> getBases() { return List.of(EvidenceBasis.values()); }
    public List<Responsibility> getResponsibilities() { return List.of(Responsibility.values()); }
    public List<HeadCircumstance> getCircumstances() { return List.of(HeadCircumstance.values()); }
    public List<Aggravating> getAggravatingCircumstances() { return List.of(Aggravating.values()); }
    public List<Exclusion> getExclusions() { return List.of(Exclusion.values()); }
    public List<MitigatingCondition> getConditions() { return List.of(MitigatingCondition.values()); }
    public List<Outcome> getOutcomes() { return List.of(Outcome.values()); }
    public List<TeamRole> getRoles() { return List.of(TeamRole.values()); }

    public String getNo() { return no; }
    public void setNo(String no) { this.no = no; }
    public IncidentReportLookup.Link getIncidentReport() { return incidentReport; }
    public InvestigationDetail getDetail() { return detail; }
    public LossSummary getLoss() { return loss; }
    public CaseFindings getFound() { return found; }
    public List<InvestigationHistoryEntry> getHistory() { return history; }
    public InvestigationReportService.Text getReportText() { return reportText; }
    public String getProposedHandling() { return proposedHandling; }
    public void setProposedHandling(String v) { proposedHandling = v; }
    public String getRectification() { return rectification; }
    public void setRectification(String v) { rectification = v; }
    public Pick getMemberUser() { return memberUser; }
    public void setMemberUser(Pick v) { memberUser = v; }
    public CaseAction getPending() { return pending; }
    public String getFtPendingName() { return ftPendingName; }
    public String getOpinion() { return opinion; }
    public Long getEditingItem() { return editingItem; }
    public String getWithdrawingDescription() { return withdrawingDescription; }
    public void setOpinion(String v) { opinion = v; }
    public String getMemberDepartment() { return memberDepartment; }
    public void setMemberDepartment(String v) { memberDepartment = v; }
    public TeamRole getMemberRole() { return memberRole; }
    public void setMemberRole(TeamRole v) { memberRole = v; }
    public String getStatement() { return statement; }
    public void setStatement(String v) { statement = v; }
    public LossKind getItemKind() { return itemKind; }
    public void setItemKind(LossKind v) { itemKind = v; }
    public boolean isItemContingent() { return itemContingent; }
    public void setItemContingent(boolean v) { itemContingent = v; }
    public String getItemDescription() { return itemDescription; }
    public void setItemDescription(String v) { itemDescription = v; }
    public BigDecimal getItemAmount() { return itemAmount; }
    public void setItemAmount(BigDecimal v) { itemAmount = v; }
    public EvidenceBasis getItemBasis() { return itemBasis; }
    public void setItemBasis(EvidenceBasis v) { itemBasis = v; }
    public String getItemEvidence() { return itemEvidence; }
    public void setItemEvidence(String v) { itemEvidence = v; }
    public String getItemAssessment() { return itemAssessment; }
    public void setItemAssessment(String v) { itemAssessment = v; }
    public Long[] getItemEvidenceFiles() { return itemEvidenceFiles; }
    public void setItemEvidenceFiles(Long[] v) { itemEvidenceFiles = v == null ? new Long[0] : v; }
    public String getFindingSubject() { return findingSubject; }
    public void setFindingSubject(String v) { findingSubject = v; }
    public Responsibility getFindingResponsibility() { return findingResponsibility; }
    public void setFindingResponsibility(Responsibility v) { findingResponsibility = v; }
    public String getFindingFacts() { return findingFacts; }
    public void setFindingFacts(String v) { findingFacts = v; }
    public String getFindingEvidence() { return findingEvidence; }
    public void setFindingEvidence(String v) { findingEvidence = v; }
    public HeadCircumstance[] getFindingCircumstances() { return findingCircumstances; }
    public void setFindingCircumstances(HeadCircumstance[] v) { findingCircumstances = v == null ? new HeadCircumstance[0] : v; }
    public Aggravating[] getFindingAggravating() { return findingAggravating; }
    public void setFindingAggravating(Aggravating[] v) { findingAggravating = v == null ? new Aggravating[0] : v; }
    public String getFindingAggravatingReason() { return findingAggravatingReason; }
    public void setFindingAggravatingReason(String v) { findingAggravatingReason = v; }
    public String getFtSubject() { return ftSubject; }
    public void setFtSubject(String v) { ftSubject = v; }
    public Exclusion[] getFtExclusions() { return ftExclusions; }
    public void setFtExclusions(Exclusion[] v) { ftExclusions = v == null ? new Exclusion[0] : v; }
    public MitigatingCondition[] getFtConditions() { return ftConditions; }
    public void setFtConditions(MitigatingCondition[] v) { ftConditions = v == null ? new MitigatingCondition[0] : v; }
    public String[] getFtExemptions() { return ftExemptions; }
    public void setFtExemptions(String[] v) { ftExemptions = v == null ? new String[0] : v; }
    public String getFtEvidence() { return ftEvidence; }
    public void setFtEvidence(String v) { ftEvidence = v; }
    public Outcome getFtOutcome() { return ftOutcome; }
    public void setFtOutcome(Outcome v) { ftOutcome = v; }

    public String getHandOverUnit() { return handOverUnit; }
    public void setHandOverUnit(String handOverUnit) { this.handOverUnit = handOverUnit; }
    public String getHandOverReason() { return handOverReason; }
    public void setHandOverReason(String handOverReason) { this.handOverReason = handOverReason; }
    public String getHandOverReference() { return handOverReference; }
    public void setHandOverReference(String handOverReference) { this.handOverReference = handOverReference; }
    public LocalDate getHandOverOn() { return handOverOn; }
    public void setHandOverOn(LocalDate handOverOn) { this.handOverOn = handOverOn; }
    public boolean isHandOverByOwnerInstitution() { return handOverByOwnerInstitution; }
    public void setHandOverByOwnerInstitution(boolean handOverByOwnerInstitution) { this.handOverByOwnerInstitution = handOverByOwnerInstitution; }
}
