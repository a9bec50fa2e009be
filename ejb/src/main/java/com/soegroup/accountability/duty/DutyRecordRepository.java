package com.soegroup.accountability.duty;

import com.soegroup.accountability.shared.NumberSeries;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of duty records. OFFICE, LEADER, LIAISON and AUDITOR see the records of the enterprises of their scope
 * (a duty record is no case object: no recusal); every other role sees none, and anything else is not found.
 * Lists show the version in force of each number, i.e. its highest revision.
 */
@ApplicationScoped
public class DutyRecordRepository {

    public static final String OBJECT_TYPE = "DUTY_RECORD";
    /** The audit entries' object type of a read of the list or of a person's history (no one record). */
    public static final String LIST = "DUTY_RECORD_LIST";
    static final String FROM = "DutyRecord d JOIN d.enterprise e";
    private static final String CURRENT = "d.revision = (SELECT max(d2.revision) FROM DutyRecord d2 WHERE d2.recordNo = d.recordNo)";

    @PersistenceContext
    private EntityManager em;

    /** Every version of a number, the first first; empty when the number is none or outside the scope. */
    public List<DutyRecord> versions(Scope scope, String recordNo) {
        Optional<String> no = NumberSeries.DUTY_RECORD.normalise(recordNo);
        if (no.isEmpty()) {
            return List.of();
        }
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT d FROM " + FROM + " WHERE d.recordNo = :no AND " + visible
                + " ORDER BY d.revision", DutyRecord.class)).setParameter("no", no.get()).getResultList();
    }

    public List<DutyRecord> page(Scope scope, DutyRecordFilter filter, String enterprisePath, int first, int max) {
        Scope.Condition where = where(scope, filter, enterprisePath);
        return where.bind(em.createQuery("SELECT d FROM " + FROM + " WHERE " + where
                        + " ORDER BY d.meetingDate DESC, d.recordNo DESC", DutyRecord.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, DutyRecordFilter filter, String enterprisePath) {
        Scope.Condition where = where(scope, filter, enterprisePath);
        return where.bind(em.createQuery("SELECT count(d) FROM " + FROM + " WHERE " + where, Long.class)).getSingleResult();
    }

    /**
     * Records of the enterprises of the scope a subject of a case took part in, the version in force of each, for the
     * case's team whatever their role (the caller checked the case: its scope, team and recusal).
     */
    public List<DutyRecord> ofSubject(Scope scope, String employeeNo, int max) {
        Scope.Condition where = scope.within("e.path").and(new Scope.Condition(CURRENT
                + " AND d.id IN (SELECT d3.id FROM DutyRecord d3 JOIN d3.participants p3 WHERE p3.employeeNo = :employee)",
                Map.of("employee", employeeNo)));
        return where.bind(em.createQuery("SELECT d FROM " + FROM + " WHERE " + where
                + " ORDER BY d.meetingDate DESC, d.recordNo DESC", DutyRecord.class)).setMaxResults(max).getResultList();
    }

    /** The version in force of a record of the scope, for a case's team whatever their role (as {@link #ofSubject}). */
    public Optional<DutyRecord> inForceForCase(Scope scope, String recordNo) {
        Optional<String> no = NumberSeries.DUTY_RECORD.normalise(recordNo);
        if (no.isEmpty()) {
            return Optional.empty();
        }
        Scope.Condition in = scope.within("e.path");
        return in.bind(em.createQuery("SELECT d FROM " + FROM + " WHERE d.recordNo = :no AND " + in
                        + " ORDER BY d.revision DESC", DutyRecord.class)).setParameter("no", no.get())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The year's figures of the subtree, versions in force and confirmed only: records, meetings (enterprise, body,
     * date and number alike), participants who dissented (反对) and who abstained.
     */
    public long[] yearFigures(Scope scope, String enterprisePath, int year) {
        Scope.Condition where = visible(scope).and(new Scope.Condition(CURRENT
                + " AND d.status = :confirmed AND e.path LIKE :subtree AND d.meetingDate >= :from AND d.meetingDate < :to",
                Map.of("confirmed", DutyRecordStatus.CONFIRMED, "subtree", enterprisePath + "%",
                        "from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year + 1, 1, 1))));
        Object[] records = (Object[]) where.bind(em.createQuery("SELECT count(d), count(DISTINCT concat(e.id, '|', d.meetingType, '|', "
                + "d.meetingDate, '|', COALESCE(d.meetingNumber, ''))) FROM " + FROM + " WHERE " + where)).getSingleResult();
        Object[] opinions = (Object[]) where.bind(em.createQuery("SELECT "
                + "COALESCE(sum(CASE WHEN p.opinion = :disagree THEN 1 ELSE 0 END), 0), "
                + "COALESCE(sum(CASE WHEN p.opinion = :abstain THEN 1 ELSE 0 END), 0) FROM " + FROM
                + " JOIN d.participants p WHERE " + where)).setParameter("disagree", DutyOpinion.DISAGREE)
                .setParameter("abstain", DutyOpinion.ABSTAIN).getSingleResult();
        return new long[]{((Number) records[0]).longValue(), ((Number) records[1]).longValue(),
                ((Number) opinions[0]).longValue(), ((Number) opinions[1]).longValue()};
    }

    /** The documents of versions of the scope, the first uploaded first, by version id (bytes not read). */
    public Map<Long, List<DutyRecordFileInfo>> files(Scope scope, List<DutyRecord> versions) {
        Map<Long, List<DutyRecordFileInfo>> byVersion = new LinkedHashMap<>();
        if (versions.isEmpty()) {
            return byVersion;
        }
        Scope.Condition visible = visible(scope);
        List<Object[]> rows = visible.bind(em.createQuery("SELECT d.id, f.id, f.fileName, f.contentType, f.sizeBytes, "
                        + "f.sha256, f.uploadedBy, f.uploadedAt FROM DutyRecordFile f JOIN f.record d JOIN d.enterprise e "
                        + "WHERE d IN :versions AND " + visible + " ORDER BY f.uploadedAt, f.id", Object[].class))
                .setParameter("versions", versions).getResultList();
        for (Object[] r : rows) {
            byVersion.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new DutyRecordFileInfo((Long) r[1],
                    (String) r[2], (String) r[3], (Integer) r[4], (String) r[5], (String) r[6], (Instant) r[7]));
        }
        return byVersion;
    }

    /** A document of a version of the scope; empty when it is another version's or outside the scope. */
    public Optional<DutyRecordFile> file(Scope scope, DutyRecord version, long fileId) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT f FROM DutyRecordFile f JOIN f.record d JOIN d.enterprise e "
                        + "WHERE f.id = :id AND d = :version AND " + visible, DutyRecordFile.class))
                .setParameter("id", fileId).setParameter("version", version).getResultStream().findFirst();
    }

    /** Every document of a version of the scope, with its bytes: what a correction carries over. */
    public List<DutyRecordFile> filesWithContent(Scope scope, DutyRecord version) {
        Scope.Condition visible = visible(scope);
        return visible.bind(em.createQuery("SELECT f FROM DutyRecordFile f JOIN f.record d JOIN d.enterprise e "
                        + "WHERE d = :version AND " + visible + " ORDER BY f.uploadedAt, f.id", DutyRecordFile.class))
                .setParameter("version", version).getResultList();
    }

    public void persist(Scope scope, DutyRecordFile file) {
        em.persist(file);
    }

    public void remove(Scope scope, DutyRecordFile file) {
        em.remove(file);
    }

    /** Counts the draft as changed (its version goes up), so that a form read before an upload is told so. */
    public void touch(Scope scope, DutyRecord record) {
        em.lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Drafts of the scope not confirmed, the oldest first: for the to-do list of who may confirm them. */
    public List<DutyRecord> drafts(Scope scope, int max) {
        Scope.Condition visible = visible(scope).and(new Scope.Condition("d.status = :draft",
                Map.of("draft", DutyRecordStatus.DRAFT)));
        return visible.bind(em.createQuery("SELECT d FROM " + FROM + " WHERE " + visible
                + " ORDER BY d.createdAt, d.recordNo", DutyRecord.class)).setMaxResults(max).getResultList();
    }

    public void persist(DutyRecord record) {
        em.persist(record);
    }

    public void flush() {
        em.flush();
    }

    static Scope.Condition visible(Scope scope) {
        if (!scope.hasAny(Role.OFFICE, Role.LEADER, Role.LIAISON, Role.AUDITOR)) {
            return new Scope.Condition("1 = 0", Map.of());
        }
        return scope.within("e.path");
    }

    private static Scope.Condition where(Scope scope, DutyRecordFilter filter, String enterprisePath) {
        DutyRecordFilter f = filter == null ? DutyRecordFilter.ALL : filter;
        StringBuilder jpql = new StringBuilder(CURRENT);
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (enterprisePath != null) {
            jpql.append(" AND e.path LIKE :subtree");
            parameters.put("subtree", enterprisePath + "%");
        }
        if (f.year() != null) {
            jpql.append(" AND d.meetingDate >= :from AND d.meetingDate < :to");
            parameters.put("from", LocalDate.of(f.year(), 1, 1));
            parameters.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.employeeNo() != null) {
            jpql.append(" AND d.id IN (SELECT d3.id FROM DutyRecord d3 JOIN d3.participants p3 WHERE p3.employeeNo = :employee)");
            parameters.put("employee", f.employeeNo());
        }
        return visible(scope).and(new Scope.Condition(jpql.toString(), parameters));
    }
}
