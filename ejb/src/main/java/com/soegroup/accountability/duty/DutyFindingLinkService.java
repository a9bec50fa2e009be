package com.soegroup.accountability.duty;

import com.soegroup.accountability.audit.AuditAction;
import com.soegroup.accountability.audit.AuditService;
import com.soegroup.accountability.audit.FieldChange;
import com.soegroup.accountability.investigation.CaseAccess;
import com.soegroup.accountability.investigation.Investigation;
import com.soegroup.accountability.investigation.ResponsibilityFinding;
import com.soegroup.accountability.shared.AccountabilityException;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 关联履职记录: the duty records a subject of a case took part in, linked to the subject's responsibility finding as
 * the evidence of an M§24 circumstance (presided, decided against the majority…). The case's scope, team and recusal
 * decide who sees and links (the case's own rules, through {@link CaseAccess}); the records offered are those of the
 * caller's scope. Linking is audited under the case.
 */
@Stateless
@DenyAll
public class DutyFindingLinkService {

    public static final String AUDIT_LINK = "DUTY_RECORD_LINK";

    @EJB
    private ScopeService scopes;

    @EJB
    private AuditService audit;

    @Inject
    private CaseAccess cases;

    @Inject
    private DutyRecordRepository records;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The subject's records: linked first, then the others they took part in, each once. */
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    public List<LinkedDutyRecord> records(String caseNo, String employeeNo) {
        Scope scope = scopes.current();
        ResponsibilityFinding finding = finding(scope, cases.readable(scope, caseNo), employeeNo);
        return view(scope, finding, employeeNo);
    }

    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    public List<LinkedDutyRecord> link(String caseNo, String employeeNo, String recordNo) {
        Scope scope = scopes.current();
        Investigation investigation = cases.workable(scope, caseNo);
        ResponsibilityFinding finding = finding(scope, investigation, employeeNo);
        DutyRecord current = records.inForceForCase(scope, recordNo).orElseThrow(() ->
                AccountabilityException.invalid("recordNo", "duty.link.unknown", recordNo == null ? "" : recordNo));
        if (current.participants().stream().noneMatch(p -> employeeNo.equals(p.employeeNo()))) {
            throw AccountabilityException.invalid("recordNo", "duty.link.notParticipant", current.recordNo(),
                    finding.subject().name());
        }
        if (linkedNumbers(finding).contains(current.recordNo())) {
            throw AccountabilityException.conflict("duty.link.already", current.recordNo());
        }
        em.persist(new DutyFindingLink(finding.id(), current.recordNo(), scope.userId(), clock.instant()));
        em.flush();
        audit.record(AuditAction.CREATE, AUDIT_LINK, investigation.caseNo() + ":" + employeeNo,
                List.of(new FieldChange("dutyRecord", null, current.recordNo())));
        return view(scope, finding, employeeNo);
    }

    private ResponsibilityFinding finding(Scope scope, Investigation investigation, String employeeNo) {
        if (employeeNo == null || cases.subjects(scope, investigation).stream().noneMatch(s -> employeeNo.equals(s.employeeNo()))) {
            throw AccountabilityException.notFound();
        }
        return em.createQuery("SELECT f FROM ResponsibilityFinding f JOIN f.subject s WHERE s.investigation = :i "
                        + "AND s.employeeNo = :e", ResponsibilityFinding.class)
                .setParameter("i", investigation).setParameter("e", employeeNo).getResultStream().findFirst()
                .orElseThrow(() -> AccountabilityException.refused("duty.link.needsFinding"));
    }

    private Set<String> linkedNumbers(ResponsibilityFinding finding) {
        return em.createQuery("SELECT l.recordNo FROM DutyFindingLink l WHERE l.findingId = :f", String.class)
                .setParameter("f", finding.id()).getResultStream().collect(Collectors.toSet());
    }

    private List<LinkedDutyRecord> view(Scope scope, ResponsibilityFinding finding, String employeeNo) {
        Set<String> linked = linkedNumbers(finding);
        List<LinkedDutyRecord> out = new ArrayList<>();
        List<LinkedDutyRecord> others = new ArrayList<>();
        for (DutyRecord r : records.ofSubject(scope, employeeNo, 200)) {
            DutyParticipant own = r.participants().stream().filter(p -> employeeNo.equals(p.employeeNo())).findFirst().orElse(null);
            LinkedDutyRecord line = new LinkedDutyRecord(DutyRecordSummary.of(r), linked.contains(r.recordNo()),
                    own == null ? null : own.role(), own == null ? null : own.opinion());
            (line.linked() ? out : others).add(line);
        }
        out.addAll(others);
        return out;
    }
}
