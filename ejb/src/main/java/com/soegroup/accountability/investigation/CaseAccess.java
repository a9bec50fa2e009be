package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one way into a case for the investigation's own parts (loss, findings, report): finds it within the
 * caller's scope, team and recusal (else "not found"), refuses a member who has not signed the recusal
 * declaration, and for writing requires OFFICE or a team member with a signed declaration and a case still
 * being worked on. Services of other packages call it with the scope they got from {@code ScopeService}.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    private InvestigationRepository investigations;

    @Inject
    private Clock clock;

    /** A case the caller may read: visible, and not awaiting the caller's recusal declaration. */
    public Investigation readable(Scope scope, String caseNo) {
        Investigation investigation = investigations.findByCaseNo(scope, caseNo).orElseThrow(AccountabilityException::notFound);
        if (awaitsRecusal(scope, investigation)) {
            throw AccountabilityException.conflict("investigation.recusal.pending", investigation.caseNo());
        }
        return investigation;
    }

    /** The case if the caller may read it, for a page that shows a part of it only to those who may. */
    public Optional<Investigation> readableIfAny(Scope scope, String caseNo) {
        return investigations.findByCaseNo(scope, caseNo).filter(investigation -> !awaitsRecusal(scope, investigation));
    }

    private boolean awaitsRecusal(Scope scope, Investigation investigation) {
        return investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.PENDING).orElse(false);
    }

    /** A case the caller may work on: OFFICE of its scope or a member of its team, and not yet concluded. */
    public Investigation workable(Scope scope, String caseNo) {
        Investigation investigation = readable(scope, caseNo);
        boolean onTeam = investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
        if (!scope.has(Role.OFFICE) && !onTeam) {
            throw AccountabilityException.conflict("investigation.work.teamOnly");
        }
        if (investigation.status() == InvestigationStatus.CONCLUDED || investigation.status() == InvestigationStatus.REPORT_APPROVED) {
            throw AccountabilityException.conflict("investigation.work.closed", investigation.status());
        }
        return investigation;
    }

    /** Whether {@link #workable} would let the caller work on this case now (a page offers the forms only then). */
    public boolean mayWork(Scope scope, Investigation investigation) {
        boolean onTeam = investigations.membership(scope, investigation).map(m -> m.recusal() == Recusal.NO_CONFLICT).orElse(false);
        return (scope.has(Role.OFFICE) || onTeam) && investigation.status() != InvestigationStatus.CONCLUDED
                && investigation.status() != InvestigationStatus.REPORT_APPROVED;
    }

    public List<InvestigationSubject> subjects(Scope scope, Investigation investigation) {
        return investigations.subjects(scope, investigation);
    }

    /** Appends a line to the case's history. */
    public void history(Scope scope, Investigation investigation, InvestigationHistory.Action action, String reason,
                        String details) {
        investigations.persist(new InvestigationHistory(investigation, clock.instant(), scope.userId(), action, null, null,
                reason, details));
    }
}
