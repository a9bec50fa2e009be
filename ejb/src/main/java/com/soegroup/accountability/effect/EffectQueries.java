package com.soegroup.accountability.effect;

import com.soegroup.accountability.shared.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reads of decisions' effects, in native SQL over the decision tables (no entities: HR's answers need a
 * handful of columns, and a list of 10,000 people must cost a few statements, not 10,000 entity graphs). Each
 * method is one statement whatever the number of people: the keys go in as one array ({@code = ANY(?)}).
 */
@ApplicationScoped
public class EffectQueries {

    /** Decisions with effects; the literal matches the partial index decision_person_idx. */
    private static final String WITH_EFFECTS = "d.status IN ('EFFECTIVE', 'EXECUTED')";

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9_]*)");

    @PersistenceContext
    private EntityManager em;

    /** The people among {@code employeeNos} whose current enterprise is in the scope, by employee number. */
    public Map<String, PersonRef> peopleInScope(Scope scope, Collection<String> employeeNos) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT p.id, p.employee_no, p.name, e.code, e.full_name FROM person p "
                + "JOIN enterprise e ON e.id = p.enterprise_id WHERE p.employee_no = ANY (?) AND "
                + positional(scope.within("e.path"), parameters);
        return work(connection -> {
            Map<String, PersonRef> found = new HashMap<>();
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setArray(1, connection.createArrayOf("varchar", employeeNos.toArray()));
                bind(q, 2, parameters);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        PersonRef p = new PersonRef(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5));
                        found.put(p.employeeNo(), p);
                    }
                }
            }
            return found;
        });
    }

    /**
     * The decisions with effects of these people, by person id. With {@code onDate}, only those that applied
     * on that day (served on or before it, not ended by then): the others cannot restrict anything then.
     */
    public Map<Long, List<Effects.DecisionRow>> decisions(Collection<Long> personIds, LocalDate onDate) {
        String sql = "SELECT d.person_id, d.decision_no, d.measures, d.ban_years, d.ban_lifetime, d.rule_set, "
                + "d.period_start, d.served_on, d.ended_on, d.replaces_id IS NOT NULL FROM decision d "
                + "WHERE d.person_id = ANY (?) AND " + WITH_EFFECTS
                + (onDate == null ? "" : " AND d.measures IS NOT NULL AND d.served_on <= ? AND (d.ended_on IS NULL OR d.ended_on > ?)");
        return work(connection -> {
            Map<Long, List<Effects.DecisionRow>> found = new HashMap<>();
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setArray(1, connection.createArrayOf("bigint", personIds.toArray()));
                if (onDate != null) {
                    q.setObject(2, onDate);
                    q.setObject(3, onDate);
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        // read before the other columns: wasNull() would speak of the last one read
                        Integer banYears = rows.getObject(4, Integer.class);
                        Effects.DecisionRow d = new Effects.DecisionRow(rows.getLong(1), rows.getString(2),
                                rows.getString(3), banYears, rows.getBoolean(5),
                                rows.getString(6), date(rows, 7), date(rows, 8), date(rows, 9), rows.getBoolean(10));
                        found.computeIfAbsent(d.personId(), id -> new ArrayList<>()).add(d);
                    }
                }
            }
            return found;
        });
    }

    /**
     * The pay terms of one person's decisions with effects, by decision number: the incentive bar counted from the
     * decision's period start, as the M§30 periods are.
     */
    public Map<String, DecisionPayTerms> payTerms(long personId) {
        String sql = "SELECT d.decision_no, d.incentive_bar_years, d.incentive_bar_permanent, d.period_start, "
                + "d.defer_performance_salary, d.end_unexercised_rights, d.hand_back_years FROM decision d "
                + "WHERE d.person_id = ? AND " + WITH_EFFECTS;
        return work(connection -> {
            Map<String, DecisionPayTerms> found = new HashMap<>();
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setLong(1, personId);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        Integer years = rows.getObject(2, Integer.class);
                        boolean permanent = rows.getBoolean(3);
                        LocalDate from = date(rows, 4);
                        Integer handBack = rows.getObject(7, Integer.class);
                        LocalDate until = permanent || years == null || from == null ? null : from.plusYears(years);
                        found.put(rows.getString(1), new DecisionPayTerms(years, permanent, from, until, rows.getBoolean(5),
                                rows.getBoolean(6), handBack));
                    }
                }
            }
            return found;
        });
    }

    /** The disciplinary periods of these people (any decision status), by person id; with a date, those in force. */
    public Map<Long, List<Effects.DisciplinaryRow>> disciplinary(Collection<Long> personIds, LocalDate onDate) {
        String sql = "SELECT d.person_id, d.decision_no, d.rule_set, r.sanctioned_on, r.eligible_from "
                + "FROM decision_referral r JOIN decision d ON d.id = r.decision_id "
                + "WHERE d.person_id = ANY (?) AND r.eligible_from IS NOT NULL"
                + (onDate == null ? "" : " AND r.sanctioned_on <= ? AND r.eligible_from > ?");
        return work(connection -> {
            Map<Long, List<Effects.DisciplinaryRow>> found = new HashMap<>();
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setArray(1, connection.createArrayOf("bigint", personIds.toArray()));
                if (onDate != null) {
                    q.setObject(2, onDate);
                    q.setObject(3, onDate);
                }
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        Effects.DisciplinaryRow r = new Effects.DisciplinaryRow(rows.getLong(1), rows.getString(2),
                                rows.getString(3), date(rows, 4), date(rows, 5));
                        found.computeIfAbsent(r.personId(), id -> new ArrayList<>()).add(r);
                    }
                }
            }
            return found;
        });
    }

    /** A BAN decision with what the ban list shows, before its term is worked out. */
    public record BanRow(Effects.DecisionRow decision, String personName, String employeeNo, String idHash,
                         String enterpriseCode, String enterpriseName, String legalBasis) {
    }

    /**
     * Decisions with BAN among their measures that applied on {@code activeOn}, of which the person's enterprise
     * at the time or the deciding unit is in the scope.
     */
    public List<BanRow> bans(Scope scope, LocalDate activeOn) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT d.person_id, d.decision_no, d.measures, d.ban_years, d.ban_lifetime, d.rule_set, "
                + "d.period_start, d.served_on, d.ended_on, d.replaces_id IS NOT NULL, "
                + "d.person_name, d.employee_no, p.id_hash, pe.code, pe.full_name, d.legal_basis FROM decision d "
                + "JOIN person p ON p.id = d.person_id JOIN enterprise pe ON pe.id = d.person_enterprise_id "
                + "JOIN enterprise oe ON oe.id = d.owner_enterprise_id WHERE " + WITH_EFFECTS
                + " AND (',' || d.measures || ',') LIKE '%,BAN,%' AND d.served_on <= ? AND (d.ended_on IS NULL OR d.ended_on > ?)"
                + " AND (" + positional(scope.within("pe.path"), parameters) + " OR "
                + positional(scope.within("oe.path"), parameters) + ") ORDER BY d.served_on, d.decision_no";
        return work(connection -> {
            List<BanRow> found = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement(sql)) {
                q.setObject(1, activeOn);
                q.setObject(2, activeOn);
                bind(q, 3, parameters);
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        // read before the other columns: wasNull() would speak of the last one read
                        Integer banYears = rows.getObject(4, Integer.class);
                        Effects.DecisionRow d = new Effects.DecisionRow(rows.getLong(1), rows.getString(2),
                                rows.getString(3), banYears, rows.getBoolean(5),
                                rows.getString(6), date(rows, 7), date(rows, 8), date(rows, 9), rows.getBoolean(10));
                        String hash = rows.getString(13);
                        found.add(new BanRow(d, rows.getString(11), rows.getString(12), hash == null ? null : hash.strip(),
                                rows.getString(14), rows.getString(15), rows.getString(16)));
                    }
                }
            }
            return found;
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    /** A scope condition (named parameters, as for JPQL) as JDBC SQL; its values are appended in order. */
    static String positional(Scope.Condition condition, List<Object> values) {
        Matcher named = NAMED.matcher(condition.jpql());
        StringBuilder sql = new StringBuilder();
        while (named.find()) {
            values.add(condition.parameters().get(named.group(1)));
            named.appendReplacement(sql, "?");
        }
        named.appendTail(sql);
        return sql.toString();
    }

    private static void bind(PreparedStatement q, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            q.setObject(first + i, values.get(i));
        }
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        // as LocalDate, not java.sql.Date: no time zone between the stored day and the answer
        return rows.getObject(column, LocalDate.class);
    }
}
