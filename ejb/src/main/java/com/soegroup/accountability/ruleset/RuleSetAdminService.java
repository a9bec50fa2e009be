package com.soegroup.accountability.ruleset;

import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetStatus;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.rule.level.LossLevelTier;
import com.soegroup.accountability.rule.sanction.SanctionRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The lifecycle of rule sets (rules.md first paragraph; M§40 filing): a set in force is never edited — an
 * administrator copies it to a new draft, edits the draft, confirms its tables were reviewed, and puts it in
 * force from a date; the old set is retired. Every answer names the record version it produced, and a change
 * against an older version is refused, so two administrators cannot overwrite each other. Every change goes to
 * the audit trail with the fields it changed.
 */
@Stateless
@RolesAllowed(Role.R_ADMIN)
public class RuleSetAdminService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");

    @Inject
    private RuleSetRepository repository;

    @Inject
    private Clock clock;

    @EJB
    private AuditService audit;

    static final String AUDIT_RULE_SET = "RULE_SET";

    /** A rule set with the version of its record, for an edit that must not overwrite someone else's. */
    public record Versioned(RuleSet set, int version, String derivedFrom) implements Serializable {
    }

    @RolesAllowed(Role.R_ADMIN)
    public List<Versioned> all() {
        return repository.all().stream().map(RuleSetAdminService::versioned).toList();
    }

    @RolesAllowed(Role.R_ADMIN)
    public Versioned get(String code) {
        return versioned(find(code));
    }

    /** A new draft with the tables of {@code sourceCode}; its tables count as not reviewed until confirmed. */
    @RolesAllowed(Role.R_ADMIN)
    public Versioned copyToDraft(String sourceCode, String newCode, String title, LocalDate effectiveFrom) {
        if (newCode == null || !CODE.matcher(newCode).matches()) {
            throw AccountabilityException.invalid("code", "ruleSet.code.format");
        }
        if (title == null || title.isBlank()) {
            throw AccountabilityException.invalid("title", "input.required");
        }
        if (effectiveFrom == null) {
            throw AccountabilityException.invalid("effectiveFrom", "input.required");
        }
        if (repository.byCode(newCode).isPresent()) {
            throw AccountabilityException.conflict("ruleSet.code.taken", newCode);
        }
        RuleSetRecord sourceRecord = find(sourceCode);
        RuleSet source = sourceRecord.toRuleSet();
        RuleSet draft = engine(() -> new RuleSet(newCode, source.issuer(), title.trim(), effectiveFrom, null,
                RuleSetStatus.DRAFT, false, source.lossLevels(), source.sanctions(), source.effects(), source.ban(),
                source.clawBack(), source.articles(), source.reporting(), source.circumstanceCatalogue(),
                source.exemptionList()));
        RuleSetRecord record = new RuleSetRecord(draft, sourceCode, sourceRecord.ownerInstitution(), clock.instant());
        repository.add(record);
        audit.record(AuditAction.CREATE, AUDIT_RULE_SET, newCode, FieldChange.diff(Map.of(), facts(draft)),
                Map.of("derivedFrom", sourceCode));
        return new Versioned(draft, record.getVersion(), sourceCode);
    }

    /** Replaces a draft's content; its code and status stay. Anything inconsistent is refused, naming the part. */
    @RolesAllowed(Role.R_ADMIN)
    public Versioned updateDraft(String code, int version, RuleSet edited) {
        RuleSetRecord record = find(code);
        checkVersion(record, version);
        RuleSet current = record.toRuleSet();
        if (current.status() != RuleSetStatus.DRAFT) {
            throw AccountabilityException.conflict("ruleSet.notDraft", code);
        }
        RuleSet draft = engine(() -> new RuleSet(code, edited.issuer(), edited.title(), edited.effectiveFrom(),
                edited.filingDate(), RuleSetStatus.DRAFT, false, edited.lossLevels(), edited.sanctions(),
                edited.effects(), edited.ban(), edited.clawBack(), edited.articles(), edited.reporting(), edited.circumstanceCatalogue(),
                edited.exemptionList()));
        return save(record, draft);
    }

    /** An administrator has checked the tables against the set's own source (e.g. Order No. 46). */
    @RolesAllowed(Role.R_ADMIN)
    public Versioned confirmReviewed(String code, int version) {
        RuleSetRecord record = find(code);
        checkVersion(record, version);
        RuleSet set = record.toRuleSet();
        return save(record, with(set, set.effectiveFrom(), set.filingDate(), set.status(), true));
    }

    @RolesAllowed(Role.R_ADMIN)
    public Versioned recordFiling(String code, int version, LocalDate filingDate) {
        RuleSetRecord record = find(code);
        checkVersion(record, version);
        if (filingDate == null) {
            throw AccountabilityException.invalid("filingDate", "input.required");
        }
        if (filingDate.isAfter(LocalDate.now(clock))) {
            throw AccountabilityException.invalid("filingDate", "ruleSet.filing.future");
        }
        RuleSet set = record.toRuleSet();
        return save(record, with(set, set.effectiveFrom(), filingDate, set.status(), set.tablesReviewed()));
    }

    /**
     * Puts a reviewed draft in force from {@code effectiveFrom}. Two sets in force from the same day would make
     * "the set in force on a date" ambiguous, so that is refused.
     */
    @RolesAllowed(Role.R_ADMIN)
    public Versioned putInForce(String code, int version, LocalDate effectiveFrom) {
        RuleSetRecord record = find(code);
        checkVersion(record, version);
        RuleSet set = record.toRuleSet();
        if (set.status() != RuleSetStatus.DRAFT) {
            throw AccountabilityException.conflict("ruleSet.notDraft", code);
        }
        if (!set.tablesReviewed()) {
            throw AccountabilityException.refused("ruleSet.notReviewed", code);
        }
        if (effectiveFrom == null) {
            throw AccountabilityException.invalid("effectiveFrom", "input.required");
        }
        boolean clash = repository.all().stream().anyMatch(other -> other.getStatus() == RuleSetStatus.IN_FORCE
                && other.getEffectiveFrom().equals(effectiveFrom));
        if (clash) {
            throw AccountabilityException.conflict("ruleSet.sameDay", effectiveFrom.toString());
        }
        return save(record, with(set, effectiveFrom, set.filingDate(), RuleSetStatus.IN_FORCE, true));
    }

    /** A retired set applies to no new determination; cases that used it keep its code. */
    @RolesAllowed(Role.R_ADMIN)
    public Versioned retire(String code, int version) {
        RuleSetRecord record = find(code);
        checkVersion(record, version);
        RuleSet set = record.toRuleSet();
        if (set.status() != RuleSetStatus.IN_FORCE) {
            throw AccountabilityException.conflict("ruleSet.notInForce", code);
        }
        return save(record, with(set, set.effectiveFrom(), set.filingDate(), RuleSetStatus.RETIRED, set.tablesReviewed()));
    }

    private Versioned save(RuleSetRecord record, RuleSet set) {
        RuleSet before = record.toRuleSet();
        record.replace(set, clock.instant());
        AuditAction action = before.status() == set.status() ? AuditAction.UPDATE : AuditAction.STATE_CHANGE;
        audit.record(action, AUDIT_RULE_SET, set.code(), FieldChange.diff(facts(before), facts(set)));
        repository.flush();
        return new Versioned(set, record.getVersion(), record.getDerivedFrom());
    }

    private RuleSetRecord find(String code) {
        return repository.byCode(code).orElseThrow(AccountabilityException::notFound);
    }

    private static void checkVersion(RuleSetRecord record, int version) {
        if (record.getVersion() != version) {
            throw AccountabilityException.stale(null);
        }
    }

    /**
     * What the audit trail compares: the set's header and a compact text of each table, so that a changed
     * threshold or matrix row shows as a changed field with its old and new value.
     */
    private static Map<String, Object> facts(RuleSet set) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("title", set.title());
        facts.put("status", set.status());
        facts.put("effectiveFrom", set.effectiveFrom());
        facts.put("filingDate", set.filingDate());
        facts.put("tablesReviewed", set.tablesReviewed());
        for (LossLevelTier tier : set.lossLevels()) {
            facts.put("lossLevels." + tier.level(), tier.amountFrom().toPlainString()
                    + (tier.shareFrom() == null ? "" : " / " + tier.shareFrom().toPlainString()) + " " + tier.article());
        }
        for (SanctionRow row : set.sanctions()) {
            facts.put("sanctions." + row.level() + "." + row.responsibilities().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining("+")), row.toString());
        }
        return facts;
    }

    private static RuleSet with(RuleSet set, LocalDate effectiveFrom, LocalDate filingDate, RuleSetStatus status,
                                boolean reviewed) {
        return new RuleSet(set.code(), set.issuer(), set.title(), effectiveFrom, filingDate, status, reviewed,
                set.lossLevels(), set.sanctions(), set.effects(), set.ban(), set.clawBack(), set.articles(), set.reporting(), set.circumstanceCatalogue(),
                set.exemptionList());
    }

    private static Versioned versioned(RuleSetRecord record) {
        return new Versioned(record.toRuleSet(), record.getVersion(), record.getDerivedFrom());
    }

    private static <T> T engine(Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleInputException e) {
            throw AccountabilityException.invalid(e.field(), e.bundleKey());
        }
    }
}
