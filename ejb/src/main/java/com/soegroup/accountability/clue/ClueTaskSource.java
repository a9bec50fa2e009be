package com.soegroup.accountability.clue;

import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.shared.TaskSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clue ledger's open work: registered clues the office sends to their check (待受理线索), whistle-blowers'
 * messages to answer (待回复举报人), checks whose deadline
 * is near or past, checked clues waiting for the leading group's 启动追责/不予受理, and flagged supervisions whose
 * deadline or progress is due (督办到期) for the office, the leaders and the liaison of the clue's enterprise.
 * A clue leaves the list with the step that does the work: the move out of the state, the progress entry, the end
 * of the supervision.
 */
@Stateless
public class ClueTaskSource implements TaskSource {

    static final int SUMMARY_CHARS = 60;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ClueRepository clues;

    @Inject
    private ClueAccess access;

    @Override
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<Task> tasks(Scope scope, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        if (scope.has(Role.OFFICE)) {
            inState(scope, ClueStatus.REGISTERED, null).forEach(c -> tasks.add(task(TaskKind.CLUE_TO_CHECK, c, null, today)));
            unanswered(scope).forEach(c -> tasks.add(task(TaskKind.REPORTER_MESSAGE, c, null, today)));
            inState(scope, ClueStatus.CHECKING, today.plusDays(SupervisionRules.TASK_DAYS_AHEAD))
                    .forEach(c -> tasks.add(task(TaskKind.CHECK_DEADLINE, c, c.checkDeadline(), today)));
        }
        if (scope.has(Role.LEADER)) {
            inState(scope, ClueStatus.CHECKING, null).forEach(c -> tasks.add(task(TaskKind.AWAITING_DECISION, c, null, today)));
        }
        if (scope.hasAny(Role.OFFICE, Role.LEADER, Role.LIAISON)) {
            supervision(scope, today, tasks);
        }
        return tasks;
    }

    private void supervision(Scope scope, LocalDate today, List<Task> tasks) {
        List<Clue> supervised = clues.supervisedOpen(scope, MAX_PER_KIND);
        Map<Long, LocalDate> lastProgress = clues.lastProgress(scope, supervised);
        for (Clue c : supervised) {
            if (!c.supervisionDeadline().isAfter(today.plusDays(SupervisionRules.TASK_DAYS_AHEAD))) {
                tasks.add(task(TaskKind.SUPERVISION_DEADLINE, c, c.supervisionDeadline(), today));
            }
            Supervision running = clues.runningSupervision(scope, c).orElse(null);
            if (running != null) {
                LocalDate due = access.progressDue(running.startedOn(), lastProgress.get(c.id()),
                        running.progressIntervalDays());
                if (!due.isAfter(today)) {
                    tasks.add(task(TaskKind.PROGRESS_DUE, c, due, today));
                }
            }
        }
    }

    /** Clues of the scope in a state, oldest first; with {@code deadlineUntil}, only those whose check is due by then. */
    private List<Clue> inState(Scope scope, ClueStatus status, LocalDate deadlineUntil) {
        Scope.Condition visible = ClueRepository.visible(scope);
        String due = deadlineUntil == null ? "" : " AND c.checkDeadline <= :until";
        var query = visible.bind(em.createQuery("SELECT c FROM Clue c JOIN FETCH c.enterprise JOIN c.owner o WHERE c.status = :status"
                + due + " AND " + visible + " ORDER BY " + (deadlineUntil == null ? "c.registeredOn, c.id" : "c.checkDeadline, c.id"),
                Clue.class)).setParameter("status", status);
        if (deadlineUntil != null) {
            query.setParameter("until", deadlineUntil);
        }
        return query.setMaxResults(MAX_PER_KIND).getResultList();
    }

    /** Clues of the scope whose reporter wrote last: the office answers on the clue's page. */
    private List<Clue> unanswered(Scope scope) {
        Scope.Condition visible = ClueRepository.visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM ReporterMessage m JOIN m.report r JOIN r.clue c JOIN FETCH c.enterprise "
                        + "JOIN c.owner o WHERE m.fromReporter = true AND m.id = (SELECT max(m2.id) FROM ReporterMessage m2 "
                        + "WHERE m2.report = r) AND " + visible + " ORDER BY m.id", Clue.class))
                .setMaxResults(MAX_PER_KIND).getResultList();
    }

    private static String name(Clue c) {
        String shortName = c.enterprise().shortName();
        return shortName == null || shortName.isBlank() ? c.enterprise().fullName() : shortName;
    }

    private static Task task(TaskKind kind, Clue c, LocalDate due, LocalDate today) {
        return Task.due(kind, c.ledgerNo(), name(c) + " " + Task.brief(c.summary(), SUMMARY_CHARS), due, today,
                "/clue/detail.xhtml?no=" + c.ledgerNo());
    }
}
