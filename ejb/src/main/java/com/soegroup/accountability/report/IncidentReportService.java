package com.soegroup.accountability.report;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.clue.Clue;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.rule.set.ReportingClocks;
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

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-event-one-reports (一事一报告): the register, a report's page, a person's mark of a serious loss risk and
 * the preliminary-check report's extension (asked by OFFICE, decided by LEADER with an opinion). The texts, approval
 * and sending are {@link IncidentDraftService}; the documents {@link IncidentDocumentService}.
 */
@Stateless
@DenyAll
public class IncidentReportService {

    static final int MAX_TEXT = 2000;

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private IncidentAccess access;

    @Inject
    private IncidentRepository reports;

    @Inject
    private IncidentDetails details;

    @Inject
    private IncidentRaising raising;

    @Inject
    private CaseAccess cases;

    /** The register's filter: an enterprise's subtree (its code), a state, a stage, only the overdue ones. */
    public record Filter(String enterprise, IncidentState state, IncidentKind kind, boolean overdueOnly) implements Serializable {
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<IncidentSummary> list(Filter filter) {
        Scope scope = scopes.current();
        Filter f = filter == null ? new Filter(null, null, null, false) : filter;
        String subtree = null;
        String code = Inputs.strip(f.enterprise());
        if (code != null) {
            subtree = reports.enterpriseByCode(scope, code).map(Enterprise::path)
                    .orElseThrow(() -> AccountabilityException.invalid("enterprise", "incident.enterprise.unknown", code));
        }
        LocalDate today = access.today();
        List<IncidentSummary> rows = access.summaries(reports.list(scope, subtree, f.state(), f.kind(), IncidentAccess.MAX_REGISTER), today);
        if (f.overdueOnly()) {
            rows = rows.stream().filter(IncidentSummary::overdue).toList();
        }
        audit.record(AuditAction.READ, IncidentRepository.OBJECT_TYPE, null, List.of(), Map.of("filter",
                "enterprise=" + (code == null ? "" : code + "+") + " state=" + (f.state() == null ? "" : f.state())
                        + " kind=" + (f.kind() == null ? "" : f.kind()) + " overdue=" + f.overdueOnly(), "rows", rows.size()));
        return rows;
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public IncidentDetail detail(String reportNo) {
        Scope scope = scopes.current();
        IncidentRepository.Row row = access.row(scope, reportNo);
        IncidentDetail detail = details.detail(scope, row);
        audit.record(AuditAction.READ, IncidentRepository.OBJECT_TYPE, row.report().reportNo(), List.of());
        return detail;
    }

    /**
     * A person marks a loss risk with serious consequences (OFFICE, LEADER, or an investigator on the case's team):
     * the event's report is raised now, or, when the event has one, the answer names it and nothing changes.
     *
     * @return the report's number and whether it was raised by this call
     */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    public Marked mark(String clueNo, String caseNo, String reason) {
        Scope scope = scopes.current();
        String why = Inputs.text("reason", reason, MAX_TEXT);
        String clue = Inputs.strip(clueNo);
        String kase = Inputs.strip(caseNo);
        if ((clue == null) == (kase == null)) {
            throw AccountabilityException.invalid("clue", "incident.mark.oneOf");
        }
        IncidentRaising.Raised raised;
        if (kase != null) {
            // an investigator marks only a case whose team they work on; OFFICE and LEADER any case of their scope
            Investigation investigation = scope.hasAny(Role.OFFICE, Role.LEADER) ? cases.readable(scope, kase) : cases.workable(scope, kase);
            raised = raising.raise(investigation.clueIds(), investigation.id(), reports.levelOf(investigation), IncidentTrigger.MARKED, why,
                    investigation.owner(), raising.foundOn(investigation), scope.userId(), false);
        } else {
            if (!scope.hasAny(Role.OFFICE, Role.LEADER)) {
                throw AccountabilityException.notFound();
            }
            Clue c = reports.clueByNo(scope, clue).orElseThrow(AccountabilityException::notFound);
            raised = raising.raise(Set.of(c.id()), null, c.level(), IncidentTrigger.MARKED, why, c.owner(), c.receivedOn(),
                    scope.userId(), false);
        }
        return new Marked(raised.report().reportNo(), raised.created());
    }

    public record Marked(String reportNo, boolean created) implements Serializable {
    }

    /** OFFICE asks once to extend the preliminary-check report's deadline by at most the rule set's days, with a reason. */
    @RolesAllowed(Role.R_OFFICE)
    public IncidentDetail requestExtension(String reportNo, Integer version, Integer days, String reason) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        ReportingClocks c = access.clocks(r, access.today());
        if (r.kind() == IncidentKind.PROGRESS || r.state().ended() || c == null || c.extensionMaxDays() == 0) {
            throw AccountabilityException.refused("incident.extension.notNow");
        }
        if (r.extensionDays() != null) {
            throw AccountabilityException.conflict("incident.extension.once");
        }
        if (days == null) {
            throw AccountabilityException.invalid("days", "field.required");
        }
        if (days < 1 || days > c.extensionMaxDays()) {
            throw AccountabilityException.invalid("days", "incident.extension.range", c.extensionMaxDays());
        }
        String why = Inputs.text("reason", reason, MAX_TEXT);
        r.requestExtension(days, why, scope.userId());
        access.history(scope, r, IncidentHistory.Action.EXTENSION_REQUESTED, null, null, why, "days=" + days);
        reports.flush();
        audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(), List.of(
                new FieldChange("extensionDays", null, String.valueOf(days)), new FieldChange("extensionReason", null, why)));
        return details.detail(scope, access.row(scope, r.reportNo()));
    }

    /** LEADER approves or refuses the extension asked for, with an opinion; approved days move the deadline. */
    @RolesAllowed(Role.R_LEADER)
    public IncidentDetail decideExtension(String reportNo, Integer version, Boolean approve, String opinion) {
        Scope scope = scopes.current();
        IncidentReport r = access.current(scope, reportNo, version);
        if (!r.extensionPending()) {
            throw AccountabilityException.conflict("incident.extension.nonePending");
        }
        if (approve == null) {
            throw AccountabilityException.invalid("approve", "field.required");
        }
        String why = Inputs.text("opinion", opinion, MAX_TEXT);
        r.decideExtension(approve, scope.userId(), why);
        access.history(scope, r, approve ? IncidentHistory.Action.EXTENSION_APPROVED : IncidentHistory.Action.EXTENSION_REFUSED,
                null, null, why, "days=" + r.extensionDays());
        reports.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extensionApproved", approve);
        after.put("extensionOpinion", why);
        audit.record(AuditAction.UPDATE, IncidentRepository.OBJECT_TYPE, r.reportNo(), FieldChange.diff(Map.of(), after));
        return details.detail(scope, access.row(scope, r.reportNo()));
    }
}
