package com.soegroup.accountability.clue;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Queries of the clue ledger. Every query of clues takes the caller's {@link Scope} and adds both its
 * predicates: the handling unit's path within the scope, and recusal ("CLUE", c.id). A clue outside either
 * is not found, in lists, counts, exports and by number alike. Methods that take a loaded {@link Clue}
 * expect one that came from a scoped query.
 */
@ApplicationScoped
public class ClueRepository {

    static final String OBJECT_TYPE = "CLUE";

    @PersistenceContext
    private EntityManager em;

    /** A clue by its ledger number as typed (blanks around and lower case are forgiven). */
    public Optional<Clue> findByLedgerNo(Scope scope, String ledgerNo) {
        Optional<String> no = NumberSeries.CLUE.normalise(ledgerNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o JOIN c.enterprise e "
                        + "WHERE c.ledgerNo = :no AND " + visible, Clue.class))
                .setParameter("no", no.get()).getResultStream().findFirst();
    }

    public List<Clue> page(Scope scope, ClueQuery query, ClueSort sort, int first, int max) {
        Scope.Condition where = where(scope, query);
        TypedQuery<Clue> q = where.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o JOIN c.enterprise e WHERE "
                + where + " ORDER BY " + sort.orderBy(), Clue.class));
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * A page of the ledger as lines, in two steps: first the ids of the page (sorting and cutting a filter of
     * thousands of rows on what an index holds, without reading them), then the columns of those fifty rows
     * with both enterprises' names in one query. Reading whole clues for the sort cost a heap page per
     * matching row, and each line's enterprises a query of their own.
     */
    public List<LedgerRow> lines(Scope scope, ClueQuery query, ClueSort sort, int first, int max) {
        Scope.Condition where = where(scope, query);
        // the enterprise concerned is joined only to sort on it: the filters need the handling unit alone
        String from = sort.column() == ClueSort.Column.ENTERPRISE
                ? "FROM Clue c JOIN c.owner o JOIN c.enterprise e" : "FROM Clue c JOIN c.owner o";
        List<Long> ids = where.bind(em.createQuery("SELECT c.id " + from + " WHERE " + where + " ORDER BY " + sort.orderBy(),
                Long.class)).setFirstResult(first).setMaxResults(max).getResultList();
        return rowsInOrder(ids);
    }

    /**
     * The lines of ids that a scoped query of this repository just returned, in the order of the ids, with
     * their persons' names: one statement, the ids bound as one array. Plain JDBC on the transaction's
     * connection: through the query language a list of fifty ids was translated anew on every page (Hibernate
     * caches no plan for a list parameter), and the names took a second round trip.
     */
    private List<LedgerRow> rowsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LedgerRow> byId = em.unwrap(Session.class).doReturningWork(connection -> {
            Map<Long, LedgerRow> found = new HashMap<>();
            try (PreparedStatement lines = connection.prepareStatement(LedgerRow.SELECT_BY_IDS)) {
                lines.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rows = lines.executeQuery()) {
                    while (rows.next()) {
                        LedgerRow row = LedgerRow.read(rows);
                        found.put(row.id(), row);
                    }
                }
            }
            return found;
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public long count(Scope scope, ClueQuery query) {
        Scope.Condition where = where(scope, query);
        // no join of the enterprise concerned: no filter needs it, and without it the count reads only the index
        return where.bind(em.createQuery("SELECT count(c) FROM Clue c JOIN c.owner o WHERE " + where, Long.class))
                .getSingleResult();
    }

    /**
     * The whole filtered ledger, a chunk of lines at a time (keyset on id would reorder; offsets keep the user's
     * sort), for exports: the caller writes each chunk out. Lines are no entities, so memory stays bounded.
     */
    public Stream<List<LedgerRow>> chunks(Scope scope, ClueQuery query, ClueSort sort, int chunkSize) {
        return Stream.iterate(0, first -> first + chunkSize)
                .map(first -> lines(scope, query, sort, first, chunkSize))
                .takeWhile(chunk -> !chunk.isEmpty());
    }

    /** Names of the persons concerned, by clue id, for the clues of a page. */
    public Map<Long, List<CluePerson>> persons(Scope scope, Collection<Clue> clues) {
        Map<Long, List<CluePerson>> found = new LinkedHashMap<>();
        List<Long> ids = clues.stream().filter(c -> scope.covers(c.owner().path())).map(Clue::id).toList();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT p FROM CluePerson p WHERE p.clue.id IN :ids ORDER BY p.id", CluePerson.class)
                .setParameter("ids", ids).getResultList()
                .forEach(p -> found.computeIfAbsent(p.clue().id(), k -> new ArrayList<>()).add(p));
        return found;
    }

    public List<ClueHistory> history(Scope scope, Clue clue) {
        requireCovered(scope, clue);
        return em.createQuery("SELECT h FROM ClueHistory h WHERE h.clue = :c ORDER BY h.occurredAt, h.id", ClueHistory.class)
                .setParameter("c", clue).getResultList();
    }

    /** Ledger numbers of the clues merged into this one that the caller may see. */
    public List<String> mergedFrom(Scope scope, Clue survivor) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c.ledgerNo FROM Clue c JOIN c.owner o WHERE c.mergedInto = :s AND "
                        + visible + " ORDER BY c.ledgerNo", String.class))
                .setParameter("s", survivor).getResultList();
    }

    /**
     * Open clues in the scope that look like a new one: of the same enterprise concerned and naming one of the
     * same persons, or of the same enterprise (and the newest first) for the summary comparison the service does.
     */
    public List<Clue> openOfEnterprise(Scope scope, Enterprise enterprise, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o JOIN c.enterprise e "
                        + "WHERE c.enterprise = :e AND c.status NOT IN :done AND " + visible
                        + " ORDER BY c.receivedOn DESC, c.id DESC", Clue.class))
                .setParameter("e", enterprise).setParameter("done", List.of(ClueStatus.CLOSED, ClueStatus.MERGED))
                .setMaxResults(max).getResultList();
    }

    public Optional<Supervision> runningSupervision(Scope scope, Clue clue) {
        requireCovered(scope, clue);
        return em.createQuery("SELECT s FROM Supervision s WHERE s.clue = :c AND s.endedOn IS NULL", Supervision.class)
                .setParameter("c", clue).getResultStream().findFirst();
    }

    public List<SupervisionProgress> progress(Scope scope, Supervision supervision) {
        requireCovered(scope, supervision.clue());
        return em.createQuery("SELECT p FROM SupervisionProgress p WHERE p.supervision = :s ORDER BY p.enteredOn, p.id",
                SupervisionProgress.class).setParameter("s", supervision).getResultList();
    }

    /** The date of the newest progress entry of each running supervision among the clues, by clue id. */
    public Map<Long, LocalDate> lastProgress(Scope scope, Collection<Clue> clues) {
        Map<Long, LocalDate> found = new HashMap<>();
        List<Long> ids = clues.stream().filter(c -> scope.covers(c.owner().path())).map(Clue::id).toList();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT s.clue.id, max(p.enteredOn) FROM SupervisionProgress p JOIN p.supervision s "
                        + "WHERE s.clue.id IN :ids AND s.endedOn IS NULL GROUP BY s.clue.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> found.put((Long) row[0], (LocalDate) row[1]));
        return found;
    }

    /** Open reminders addressed to the user on clues in the scope (the home page's tasks). */
    public List<ClueReminder> remindersFor(Scope scope, String userId, LocalDate since) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT r FROM ClueReminder r JOIN r.clue c JOIN c.owner o "
                        + "WHERE r.recipient = :user AND r.dueOn >= :since AND c.supervised = true AND " + visible
                        + " ORDER BY r.dueOn, c.ledgerNo", ClueReminder.class))
                .setParameter("user", userId).setParameter("since", since).getResultList();
    }

    /** Open supervised clues in the scope, soonest deadline first (the home page's tasks). */
    public List<Clue> supervisedOpen(Scope scope, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o WHERE c.supervised = true AND c.status <> :closed AND "
                        + visible + " ORDER BY c.supervisionDeadline, c.id", Clue.class))
                .setParameter("closed", ClueStatus.CLOSED).setMaxResults(max).getResultList();
    }

    /** Clues in the scope being checked past their checking deadline. */
    public List<Clue> checkingOverdue(Scope scope, LocalDate today, int max) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT c FROM Clue c JOIN c.owner o WHERE c.status = :checking AND c.checkDeadline < :today AND "
                        + visible + " ORDER BY c.checkDeadline, c.id", Clue.class))
                .setParameter("checking", ClueStatus.CHECKING).setParameter("today", today).setMaxResults(max).getResultList();
    }

    /**
     * Every running supervision of an open clue, group-wide: for the reminder timer only, which runs as no
     * user and reads nothing but deadlines and the leader to remind. Never for a user's request. In one order
     * (deadline, then ledger number), so that runs on any node create reminders and mails in the same order.
     */
    List<Supervision> runningSupervisionsForReminders() {
        return em.createQuery("SELECT s FROM Supervision s JOIN s.clue c WHERE s.endedOn IS NULL AND c.status <> :closed "
                + "ORDER BY s.deadline, c.ledgerNo", Supervision.class).setParameter("closed", ClueStatus.CLOSED).getResultList();
    }

    boolean reminderExists(Clue clue, ClueReminder.Kind kind, LocalDate dueOn) {
        return !em.createQuery("SELECT r.id FROM ClueReminder r WHERE r.clue = :c AND r.kind = :k AND r.dueOn = :d", Long.class)
                .setParameter("c", clue).setParameter("k", kind).setParameter("d", dueOn).setMaxResults(1).getResultList().isEmpty();
    }

    /** Open clues in the scope by handling unit and state: the reconciliation's totals. */
    public Map<String, Map<ClueStatus, Long>> openByUnit(Scope scope, ClueQuery query) {
        Scope.Condition where = where(scope, query);
        Map<String, Map<ClueStatus, Long>> counts = new TreeMap<>();
        where.bind(em.createQuery("SELECT o.code, c.status, count(c) FROM Clue c JOIN c.owner o JOIN c.enterprise e WHERE "
                        + where + " GROUP BY o.code, c.status", Object[].class)).getResultList()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new EnumMap<>(ClueStatus.class))
                        .put((ClueStatus) row[1], (Long) row[2]));
        return counts;
    }

    /** The report behind a clue of the scope, if it came through the public form. */
    public Optional<AnonymousReport> reportOf(Scope scope, Clue clue) {
        requireCovered(scope, clue);
        return em.createQuery("SELECT r FROM AnonymousReport r WHERE r.clue = :c", AnonymousReport.class)
                .setParameter("c", clue).getResultStream().findFirst();
    }

    public List<ClueAttachment> attachments(Scope scope, Clue clue) {
        requireCovered(scope, clue);
        return em.createQuery("SELECT a FROM ClueAttachment a WHERE a.clue = :c ORDER BY a.id", ClueAttachment.class)
                .setParameter("c", clue).getResultList();
    }

    /**
     * A report by the hash of its receipt code, for the reporter who holds the code: the code is the only
     * authority there is (no user, no scope), which is why it has 160 random bits and lookups are rate limited.
     */
    Optional<AnonymousReport> reportByReceiptHash(String receiptHash) {
        return em.createQuery("SELECT r FROM AnonymousReport r WHERE r.receiptHash = :h", AnonymousReport.class)
                .setParameter("h", receiptHash).getResultStream().findFirst();
    }

    List<ReporterMessage> messages(AnonymousReport report) {
        return em.createQuery("SELECT m FROM ReporterMessage m WHERE m.report = :r ORDER BY m.id", ReporterMessage.class)
                .setParameter("r", report).getResultList();
    }

    // --- group-wide lookups of master data (no case data) ------------------------------------------------

    /**
     * An active enterprise anywhere in the group, by code: a clue may be transferred to a unit outside the
     * caller's scope (a higher level, a sibling). Only the enterprise is read, never anything of its cases.
     */
    public Optional<Enterprise> enterpriseGroupWide(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code", Enterprise.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** The active enterprises of the group, parents first (the public report form offers them). */
    public List<Enterprise> activeEnterprisesGroupWide() {
        return em.createQuery("SELECT e FROM Enterprise e WHERE e.status = com.soegroup.accountability.org.EnterpriseStatus.ACTIVE "
                + "ORDER BY e.path", Enterprise.class).getResultList();
    }

    /**
     * The name of the person with this employee number anywhere in the group: a clue may concern someone
     * outside the registrar's scope (a liaison reporting on the parent's manager). Only the name is read.
     */
    public Optional<String> personNameGroupWide(String employeeNo) {
        return em.createQuery("SELECT p.name FROM Person p WHERE p.employeeNo = :no", String.class)
                .setParameter("no", employeeNo.strip()).getResultStream().findFirst();
    }

    // --- writing ---------------------------------------------------------------------------------------

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    // --- predicates --------------------------------------------------------------------------------------

    static Scope.Condition visible(Scope scope) {
        return scope.within("o.path").and(scope.notInvolved(OBJECT_TYPE, "c.id"));
    }

    private static Scope.Condition where(Scope scope, ClueQuery query) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.enterprisePath() != null) {
            jpql.append(query.subsidiaries() ? " AND o.path LIKE :under" : " AND o.path = :under");
            parameters.put("under", query.subsidiaries() ? query.enterprisePath() + "%" : query.enterprisePath());
        }
        ClueFilter f = query.filter();
        // One value (the usual filter) as "=": Hibernate caches the SQL of a query only when no parameter is bound
        // to a list, and otherwise translates it again at every execution.
        if (f.statuses().size() == 1) {
            jpql.append(" AND c.status = :status");
            parameters.put("status", f.statuses().iterator().next());
        } else if (!f.statuses().isEmpty()) {
            jpql.append(" AND c.status IN :statuses");
            parameters.put("statuses", List.copyOf(f.statuses()));
        }
        if (f.sources().size() == 1) {
            jpql.append(" AND c.source = :source");
            parameters.put("source", f.sources().iterator().next());
        } else if (!f.sources().isEmpty()) {
            jpql.append(" AND c.source IN :sources");
            parameters.put("sources", List.copyOf(f.sources()));
        }
        if (f.receivedFrom() != null) {
            jpql.append(" AND c.receivedOn >= :from");
            parameters.put("from", f.receivedFrom());
        }
        if (f.receivedTo() != null) {
            jpql.append(" AND c.receivedOn <= :to");
            parameters.put("to", f.receivedTo());
        }
        if (f.supervised() != null) {
            jpql.append(" AND c.supervised = :supervised");
            parameters.put("supervised", f.supervised());
        }
        if (f.overdueOnly()) {
            jpql.append(" AND c.status <> :closed AND (c.supervised = true AND c.supervisionDeadline < :today"
                    + " OR c.status = :checking AND c.checkDeadline < :today)");
            parameters.put("closed", ClueStatus.CLOSED);
            parameters.put("checking", ClueStatus.CHECKING);
            parameters.put("today", query.today());
        }
        if (f.level() != null) {
            jpql.append(" AND c.level = :level");
            parameters.put("level", f.level());
        }
        if (f.area() != null) {
            // a clue suspected of several circumstances of the area is listed once
            jpql.append(" AND EXISTS (SELECT 1 FROM Clue ca JOIN ca.circumstances ci WHERE ca.id = c.id AND ci.area = :area)");
            parameters.put("area", f.area().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            jpql.append(" AND (LOWER(c.summary) LIKE :text OR c.ledgerNo LIKE :textUpper)");
            String text = f.text().strip().replace("%", "").replace("_", "");
            parameters.put("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
            parameters.put("textUpper", "%" + text.toUpperCase(Locale.ROOT) + "%");
        }
        return visible(scope).and(new Scope.Condition(jpql.toString(), parameters));
    }

    private static void requireCovered(Scope scope, Clue clue) {
        if (!scope.covers(clue.owner().path())) {
            throw new IllegalArgumentException("Clue " + clue.ledgerNo() + " is outside " + scope);
        }
    }
}
