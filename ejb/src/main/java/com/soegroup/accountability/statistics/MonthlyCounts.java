package com.soegroup.accountability.statistics;

import com.soegroup.accountability.shared.Scope;
import com.soegroup.accountability.statistics.StatisticsRepository.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of clues and of people held accountable as the caller may see them, from the counts the database keeps
 * per handling unit and month ({@code stat_month}, V58) for everyone: the whole months of the period from there, the
 * days at either end from the records, and the records of the whole months that the caller is involved in taken
 * back (recusal) — so a million clues cost a few thousand rows, and the figures stay those of the records.
 */
@ApplicationScoped
public class MonthlyCounts {

    /** What is counted: its records, their day, their case (for recusal) and what one record counts for. */
    public enum Counted {
        CLUES("clue c JOIN enterprise o ON o.id = c.owner_enterprise_id", "c.received_on", StatisticsRepository.CLUE_OBJECT_TYPE,
                "c.id", "stat_clue_counts(c.source, c.level, c.status, c.stat_areas)"),
        PEOPLE("decision d JOIN enterprise o ON o.id = d.owner_enterprise_id", "d.approved_on", StatisticsRepository.CASE_OBJECT_TYPE,
                "d.investigation_id", "stat_decision_counts(d.stat_held, d.approved_on, d.responsibility, d.stat_post_level, d.measures)");

        private final String from;
        private final String date;
        private final String objectType;
        private final String objectId;
        /** What one record counts for, the set-returning function V58 defines for the triggers too. */
        private final String counts;

        Counted(String from, String date, String objectType, String objectId, String counts) {
            this.from = from;
            this.date = date;
            this.objectType = objectType;
            this.objectId = objectId;
            this.counts = counts;
        }

        /** Its rows in stat_month. */
        String source() {
            return this == CLUES ? "CLUE" : "DECISION";
        }
    }

    /** A count: what (dimension and value, '' for none), the month (if asked), the subsidiary (if asked), how many. */
    public record Count(String dim, String value, YearMonth month, String child, long n) {
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * The counts of {@code dims} in the period for the enterprise's subtree, per month and/or per subsidiary when
     * asked (else those are null), netted: what the kept months and the read days say together.
     */
    public List<Count> counts(Scope scope, Unit unit, Counted counted, LocalDate from, LocalDate to, Set<String> dims,
                              boolean byMonth, boolean byChild) {
        PeriodSplit split = PeriodSplit.of(from, to);
        String month = byMonth ? "CAST(date_trunc('month', %s) AS DATE)" : "CAST(NULL AS DATE)";
        String child = byChild ? StatisticsRepository.child(unit) : "CAST(NULL AS TEXT)";
        Scope.Condition inUnit = StatisticsRepository.inUnit(unit);
        List<String> asked = List.copyOf(dims);
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        if (split.hasMonths()) {
            Scope.Condition where = inUnit.and(new Scope.Condition("s.source = :countSource AND s.month BETWEEN :monthsFrom AND :monthsTo "
                    + "AND s.dim IN (:countDims)", Map.of("countSource", counted.source(), "monthsFrom", split.monthsFrom(),
                    "monthsTo", split.monthsTo(), "countDims", asked)));
            add(sums, where, "SELECT s.dim, s.value, " + month.formatted("s.month") + ", " + child + ", sum(s.n) FROM stat_month s "
                    + "JOIN enterprise o ON o.id = s.enterprise_id WHERE " + where + " GROUP BY 1, 2, 3, 4");
        }
        // the days outside the whole months from the records, as the caller may see them
        String select = "SELECT v.dim, v.value, " + month.formatted(counted.date) + ", " + child + ", %s FROM " + counted.from
                + " CROSS JOIN LATERAL " + counted.counts + " v WHERE %s GROUP BY 1, 2, 3, 4";
        Scope.Condition kept = inUnit.and(new Scope.Condition("v.dim IN (:countDims)", Map.of("countDims", asked)));
        if (!split.edges().isEmpty()) {
            Scope.Condition where = kept.and(days(counted.date, split.edges()))
                    .and(scope.notInvolvedSql(counted.objectType, counted.objectId));
            add(sums, where, select.formatted("count(*)", where));
        }
        // and what the caller must not see of the whole months taken back: the few records they are involved in
        Scope.Condition involved = scope.involvedSql(counted.objectType, counted.objectId);
        if (split.hasMonths() && involved != Scope.Condition.NEVER) {
            Scope.Condition where = kept.and(involved).and(new Scope.Condition(counted.date + " BETWEEN :monthsFrom AND :monthsTo",
                    Map.of("monthsFrom", split.monthsFrom(), "monthsTo", split.monthsTo())));
            add(sums, where, select.formatted("-count(*)", where));
        }
        List<Count> counts = new ArrayList<>();
        sums.forEach((key, n) -> {
            if (n != 0) {
                counts.add(new Count((String) key.get(0), (String) key.get(1), (YearMonth) key.get(2), (String) key.get(3), n));
            }
        });
        return counts;
    }

    /** The days of the ranges ({@code 1 = 0} for none). */
    private static Scope.Condition days(String column, List<LocalDate[]> ranges) {
        Scope.Condition days = Scope.Condition.NEVER;
        for (int i = 0; i < ranges.size(); i++) {
            Scope.Condition range = new Scope.Condition(column + " BETWEEN :edgeFrom" + i + " AND :edgeTo" + i,
                    Map.of("edgeFrom" + i, ranges.get(i)[0], "edgeTo" + i, ranges.get(i)[1]));
            days = i == 0 ? range : days.or(range);
        }
        return days;
    }

    private void add(Map<List<Object>, Long> sums, Scope.Condition where, String sql) {
        for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] r = (Object[]) row;
            List<Object> key = new ArrayList<>(4);
            key.add(r[0]);
            key.add(r[1]);
            key.add(StatisticsRepository.month(r[2]));
            key.add(r[3]);
            sums.merge(key, ((Number) r[4]).longValue(), Long::sum);
        }
    }
}
