package com.soegroup.accountability.testsupport;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People and decisions written straight into the database, for the tests of decisions' effects until decisions
 * can be made through the API: each decision gets its own concluded investigation (one original decision per
 * person and case), a unique number, and facts no HR answer may ever contain ({@link #FACTS}).
 */
public final class DecisionFixtures implements AutoCloseable {

    /** The case facts every fixture decision carries: they must never reach HR. */
    public static final String FACTS = "案情事实-FIXTURE-FACTS";
    public static final String RULE_SET = "YB-SASAC-2020";
    /** The fixtures' cases are numbered in a year of their own, apart from the demo's and the services'. */
    private static final int CASE_YEAR = 2000;

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Connection db;

    private DecisionFixtures(Connection db) {
        this.db = db;
    }

    public static DecisionFixtures open() {
        try {
            return new DecisionFixtures(Database.connect());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new person of the enterprise, with an employee number no other test uses. */
    public String person(String name, String enterpriseCode) {
        String employeeNo = "EF" + RUN + "-" + NEXT.incrementAndGet();
        person(employeeNo, name, enterpriseCode, null);
        return employeeNo;
    }

    public void person(String employeeNo, String name, String enterpriseCode, String idHash) {
        update("INSERT INTO person (id, employee_no, name, enterprise_id, id_hash, id_last_four) "
                        + "VALUES (nextval('person_seq'), ?, ?, (SELECT id FROM enterprise WHERE code = ?), ?, ?)",
                employeeNo, name, enterpriseCode, idHash, idHash == null ? null : "0000");
    }

    public Decision decision(String employeeNo) {
        return new Decision(employeeNo);
    }

    /** A disciplinary sanction that came back from a referral of the decision, blocking until {@code eligibleFrom}. */
    public void disciplinary(Inserted decision, String sanctionedOn, String eligibleFrom) {
        update("INSERT INTO decision_referral (decision_id, kind, organ, referred_on, reference, sanction, sanctioned_on, "
                        + "eligible_from, recorded_by, recorded_at) VALUES (?, 'DISCIPLINARY', '示范市纪委监委', ?, ?, '党内警告', ?, ?, "
                        + "'office', now())",
                decision.id(), day(sanctionedOn).minusDays(30), "纪移〔" + NEXT.incrementAndGet() + "〕", day(sanctionedOn),
                day(eligibleFrom));
    }

    /**
     * An appeal that changed {@code original} on {@code resultOn}: the original ends that day, the replacement
     * (same person and case) counts its periods from the original's start and applies from the result date.
     */
    public Inserted changeOnAppeal(Inserted original, String resultOn, String measures) {
        update("UPDATE decision SET ended_on = ? WHERE id = ?", day(resultOn), original.id());
        Inserted replacement = new Decision(original.employeeNo()).measures(measures).periodStart(original.periodStart())
                .servedOn(resultOn).replacing(original).insert();
        update("INSERT INTO decision_appeal (decision_id, filed_on, grounds, status, result_on, result_reason, replacement_id, "
                        + "filed_by, resolved_by) VALUES (?, ?, '申诉理由', 'CHANGED', ?, '申诉复核结论', ?, 'office', 'leader')",
                original.id(), day(resultOn).minusDays(20), day(resultOn), replacement.id());
        return replacement;
    }

    /** An appeal that revoked {@code original} on {@code resultOn}: its effects stop that day, its history stays. */
    public void revokeOnAppeal(Inserted original, String resultOn) {
        update("UPDATE decision SET ended_on = ? WHERE id = ?", day(resultOn), original.id());
        update("INSERT INTO decision_appeal (decision_id, filed_on, grounds, status, result_on, result_reason, filed_by, "
                        + "resolved_by) VALUES (?, ?, '申诉理由', 'REVOKED', ?, '申诉复核结论', 'office', 'leader')",
                original.id(), day(resultOn).minusDays(20), day(resultOn));
    }

    /** A decision as stored: its id, number and the person and case it belongs to. */
    public record Inserted(long id, String decisionNo, String employeeNo, long investigationId, LocalDate periodStart) {
    }

    /** A decision to insert: EFFECTIVE, decided by YBJT under {@value #RULE_SET} unless said otherwise. */
    public final class Decision {

        private final String employeeNo;
        private String measures;
        private Integer banYears;
        private boolean lifetime;
        private LocalDate servedOn = LocalDate.parse("2026-01-10");
        private LocalDate periodStart;
        private String status = "EFFECTIVE";
        private String owner = "YBJT";
        private String legalBasis = "《示范市市属国有企业违规经营投资责任追究办法》第二十七条";
        private Inserted replaces;

        private Decision(String employeeNo) {
            this.employeeNo = employeeNo;
        }

        public Decision measures(String commaSeparated) {
            measures = commaSeparated;
            return this;
        }

        public Decision banYears(int years) {
            banYears = years;
            return this;
        }

        public Decision lifeBan() {
            lifetime = true;
            return this;
        }

        /** Served (and, unless {@link #periodStart} says otherwise, counted) from this day. */
        public Decision servedOn(String iso) {
            servedOn = day(iso);
            return this;
        }

        public Decision periodStart(LocalDate start) {
            periodStart = start;
            return this;
        }

        public Decision status(String decisionStatus) {
            status = decisionStatus;
            return this;
        }

        public Decision owner(String enterpriseCode) {
            owner = enterpriseCode;
            return this;
        }

        public Decision legalBasis(String text) {
            legalBasis = text;
            return this;
        }

        Decision replacing(Inserted original) {
            replaces = original;
            return this;
        }

        public Inserted insert() {
            try {
                long investigation = replaces != null ? replaces.investigationId() : investigation(owner);
                int year = servedOn.getYear();
                int seq = next("DECISION", owner, year);
                String number = owner + "-JD-" + year + "-" + String.format("%04d", seq);
                boolean served = !status.equals("PROPOSED") && !status.equals("APPROVED");
                LocalDate start = periodStart == null ? servedOn : periodStart;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO decision (decision_no, numbering_enterprise_id, "
                        + "decision_year, decision_seq, investigation_id, owner_enterprise_id, person_id, person_enterprise_id, "
                        + "employee_no, person_name, responsibility, loss_level, rule_set, determination_date, outcome, measures, "
                        + "ban_years, ban_lifetime, legal_basis, facts, deviation, status, proposed_by, proposed_at, "
                        + "legal_reviewer, legal_reviewed_on, approved_by, approved_at, approved_on, served_on, served_by, period_start, "
                        + "replaces_id) SELECT ?, o.id, ?, ?, ?, o.id, p.id, p.enterprise_id, p.employee_no, p.name, 'DIRECT', "
                        + "'LARGER', ?, ?, 'STANDARD', ?, ?, ?, ?, ?, 'WITHIN', ?, 'office', now(), '法律顾问', ?, 'leader', now(), "
                        + "?, ?, ?, ?, ? FROM enterprise o, person p WHERE o.code = ? AND p.employee_no = ? RETURNING id")) {
                    int i = 1;
                    insert.setString(i++, number);
                    insert.setInt(i++, year);
                    insert.setInt(i++, seq);
                    insert.setLong(i++, investigation);
                    insert.setString(i++, RULE_SET);
                    insert.setDate(i++, Date.valueOf(servedOn.minusDays(30)));
                    insert.setString(i++, measures);
                    insert.setObject(i++, banYears);
                    insert.setBoolean(i++, lifetime);
                    insert.setString(i++, legalBasis);
                    insert.setString(i++, FACTS);
                    insert.setString(i++, status);
                    insert.setDate(i++, Date.valueOf(servedOn.minusDays(10)));
                    insert.setDate(i++, Date.valueOf(servedOn.minusDays(10)));
                    insert.setDate(i++, served ? Date.valueOf(servedOn) : null);
                    insert.setString(i++, served ? "office" : null);
                    insert.setDate(i++, served ? Date.valueOf(start) : null);
                    insert.setObject(i++, replaces == null ? null : replaces.id());
                    insert.setString(i++, owner);
                    insert.setString(i, employeeNo);
                    try (ResultSet row = insert.executeQuery()) {
                        if (!row.next()) {
                            throw new IllegalStateException("No person " + employeeNo + " or enterprise " + owner);
                        }
                        return new Inserted(row.getLong(1), number, employeeNo, investigation, start);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A concluded investigation of the enterprise, of its own, so that every original decision is its own case. */
    private long investigation(String owner) throws SQLException {
        int seq = next("INVESTIGATION", owner, CASE_YEAR);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO investigation (case_no, numbering_enterprise_id, "
                + "case_year, case_seq, owner_enterprise_id, loss_enterprise_id, title, plan, status, opened_on, opened_by, "
                + "concluded_on) SELECT ?, e.id, " + CASE_YEAR + ", ?, e.id, e.id, '效果测试案件', '核查方案', 'CONCLUDED', DATE '2020-01-01', "
                + "'office', DATE '2020-06-01' FROM enterprise e WHERE e.code = ? RETURNING id")) {
            insert.setString(1, owner + "-EFFECT-CASE-" + RUN + "-" + seq);
            insert.setInt(2, seq);
            insert.setString(3, owner);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The next number from the area's counter, as the services take it: later numbers made by them do not collide. */
    /** The application's numbering (shared.Numbering), so that fixtures and real decisions never share a number. */
    private int next(String series, String code, int year) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "SELECT ?, id, ?, 1 FROM enterprise WHERE code = ? ON CONFLICT (series, enterprise_id, year) "
                + "DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            q.setString(1, series);
            q.setInt(2, year);
            q.setString(3, code);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                q.setObject(i + 1, v instanceof LocalDate d ? Date.valueOf(d) : v);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
