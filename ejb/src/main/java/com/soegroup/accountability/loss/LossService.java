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
import com.soegroup.accountability.shared.SeriousLossReached;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

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
 * LARGER or MAJOR marks the case as needing a one-event-one-report from the day that level was first reached.
 * <p>
 * The writes store the determination, with a line in the case's history: adding an item, and setting the basis
 * (the determination step, which also takes in assets entered since). Reading stores nothing: while the stored
 * determination lags behind what it rests on (its assets were missing, or the items' sum differs), a read shows
 * the level the engine gives now, as the next write will store it.
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
    private LossRepository losses;

    @Inject
    private Clock clock;

    @Inject
    private Instance<LossRecoveries> recoveries;

    @Inject
    private Event<SeriousLossReached> seriousLoss;

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public LossSummary summary(String caseNo) {
        Scope scope = scopes.current();
        Investigation investigation = access.readable(scope, caseNo);
        List<LossItem> items = losses.items(scope, investigation);
        Map<Long, BigDecimal> recovered = recovered(investigation);
        LossTotals totals = totals(items, recovered);
        Optional<LossDetermination> stored = losses.determination(scope, investigation);
        LossDeterminationDetail determination = items.isEmpty() && stored.isEmpty() ? null
                : current(scope, investigation, totals, stored);
        LossSummary summary = summary(scope, investigation, items, recovered, totals, determination);
        audit.record(AuditAction.READ, InvestigationRepository.OBJECT_TYPE, investigation.caseNo(), List.of(), Map.of("part", "loss"));
        return summary;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossSummary addItem(String caseNo, LossItemData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        LossItemData clean = validate(data);
        recoveredByEvents(clean, BigDecimal.ZERO);
        checkEvidence(scope, investigation, clean.evidenceFiles());
        LossItem item = new LossItem(investigation, clean, scope.userId(), clock.instant());
        losses.persist(item);
        losses.flush();
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
        after.put("evidenceFiles", clean.evidenceFiles().isEmpty() ? null : clean.evidenceFiles().toString());
        audit.record(AuditAction.CREATE, "LOSS_ITEM", investigation.caseNo() + ":" + item.id(), FieldChange.diff(Map.of(), after));
        return determine(scope, investigation);
    }

    /**
     * Corrects an item while the case is worked on (until the report is approved): the same checks as adding;
     * the level is determined again.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossSummary correctItem(String caseNo, long itemId, Integer expectedVersion, LossItemData data) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        LossItem item = activeItem(scope, investigation, itemId);
        Inputs.version(expectedVersion, item.version());
        LossItemData clean = validate(data);
        recoveredByEvents(clean, recovered(investigation).getOrDefault(item.id(), BigDecimal.ZERO));
        checkEvidence(scope, investigation, clean.evidenceFiles());
        Map<String, Object> before = auditFields(item.kind(), item.contingent(), item.amount(), item.description(),
                item.evidenceReference(), item.assessmentReference());
        item.correct(clean);
        losses.flush();
        access.history(scope, investigation, InvestigationHistory.Action.LOSS_ITEM_CORRECTED, null,
                "item=" + item.id() + "; amount=" + clean.amount());
        audit.record(AuditAction.UPDATE, "LOSS_ITEM", investigation.caseNo() + ":" + item.id(), FieldChange.diff(before,
                auditFields(clean.kind(), clean.contingent(), clean.amount(), clean.description(), clean.evidenceReference(),
                        clean.assessmentReference())));
        return determine(scope, investigation);
    }

    /**
     * Withdraws an item with a reason while the case is worked on: it stays in the record, no longer counts, and
     * the level is determined again.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public LossSummary withdrawItem(String caseNo, long itemId, Integer expectedVersion, String reason) {
        Scope scope = scopes.current();
        Investigation investigation = access.workable(scope, caseNo);
        LossItem item = activeItem(scope, investigation, itemId);
        Inputs.version(expectedVersion, item.version());
        String why = Inputs.text("reason", reason, 2000);
        item.withdraw(scope.userId(), clock.instant(), why);
        losses.flush();
        access.history(scope, investigation, InvestigationHistory.Action.LOSS_ITEM_WITHDRAWN, why,
                "item=" + item.id() + "; amount=" + item.amount());
        audit.record(AuditAction.UPDATE, "LOSS_ITEM", investigation.caseNo() + ":" + item.id(),
                List.of(new FieldChange("withdrawn", "false", "true")), Map.of("reason", why));
        return determine(scope, investigation);
    }

    private LossItem activeItem(Scope scope, Investigation investigation, long itemId) {
        LossItem item = losses.item(scope, investigation, itemId).orElseThrow(AccountabilityException::notFound);
        if (item.withdrawn()) {
            throw AccountabilityException.conflict("loss.item.withdrawn", item.description());
        }
        return item;
    }

    private static Map<String, Object> auditFields(LossKind kind, boolean contingent, BigDecimal amount, String description,
                                                   String evidence, String assessment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("contingent", contingent);
        fields.put("amount", amount);
        fields.put("description", description);
        fields.put("evidenceReference", evidence);
        fields.put("assessmentReference", assessment);
        return fields;
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
        String set = Inputs.strip(ruleSet);
        if (set != null) {
            rules.ruleSet(set); // unknown → not found
        }
        LossDetermination d = stored(scope, investigation);
        String before = d.determinationDate() + "/" + d.ruleSetRequested();
        d.basis(determinationDate, set);
        audit.record(AuditAction.UPDATE, AUDIT_LOSS, investigation.caseNo(),
                List.of(new FieldChange("basis", before, determinationDate + "/" + set)));
        return determine(scope, investigation);
    }

    /**
     * The cases of the caller's scope (and recusal) that need a one-event-one-report, oldest obligation first:
     * the list on the home page of OFFICE and LEADER. Sending the report is tracked by the reporting area.
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<IncidentReportDue> incidentReportsDue() {
        return losses.incidentReportsDue(scopes.current(), 200);
    }

    // --- the determination ----------------------------------------------------------------------------------

    /**
     * Evaluates the level of the case's items again and stores it: a line in the case's history each time, an
     * audit entry when the level or the lack of assets changed.
     */
    private LossSummary determine(Scope scope, Investigation investigation) {
        List<LossItem> items = losses.items(scope, investigation);
        Map<Long, BigDecimal> recovered = recovered(investigation);
        LossTotals totals = totals(items, recovered);
        LossDetermination d = stored(scope, investigation);
        Optional<BigDecimal> assets = losses.priorYearEndAssets(scope, investigation, d.determinationDate());
        LossLevelResult result = rules.lossLevel(totals.counted(), assets.orElse(null), d.ruleSetRequested(), d.determinationDate(),
                investigation.owner().path());
        LossLevel before = d.level();
        boolean missingBefore = d.assetsMissing();
        d.result(totals.counted(), assets.orElse(null), result.level(), result.byAmount(), result.byShare(),
                result.assetsMissing(), result.ruleSetCode(), articles(result), clock.instant(), LocalDate.now(clock));
        access.history(scope, investigation, InvestigationHistory.Action.LEVEL_DETERMINED, null,
                "level=" + result.level() + "; L=" + totals.counted() + "; A=" + assets.orElse(null)
                        + "; ruleSet=" + result.ruleSetCode() + "; assetsMissing=" + result.assetsMissing());
        if (!Objects.equals(before, result.level()) || missingBefore != result.assetsMissing()) {
            audit.record(AuditAction.UPDATE, AUDIT_LOSS, investigation.caseNo(), List.of(
                    new FieldChange("level", before == null ? null : before.name(), result.level().name()),
                    new FieldChange("assetsMissing", String.valueOf(missingBefore), String.valueOf(result.assetsMissing()))));
        }
        losses.flush();
        if (result.level().compareTo(LossLevel.LARGER) >= 0) {
            // synchronously, in this transaction: the one-event-one-report is raised (or follows) with the level
            seriousLoss.fire(new SeriousLossReached(SeriousLossReached.INVESTIGATION, investigation.id(), scope.userId(), false));
        }
        return summary(scope, investigation, items, recovered, totals, LossDeterminationDetail.of(d));
    }

    /**
     * The determination as it stands: the stored one while it is up to date, else what the engine gives now on
     * the stored basis (or today's date and the set in force, before any basis was set), without storing it.
     */
    private LossDeterminationDetail current(Scope scope, Investigation investigation, LossTotals totals,
                                            Optional<LossDetermination> stored) {
        if (stored.isPresent() && upToDate(stored.get(), totals)) {
            return LossDeterminationDetail.of(stored.get());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = stored.map(LossDetermination::determinationDate).orElse(today);
        Optional<BigDecimal> assets = losses.priorYearEndAssets(scope, investigation, date);
        LossLevelResult result = rules.lossLevel(totals.counted(), assets.orElse(null),
                stored.map(LossDetermination::ruleSetRequested).orElse(null), date, investigation.owner().path());
        return new LossDeterminationDetail(date, result.ruleSetCode(), totals.counted(), assets.orElse(null), result.level(),
                result.byAmount(), result.byShare(), result.assetsMissing(), articles(result),
                LossDetermination.incidentReportSince(stored.map(LossDetermination::incidentReportSince).orElse(null),
                        result.level(), today));
    }

    /** Whether nothing the stored level rests on has changed since: the same sum, and the assets were there. */
    private static boolean upToDate(LossDetermination d, LossTotals totals) {
        return d.level() != null && !d.assetsMissing() && d.countedAmount().compareTo(totals.counted()) == 0;
    }

    private LossDetermination stored(Scope scope, Investigation investigation) {
        return losses.determination(scope, investigation).orElseGet(() -> {
            LossDetermination d = new LossDetermination(investigation.id(), LocalDate.now(clock), null, clock.instant());
            losses.persist(d);
            return d;
        });
    }

    private LossSummary summary(Scope scope, Investigation investigation, List<LossItem> items, Map<Long, BigDecimal> recovered,
                                LossTotals totals, LossDeterminationDetail determination) {
        return new LossSummary(investigation.caseNo(), investigation.lossEnterprise().code(),
                items.stream().map(i -> LossItemDetail.of(i, recovered(recovered, i))).toList(), totals, determination, losses.evidence(scope, investigation),
                losses.itemEvidence(scope, investigation), access.mayWork(scope, investigation));
    }

    private static LossTotals totals(List<LossItem> items, Map<Long, BigDecimal> recovered) {
        return LossTotals.of(items.stream().map(i -> i.forTotals(recovered(recovered, i))).toList());
    }

    private static BigDecimal recovered(Map<Long, BigDecimal> recovered, LossItem item) {
        return recovered.getOrDefault(item.id(), BigDecimal.ZERO).setScale(2);
    }

    /** What was recovered of each item: the recovery area's events, nothing without that area. */
    private Map<Long, BigDecimal> recovered(Investigation investigation) {
        return recoveries.isResolvable() ? recoveries.get().recoveredByItem(investigation) : Map.of();
    }

    /**
     * The recovered figure of an item is the sum of its recovery events: a form or client may send back the figure
     * it read, but not type another one (that is a recovery event, with its date, way and evidence).
     */
    private static void recoveredByEvents(LossItemData d, BigDecimal current) {
        if (d.recoveredAmount() != null && d.recoveredAmount().compareTo(current) != 0) {
            throw AccountabilityException.invalid("recoveredAmount", "loss.recovered.byEvents");
        }
    }

    private static String articles(LossLevelResult result) {
        return String.join("；", result.articles());
    }

    /**
     * The files an item rests on must be evidence of this very case and not withdrawn: another case's file (even
     * one the caller may read) would make this case's loss rest on facts it does not hold. The sentence does not
     * say whether such a file exists elsewhere.
     */
    private void checkEvidence(Scope scope, Investigation investigation, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            Optional<Boolean> withdrawn = losses.evidenceWithdrawn(scope, investigation, ids.get(i));
            if (withdrawn.isEmpty()) {
                throw AccountabilityException.invalid("evidenceFiles[" + i + "]", "loss.evidence.notInCase", ids.get(i));
            }
            if (withdrawn.get()) {
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
        if (d.amount().compareTo(Inputs.MAX_MONEY) > 0) {
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
                recovered == null ? null : recovered.setScale(2), files);
    }
}
