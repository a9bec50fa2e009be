package com.soegroup.accountability.org;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group tree: reading it within the caller's scope, and ADMIN's restructuring (move, merge, close with
 * an effective date). The tree keeps its history; scope follows the tree as it is now.
 */
@Stateless
@DenyAll
public class EnterpriseService {

    /** "Today" is a Chinese business day (shared.ApplicationClock); a test may set it. */
    @Inject
    private Clock clock;

    /** The object type this service writes to the audit trail. */
    public static final String AUDIT_ENTERPRISE = "ENTERPRISE";

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private EnterpriseRepository enterprises;

    /** Every enterprise of the caller's scope, parents before children. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<EnterpriseSummary> tree() {
        Scope scope = scopes.current();
        List<EnterpriseSummary> tree = enterprises.list(scope).stream().sorted(TREE_ORDER).map(EnterpriseSummary::of).toList();
        if (scope.has(Role.AUDITOR)) {
            audit.record(AuditAction.READ, "ENTERPRISE_TREE", null, List.of(), Map.of("shown", tree.size()));
        }
        return tree;
    }

    /** Depth first, siblings in the order they were added (ids compared as numbers, not as text). */
    static final Comparator<Enterprise> TREE_ORDER = (a, b) -> {
        String[] x = a.path().split("/");
        String[] y = b.path().split("/");
        for (int i = 1; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public EnterpriseDetail detail(String code) {
        Scope scope = scopes.current();
        Enterprise e = enterprises.findByCode(scope, code).orElseThrow(AccountabilityException::notFound);
        EnterpriseDetail detail = detail(scope, e);
        if (scope.has(Role.AUDITOR)) {
            audit.record(AuditAction.READ, AUDIT_ENTERPRISE, e.code(), List.of());
        }
        return detail;
    }

    /**
     * Moves, merges or closes an enterprise. A merged enterprise goes below the one that absorbed it (with
     * its own subsidiaries), so whoever sees the absorbing enterprise sees its records from then on.
     * The effective date may not lie in the future: the tree shows what is in force.
     */
    @RolesAllowed(Role.R_ADMIN)
    public EnterpriseDetail restructure(String code, Restructuring change, Integer expectedVersion) {
        Scope scope = scopes.current();
        Enterprise e = enterprises.findByCode(scope, code).orElseThrow(AccountabilityException::notFound);
        if (expectedVersion != null && expectedVersion != e.version()) {
            throw AccountabilityException.stale();
        }
        if (change.kind() == null || change.kind() == EnterpriseChangeKind.CREATED) {
            throw AccountabilityException.invalid("kind", "restructure.kind.invalid");
        }
        LocalDate today = LocalDate.now(clock);
        if (change.effectiveDate() == null) {
            throw AccountabilityException.invalid("effectiveDate", "field.required");
        }
        if (change.effectiveDate().isAfter(today)) {
            throw AccountabilityException.invalid("effectiveDate", "restructure.date.future");
        }
        Inputs.optional("reason", change.reason(), 500);
        Inputs.date("effectiveDate", change.effectiveDate());
        if (!e.isActive()) {
            throw AccountabilityException.refused("restructure.notActive", e.code());
        }
        if (e.parent() == null) {
            throw AccountabilityException.refused("restructure.root");
        }
        Enterprise oldParent = e.parent();
        Enterprise target = null;
        if (change.kind() != EnterpriseChangeKind.CLOSED) {
            if (change.targetCode() == null || change.targetCode().isBlank()) {
                throw AccountabilityException.invalid("target", "field.required");
            }
            target = enterprises.findByCode(scope, change.targetCode())
                    .orElseThrow(() -> AccountabilityException.invalid("target", "enterprise.unknown", change.targetCode()));
            if (e.contains(target)) {
                throw AccountabilityException.invalid("target", "restructure.target.inside");
            }
            if (!target.isActive()) {
                throw AccountabilityException.invalid("target", "restructure.target.notActive", target.code());
            }
            if (change.kind() == EnterpriseChangeKind.MOVED && target == oldParent) {
                throw AccountabilityException.invalid("target", "restructure.target.same");
            }
        }
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        Map<String, Object> before = Map.of("parent", oldParent.code(), "status", e.status());
        switch (change.kind()) {
            case CLOSED -> e.close(change.effectiveDate());
            case MERGED -> e.mergeInto(target, change.effectiveDate());
            default -> {
            }
        }
        enterprises.persist(new EnterpriseChange(e, change.kind(), change.effectiveDate(), oldParent,
                change.kind() == EnterpriseChangeKind.CLOSED ? null : target,
                change.kind() == EnterpriseChangeKind.MERGED ? target : null, reason, scope.userId(),
                clock.instant()));
        if (change.kind() != EnterpriseChangeKind.CLOSED && target != oldParent) {
            String oldPath = e.path();
            e.moveUnder(target);
            enterprises.rewriteSubtree(oldPath, e.path());
        }
        Enterprise reloaded = enterprises.findByCode(scope, code).orElseThrow(AccountabilityException::notFound);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", change.kind());
        facts.put("effectiveDate", change.effectiveDate());
        facts.put("reason", reason);
        audit.record(AuditAction.STATE_CHANGE, AUDIT_ENTERPRISE, reloaded.code(),
                FieldChange.diff(before, Map.of("parent", reloaded.parent().code(), "status", reloaded.status())), facts);
        return detail(scope, reloaded);
    }

    private EnterpriseDetail detail(Scope scope, Enterprise e) {
        return new EnterpriseDetail(EnterpriseSummary.of(e),
                enterprises.assets(scope, e).stream().map(AssetsYear::of).toList(),
                enterprises.history(scope, e).stream().map(TreeChange::of).toList());
    }
}
