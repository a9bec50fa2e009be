package com.soegroup.accountability.clue;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
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

import java.util.List;

/**
 * The office's side of the messages with the reporter of a clue that came through the public form
 * ({@link AnonymousReportService} is the reporter's side): OFFICE and LEADER read them and answer.
 */
@Stateless
@DenyAll
public class ReporterMessageService {

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private ClueAccess access;

    @Inject
    private ClueRepository clues;

    /** The messages exchanged with the (anonymous) reporter of a clue from the public form; empty otherwise. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<AnonymousReportService.Message> reportMessages(String ledgerNo) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        return clues.reportOf(scope, clue).map(r -> clues.messages(r).stream()
                .map(m -> new AnonymousReportService.Message(m.fromReporter(), m.text(), m.sentOn())).toList()).orElse(List.of());
    }

    /** The office answers the reporter, who reads it with the receipt code. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public List<AnonymousReportService.Message> replyToReporter(String ledgerNo, String text) {
        Scope scope = scopes.current();
        Clue clue = access.find(scope, ledgerNo);
        AnonymousReport report = clues.reportOf(scope, clue)
                .orElseThrow(() -> AccountabilityException.conflict("report.none"));
        String clean = Inputs.text("text", text, 2000);
        clues.persist(new ReporterMessage(report, false, clean, access.today(), scope.userId()));
        clues.flush();
        audit.record(AuditAction.CREATE, "REPORT_MESSAGE", clue.ledgerNo(), List.of());
        return reportMessages(ledgerNo);
    }
}
