package com.soegroup.accountability.annual;

import com.soegroup.accountability.org.Enterprise;
import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual reports, their texts and history, within the caller's scope (the report's enterprise), and the few
 * figures the statistics do not have yet, as SQL aggregates over the other areas' tables with their scope and
 * recusal predicates: rectifications verified and overdue, losses recovered, one-event-one-report stages sent on
 * time and late, and the rule sets in force with their filings.
 */
@ApplicationScoped
public class AnnualRepository {

    public static final String OBJECT_TYPE = "ANNUAL_REPORT";

    @PersistenceContext
    private EntityManager em;

    static Scope.Condition visible(Scope scope) {
        return scope.within("e.path");
    }

    Optional<Enterprise> enterprise(Scope scope, String code) {
        Scope.Condition within = scope.within("e.path");
        return within.bind(em.createQuery("SELECT e FROM Enterprise e WHERE e.code = :code AND " + within, Enterprise.class))
                .setParameter("code", code).getResultStream().findFirst();
    }

    Optional<AnnualReport> byNo(Scope scope, String reportNo) {
        Scope.Condition within = visible(scope);
        return within.bind(em.createQuery("SELECT r FROM AnnualReport r JOIN r.enterprise e WHERE r.reportNo = :no AND "
                + within, AnnualReport.class)).setParameter("no", reportNo).getResultStream().findFirst();
    }

    Optional<AnnualReport> byYear(Enterprise enterprise, int year) {
        return em.createQuery("SELECT r FROM AnnualReport r WHERE r.enterprise = :e AND r.year = :year", AnnualReport.class)
                .setParameter("e", enterprise).setParameter("year", year).getResultStream().findFirst();
    }

    /** The reports of the scope, newest year first; {@code year} null for every year. */
    List<AnnualReport> list(Scope scope, Integer year, Collection<AnnualState> states, int max) {
        Scope.Condition where = visible(scope);
        if (year != null) {
            where = where.and(new Scope.Condition("r.year = :annualYear", Map.of("annualYear", year)));
        }
        if (states != null && !states.isEmpty()) {
            where = where.and(new Scope.Condition("r.state IN :annualStates", Map.of("annualStates", List.copyOf(states))));
        }
        TypedQuery<AnnualReport> q = em.createQuery("SELECT r FROM AnnualReport r JOIN r.enterprise e WHERE " + where
                + " ORDER BY r.year DESC, e.path, r.id", AnnualReport.class);
        return where.bind(q).setMaxResults(max).getResultList();
    }

    /** The sections of the version saved last (empty before the first save). */
    List<AnnualText> latestTexts(AnnualReport report) {
        return em.createQuery("SELECT t FROM AnnualText t WHERE t.reportId = :id AND t.textNo = "
                + "(SELECT max(x.textNo) FROM AnnualText x WHERE x.reportId = :id)", AnnualText.class)
                .setParameter("id", report.id()).getResultList();
    }

    List<AnnualVersion> versions(AnnualReport report) {
        List<AnnualVersion> out = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT t.textNo, min(t.savedBy), min(t.savedAt) FROM AnnualText t WHERE t.reportId = :id "
                + "GROUP BY t.textNo ORDER BY t.textNo DESC", Object[].class).setParameter("id", report.id()).getResultList()) {
            out.add(new AnnualVersion(((Number) r[0]).intValue(), (String) r[1], (Instant) r[2]));
        }
        return out;
    }

    List<AnnualHistory> history(AnnualReport report) {
        return em.createQuery("SELECT h FROM AnnualHistory h WHERE h.reportId = :id ORDER BY h.occurredAt, h.id", AnnualHistory.class)
                .setParameter("id", report.id()).getResultList();
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void bump(AnnualReport report) {
        em.lock(report, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    void flush() {
        em.flush();
    }

    /** Rectification, recovery and one-event-one-report figures of a subtree and period (from the statistics). */
    public record Extras(long rectified, long rectificationOverdue, BigDecimal recovered, long incidentOnTime, long incidentLate)
            implements Serializable {
    }

    /** A rule set in force (they are the group's, not an enterprise's): title, issuer, filing date, filings in the year. */
    public record RuleSetLine(String title, String issuer, LocalDate filedOn, long filingsInYear) {
    }

    List<RuleSetLine> ruleSets(int year) {
        List<RuleSetLine> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT rs.title, rs.issuer, (SELECT max(f.filed_on) FROM rule_set_filing f WHERE f.rule_set_id = rs.id), "
                + "(SELECT count(*) FROM rule_set_filing f WHERE f.rule_set_id = rs.id AND f.filed_on BETWEEN :from AND :to) "
                + "FROM rule_set rs WHERE rs.status = 'IN_FORCE' ORDER BY rs.effective_from, rs.code")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new RuleSetLine((String) r[0], (String) r[1], date(r[2]), n(r[3])));
        }
        return out;
    }

    private Query bind(Scope.Condition where, String sql) {
        return where.bind(em.createNativeQuery(sql));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : null;
    }
}
