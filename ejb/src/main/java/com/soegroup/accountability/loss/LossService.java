package com.soegroup.accountability.loss;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.InvestigationHistory;
import com.soegroup.accountability.investigation.InvestigationRepository;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loss items and the loss determination of an investigation (rules.md §1–§2). The level comes from the rule
 * engine ({@link RuleService#lossLevel}) with the rule set in force on the determination date (or the one
 * named for the case) and A = the prior-year-end total assets of the enterprise where the loss occurred.
 * The determination is re-evaluated whenever an item is added, its basis changes, or it is read while its
 * assets were missing (so entering the assets re-evaluates it). LARGER or MAJOR marks the case as needing a
 * one-event-one-report from the day that level was first reached.
 */
@Stateless
@DenyAll
public class LossService {

    public static final String AUDIT_LOSS = "LOSS";

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @EJB
    private RuleService rules;

    @Inject
    private CaseAccess access;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public LossSummary summary(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        LossSummary summary = evaluate(scope, investigation, false);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "loss"));
        return summary;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossSummary addItem(String caseNo, LossItemData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        LossItemData clean = validate(data);
        checkEvidence(investigation, clean.evidenceFiles());
        LossItem item = new LossItem(investigation, clean, scope.userId(), clock.instant());
        em.persist(item);
        em.flush();
        access.history(scope, investigation, InvestigationHistory.Action.LOSS_ITEM_ADDED, null,
                "item=" + item.id() + "; kind=" + clean.kind() + "; contingent=" + clean.contingent() + "; amount=" + clean.amount()
                        + (clean.evidenceFiles().isEmpty() ? "" : "; evidence=" + clean.evidenceFiles()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", clean.kind());
        after.put("contingent", clean.contingent());
        after.put("amount", clean.amount());
        after.put("basis", clean.basis());
        after.put("evidenceReference", clean.evidenceReference());
        after.put("assessmentReference", clean.assessmentReference());
        after.put("recoveredAmount", clean.recoveredAmount());
        after.put("evidenceFiles", clean.evidenceFiles().isEmpty() ? null : clean.evidenceFiles().toString());
        audit.record(AuditAction.CREATE, "LOSS_ITEM", investigation.caseNo() + ":" + item.id(), FieldChange.diff(Map.of(), after));
        return evaluate(scope, investigation, true);
    }

    /** Sets the date of responsibility determination and, optionally, the rule set to apply; re-evaluates. */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossSummary setBasis(String caseNo, LocalDate determinationDate, String ruleSet) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        if (determinationDate == null) {
            throw AccountabilityException.invalid("determinationDate", "field.required");
        }
        if (determinationDate.isAfter(LocalDate.now(clock))) {
            throw AccountabilityException.invalid("determinationDate", "date.future");
        }
        String set = ruleSet == null || ruleSet.isBlank() ? null : ruleSet.strip();
        if (set != null) {
            rules.ruleSet(set); // unknown → not found
        }
        LossDetermination d = determination(investigation);
        String before = d.determinationDate() + "/" + d.ruleSetRequested();
        d.basis(determinationDate, set);
        audit.record(AuditAction.UPDATE, AUDIT_LOSS, investigation.caseNo(),
                List.of(new FieldChange("basis", before, determinationDate + "/" + set)));
        return evaluate(scope, investigation, true);
    }

    /** A case whose level reached LARGER or MAJOR: it needs a one-event-one-report (一事一报告) since that day. */
    public record IncidentReportDue(String caseNo, String title, LossLevel level, LocalDate since) {
    }

    /**
     * The cases of the caller's scope (and recusal) that need a one-event-one-report, oldest obligation first:
     * the list on the home page of OFFICE and LEADER. Sending the report is tracked by the reporting area.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<IncidentReportDue> incidentReportsDue() {
        Scope scope = scopes.current();
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT new com.soegroup.accountability.loss.LossService$IncidentReportDue("
                        + "i.caseNo, i.title, d.level, d.incidentReportSince) FROM LossDetermination d, Investigation i JOIN i.owner o "
                        + "WHERE d.investigationId = i.id AND d.incidentReportSince IS NOT NULL "
                        + "AND i.status <> com.soegroup.accountability.investigation.InvestigationStatus.CONCLUDED AND " + visible
                        + " ORDER BY d.incidentReportSince, i.caseNo", IncidentReportDue.class))
                .setMaxResults(200).getResultList();
    }

    // --- the determination ----------------------------------------------------------------------------------

    private LossSummary evaluate(Scope scope, Investigation investigation, boolean changed) {
        List<LossItem> items = em.createQuery("SELECT l FROM LossItem l WHERE l.investigation = :i ORDER BY l.id", LossItem.class)
                .setParameter("i", investigation).getResultList();
        LossTotals totals = LossTotals.of(items.stream().map(LossItem::forTotals).toList());
        LossDetermination d = em.find(LossDetermination.class, investigation.id());
        List<LossEvidence> files = em.createQuery("SELECT new com.soegroup.accountability.loss.LossEvidence(f.id, f.fileName, "
                + "f.documentReference, f.withdrawn) FROM EvidenceFile f WHERE f.investigation = :i ORDER BY f.id", LossEvidence.class)
                .setParameter("i", investigation).getResultList();
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT l.id, e FROM LossItem l JOIN l.evidenceFiles e WHERE l.investigation = :i "
                + "ORDER BY l.id, e", Object[].class).setParameter("i", investigation).getResultList()) {
            links.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((Long) row[1]);
        }
        if (items.isEmpty() && d == null) {
            return new LossSummary(investigation.caseNo(), investigation.lossEnterprise().code(), items, totals, null, files, links);
        }
        if (d == null) {
            d = determination(investigation);
        }
        boolean reevaluate = changed || d.level() == null || d.assetsMissing()
                || d.countedAmount().compareTo(totals.counted()) != 0;
        if (reevaluate) {
            Optional<BigDecimal> assets = priorYearEndAssets(investigation, d.determinationDate());
            LossLevelResult result = rules.lossLevel(totals.counted(), assets.orElse(null), d.ruleSetRequested(), d.determinationDate());
            LossLevel before = d.level();
            boolean missingBefore = d.assetsMissing();
            d.result(totals.counted(), assets.orElse(null), result.level(), result.byAmount(), result.byShare(),
                    result.assetsMissing(), result.ruleSetCode(), String.join("；", result.articles()), clock.instant(),
                    LocalDate.now(clock));
            if (before != result.level() || missingBefore != result.assetsMissing() || changed) {
                access.history(scope, investigation, InvestigationHistory.Action.LEVEL_DETERMINED, null,
                        "level=" + result.level() + "; L=" + totals.counted() + "; A=" + assets.orElse(null)
                                + "; ruleSet=" + result.ruleSetCode() + "; assetsMissing=" + result.assetsMissing());
                if (!Objects.equals(before, result.level()) || missingBefore != result.assetsMissing()) {
                    audit.record(AuditAction.UPDATE, AUDIT_LOSS, investigation.caseNo(), List.of(
                            new FieldChange("level", before == null ? null : before.name(), result.level().name()),
                            new FieldChange("assetsMissing", String.valueOf(missingBefore), String.valueOf(result.assetsMissing()))));
                }
            }
            em.flush();
        }
        return new LossSummary(investigation.caseNo(), investigation.lossEnterprise().code(), items, totals, d, files, links);
    }

    private LossDetermination determination(Investigation investigation) {
        LossDetermination d = em.find(LossDetermination.class, investigation.id());
        if (d == null) {
            d = new LossDetermination(investigation.id(), LocalDate.now(clock), null, clock.instant());
            em.persist(d);
        }
        return d;
    }

    /**
     * A: the total assets at the end of the year before the determination year, of the enterprise where the loss
     * occurred (organisation data). Read here rather than through {@code RuleService.priorYearEndAssets}, which
     * is bounded by the caller's scope: a team member from another unit must get the same level as OFFICE.
     */
    private Optional<BigDecimal> priorYearEndAssets(Investigation investigation, LocalDate determinationDate) {
        return em.createQuery("SELECT a.totalAssets FROM EnterpriseAssets a WHERE a.enterprise = :e AND a.year = :y",
                        BigDecimal.class)
                .setParameter("e", investigation.lossEnterprise()).setParameter("y", determinationDate.getYear() - 1)
                .getResultStream().findFirst();
    }

    /**
     * The files an item rests on must be evidence of this very case and not withdrawn: another case's file (even
     * one the caller may read) would make this case's loss rest on facts it does not hold. The sentence does not
     * say whether such a file exists elsewhere.
     */
    private void checkEvidence(Investigation investigation, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            List<Boolean> withdrawn = em.createQuery("SELECT f.withdrawn FROM EvidenceFile f WHERE f.id = :id AND f.investigation = :i",
                    Boolean.class).setParameter("id", ids.get(i)).setParameter("i", investigation).getResultList();
            if (withdrawn.isEmpty()) {
                throw AccountabilityException.invalid("evidenceFiles[" + i + "]", "loss.evidence.notInCase", ids.get(i));
            }
            if (withdrawn.get(0)) {
                throw AccountabilityException.invalid("evidenceFiles[" + i + "]", "loss.evidence.withdrawn", ids.get(i));
            }
        }
    }

    static LossItemData validate(LossItemData d) {
        if (d == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (d.kind() == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        String description = Inputs.text("description", d.description(), 1000);
        if (d.amount() == null) {
            throw AccountabilityException.invalid("amount", "field.required");
        }
        if (d.amount().signum() <= 0) {
            throw AccountabilityException.invalid("amount", "loss.amount.positive");
        }
        if (d.amount().compareTo(new BigDecimal("9999999999999999.99")) > 0) {
            throw AccountabilityException.invalid("amount", "money.tooLarge");
        }
        if (d.basis() == null) {
            throw AccountabilityException.invalid("basis", "field.required");
        }
        String evidence = Inputs.text("evidenceReference", d.evidenceReference(), 200);
        String assessment = Inputs.optional("assessmentReference", d.assessmentReference(), 200);
        if (!d.contingent() && assessment != null) {
            throw AccountabilityException.invalid("assessmentReference", "loss.assessment.onlyContingent");
        }
        BigDecimal recovered = d.recoveredAmount();
        if (recovered != null && recovered.signum() < 0) {
            throw AccountabilityException.invalid("recoveredAmount", "money.negative");
        }
        List<Long> files = d.evidenceFiles().stream().distinct().toList();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) == null) {
                throw AccountabilityException.invalid("evidenceFiles[" + i + "]", "field.required");
            }
        }
        if (files.size() > 50) {
            throw AccountabilityException.invalid("evidenceFiles", "loss.evidence.tooMany", 50);
        }
        return new LossItemData(d.kind(), d.contingent(), description, d.amount().setScale(2), d.basis(), evidence, assessment,
                recovered == null ? BigDecimal.ZERO.setScale(2) : recovered.setScale(2), files);
    }
}
