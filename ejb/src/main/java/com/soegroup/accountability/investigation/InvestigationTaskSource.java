package com.soegroup.accountability.investigation;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The investigations' open work: the caller's own recusal declarations to sign (待签回避声明, whatever their role),
 * the steps of the lifecycle ({@link InvestigationLifecycle}) that wait on the office (start, conclude), on the
 * team (draft the report) and on the leading group (approve the report, 待审批报告; approve a fault-tolerance
 * result, 待审批容错). No rule sets these steps a deadline, so none of them is overdue.
 */
@Stateless
public class InvestigationTaskSource implements TaskSource {

    static final int TITLE_CHARS = 60;

    @PersistenceContext
    private EntityManager em;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        // a member who has not signed sees nothing of the case but its number: the task says no more
        em.createQuery("SELECT m.investigation.caseNo, m.assignedAt FROM TeamMember m WHERE m.userId = :user AND m.recusal = :pending "
                        + "AND m.investigation.status <> :concluded ORDER BY m.assignedAt, m.id", Object[].class)
                .setParameter("user", scope.userId()).setParameter("pending", Recusal.PENDING)
                .setParameter("concluded", InvestigationStatus.CONCLUDED).setMaxResults(MAX_PER_KIND).getResultList()
                .forEach(row -> tasks.add(task(TaskKind.RECUSAL_TO_SIGN, (String) row[0], "", today)));
        if (scope.has(Role.OFFICE)) {
            inState(scope, InvestigationStatus.PLANNED).forEach(i -> tasks.add(task(TaskKind.CASE_TO_START, i, today)));
            inState(scope, InvestigationStatus.REPORT_APPROVED).forEach(i -> tasks.add(task(TaskKind.CASE_TO_CONCLUDE, i, today)));
        }
        if (scope.has(Role.INVESTIGATOR)) {
            onMyTeam(scope, InvestigationStatus.IN_PROGRESS).forEach(i -> tasks.add(task(TaskKind.REPORT_TO_DRAFT, i, today)));
        }
        if (scope.has(Role.LEADER)) {
            inState(scope, InvestigationStatus.REPORT_DRAFTED).forEach(i -> tasks.add(task(TaskKind.REPORT_AWAITING_APPROVAL, i, today)));
            toleranceToApprove(scope).forEach(e -> tasks.add(task(TaskKind.TOLERANCE_AWAITING_APPROVAL,
                    e.subject().investigation().caseNo(), e.subject().name() + " · " + Task.brief(e.subject().investigation().title(), TITLE_CHARS),
                    today)));
        }
        return tasks;
    }

    private List<Investigation> inState(Scope scope, InvestigationStatus status) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT i FROM Investigation i JOIN i.owner o WHERE i.status = :status AND "
                        + visible + " ORDER BY i.openedOn, i.id", Investigation.class))
                .setParameter("status", status).setMaxResults(MAX_PER_KIND).getResultList();
    }

    /** Cases in a state whose team the caller is on, declared. */
    private List<Investigation> onMyTeam(Scope scope, InvestigationStatus status) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT i FROM Investigation i JOIN i.owner o WHERE i.status = :status AND EXISTS "
                        + "(SELECT 1 FROM TeamMember me WHERE me.investigation = i AND me.userId = :me AND me.recusal = :declared) AND "
                        + visible + " ORDER BY i.openedOn, i.id", Investigation.class))
                .setParameter("status", status).setParameter("me", scope.userId()).setParameter("declared", Recusal.NO_CONFLICT)
                .setMaxResults(MAX_PER_KIND).getResultList();
    }

    private List<FaultToleranceEvaluation> toleranceToApprove(Scope scope) {
        Scope.Condition visible = InvestigationRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT e FROM FaultToleranceEvaluation e JOIN e.subject s JOIN s.investigation i "
                        + "JOIN i.owner o WHERE e.status = :proposed AND i.status <> :concluded AND " + visible
                        + " ORDER BY e.proposedAt, e.id", FaultToleranceEvaluation.class))
                .setParameter("proposed", FaultToleranceEvaluation.Status.PROPOSED)
                .setParameter("concluded", InvestigationStatus.CONCLUDED).setMaxResults(MAX_PER_KIND).getResultList();
    }

    private static Task task(TaskKind kind, Investigation i, LocalDate today) {
        return task(kind, i.caseNo(), Task.brief(i.title(), TITLE_CHARS), today);
    }

    private static Task task(TaskKind kind, String caseNo, String title, LocalDate today) {
        return Task.due(kind, caseNo, title, null, today, "/investigation/investigation.xhtml?no=" + caseNo);
    }
}
