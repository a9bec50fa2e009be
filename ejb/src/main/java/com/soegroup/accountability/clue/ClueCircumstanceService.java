package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.rule.set.Circumstance;
import com.soegroup.accountability.ruleset.CircumstanceClassifier;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.CircumstanceRef;
import com.soegroup.accountability.shared.Inputs;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.ScopeService;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The circumstances a clue is suspected of (M§7–M§16, or the central set's O63 二), changed after registration by
 * the registrars while the clue is open: what the check finds out often names the violation better than the
 * report did.
 */
@Stateless
@DenyAll
public class ClueCircumstanceService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    @Inject
    private CircumstanceClassifier classifier;

    /** Replaces the circumstances suspected; a stale version is refused and nothing changes. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LIAISON})
    public ClueDetail classify(String ledgerNo, Integer expectedVersion, List<String> codes) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        Inputs.version(expectedVersion, clue.version());
        if (!clue.status().isOpen()) {
            throw AccountabilityException.conflict("circumstance.clueClosed", clue.status());
        }
        Set<CircumstanceRef> before = clue.circumstances();
        Set<CircumstanceRef> after = classifier.resolveFor("violations", clue.enterprise().path(), codes == null ? List.of() : codes);
        if (before.equals(after)) {
            return access.detail(scope, clue, access.today());
        }
        clue.classify(after);
        access.history(scope, clue, ClueHistory.Action.CIRCUMSTANCES_CHANGED, null, null, null,
                "violations=" + (after.isEmpty() ? "-" : names(classifier.describe(after))));
        clues.flush();
        audit.record(AuditAction.UPDATE, ClueRepository.OBJECT_TYPE, clue.ledgerNo(),
                List.of(new FieldChange("circumstances", names(classifier.describe(before)), names(classifier.describe(after)))));
        return access.detail(scope, clue, access.today());
    }

    /**
     * How a history line and the audit trail name circumstances: their references and short names, the regulations'
     * own words; null for none.
     */
    static String names(List<Circumstance> circumstances) {
        return circumstances.isEmpty() ? null
                : circumstances.stream().map(c -> c.reference() + "（" + c.shortName() + "）").collect(Collectors.joining("、"));
    }
}
