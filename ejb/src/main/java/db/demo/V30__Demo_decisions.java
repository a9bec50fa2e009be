package db.demo;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.rule.sanction.SanctionRule;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demo decisions (issue 8) for the demo's concluded investigations, so that the decision pages, the HR card and
 * the ban list show something on a first start: each responsible person gets a served decision with the light
 * end of the engine's row; the first case's also carries an SOE ban decided heavier than the row (with its
 * reason) and a disciplinary referral whose sanction came back. One decision stays proposed, awaiting review.
 */
public class V30__Demo_decisions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        RuleSet municipal = ruleSet();
        List<Object[]> subjects = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT i.id, i.owner_enterprise_id, e.code, s.person_id, p.enterprise_id, "
                + "p.employee_no, p.name, f.responsibility, f.facts, d.level, d.rule_set_used, d.determination_date "
                + "FROM investigation i JOIN enterprise e ON e.id = i.owner_enterprise_id "
                + "JOIN investigation_subject s ON s.investigation_id = i.id JOIN person p ON p.id = s.person_id "
                + "JOIN responsibility_finding f ON f.subject_id = s.id JOIN loss_determination d ON d.investigation_id = i.id "
                + "WHERE i.status = 'CONCLUDED' AND d.level IS NOT NULL ORDER BY i.id, s.id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                subjects.add(new Object[]{rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getLong(4), rows.getLong(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getString(11), rows.getDate(12).toLocalDate()});
            }
        }
        int n = 0;
        for (Object[] s : subjects) {
            n++;
            LossLevel level = LossLevel.valueOf((String) s[9]);
            Responsibility responsibility = Responsibility.valueOf((String) s[7]);
            Recommendation r = SanctionRule.recommend(level, responsibility, Set.<Aggravating>of(), Set.<Exclusion>of(),
                    Set.<MitigatingCondition>of(), municipal);
            List<String> measures = new ArrayList<>();
            if (!r.measures().isEmpty()) {
                measures.add(r.measures().get(Math.min(1, r.measures().size() - 1)).name());
            }
            boolean ban = n == 1;
            if (ban) {
                measures.add("BAN");
            }
            // the last one waits for the leading group, so that the home page shows a decision to review and approve
            boolean proposed = n == subjects.size() && subjects.size() >= 2;
            String status = proposed ? "PROPOSED" : "EFFECTIVE";
            int serial = counter(db, (Long) s[1], today.getYear());
            String decisionNo = String.format("%s-JD-%04d-%04d", s[2], today.getYear(), serial);
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO decision (decision_no, numbering_enterprise_id, "
                    + "decision_year, decision_seq, investigation_id, owner_enterprise_id, person_id, person_enterprise_id, employee_no, "
                    + "person_name, responsibility, loss_level, rule_set, determination_date, outcome, measures, ban_years, legal_basis, "
                    + "performance_salary_percent, term_incentive_percent, defer_performance_salary, end_unexercised_rights, "
                    + "hand_back_years, incentive_bar_years, incentive_bar_permanent, facts, deviation, deviation_reason, status, "
                    + "proposed_by, proposed_at, legal_reviewer, legal_reviewed_on, legal_opinion, legal_recorded_by, approved_by, "
                    + "approved_at, approved_on, served_on, served_by, period_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'STANDARD', ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                int i = 0;
                insert.setString(++i, decisionNo);
                insert.setLong(++i, (Long) s[1]);
                insert.setInt(++i, today.getYear());
                insert.setInt(++i, serial);
                insert.setLong(++i, (Long) s[0]);
                insert.setLong(++i, (Long) s[1]);
                insert.setLong(++i, (Long) s[3]);
                insert.setLong(++i, (Long) s[4]);
                insert.setString(++i, (String) s[5]);
                insert.setString(++i, (String) s[6]);
                insert.setString(++i, responsibility.name());
                insert.setString(++i, level.name());
                insert.setString(++i, (String) s[10]);
                insert.setDate(++i, Date.valueOf((LocalDate) s[11]));
                insert.setString(++i, measures.isEmpty() ? null : String.join(",", measures));
                insert.setObject(++i, ban ? 5 : null);
                insert.setString(++i, String.join("、", r.articles()));
                insert.setBigDecimal(++i, r.performanceSalaryPercent() == null ? null : r.performanceSalaryPercent().min());
                insert.setBigDecimal(++i, r.termIncentivePercent() == null ? null : r.termIncentivePercent().min());
                insert.setBoolean(++i, r.deferPerformanceSalary());
                insert.setBoolean(++i, r.endUnexercisedRights());
                insert.setObject(++i, r.handBackYears());
                insert.setObject(++i, r.incentiveBarYears());
                insert.setBoolean(++i, r.incentiveBarPermanent());
                insert.setString(++i, (String) s[8]);
                insert.setString(++i, ban ? "HEAVIER" : "WITHIN");
                insert.setString(++i, ban ? "多次违规且造成恶劣影响，经领导小组研究，加处禁入限制" : null);
                insert.setString(++i, status);
                insert.setTimestamp(++i, Timestamp.from(now));
                insert.setString(++i, proposed ? null : "法律事务部");
                insert.setDate(++i, proposed ? null : Date.valueOf(today));
                insert.setString(++i, proposed ? null : "程序合法，事实清楚，依据充分");
                insert.setString(++i, proposed ? null : "office");
                insert.setString(++i, proposed ? null : "leader");
                insert.setTimestamp(++i, proposed ? null : Timestamp.from(now));
                insert.setDate(++i, proposed ? null : Date.valueOf(today));
                insert.setDate(++i, proposed ? null : Date.valueOf(today));
                insert.setString(++i, proposed ? null : "office");
                insert.setDate(++i, proposed ? null : Date.valueOf(today));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            // the year's performance salary is settled at year end; the demo enters it so the pay part shows amounts
            try (PreparedStatement pay = db.prepareStatement("INSERT INTO person_pay (id, person_id, year, performance_salary, "
                    + "term_incentive, entered_by, entered_at) SELECT nextval('person_pay_seq'), ?, ?, 360000.00, 96000.00, 'hr', ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM person_pay WHERE person_id = ? AND year = ?)")) {
                pay.setLong(1, (Long) s[3]);
                pay.setInt(2, ((LocalDate) s[11]).getYear());
                pay.setTimestamp(3, Timestamp.from(now));
                pay.setLong(4, (Long) s[3]);
                pay.setInt(5, ((LocalDate) s[11]).getYear());
                pay.executeUpdate();
            }
            history(db, id, now, "PROPOSED", null, "PROPOSED");
            if (!proposed) {
                history(db, id, now, "LEGAL_REVIEW", null, null);
                history(db, id, now, "TRANSITION", "PROPOSED", "APPROVED");
                history(db, id, now, "TRANSITION", "APPROVED", "EFFECTIVE");
            }
            if (ban) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO decision_referral (decision_id, kind, organ, referred_on, "
                        + "reference, sanction, sanctioned_on, eligible_from, recorded_by, recorded_at) VALUES (?, 'DISCIPLINARY', "
                        + "'集团纪委', ?, ?, '党内严重警告', ?, ?, 'office', ?)")) {
                    insert.setLong(1, id);
                    insert.setDate(2, Date.valueOf(today));
                    insert.setString(3, "纪移〔" + today.getYear() + "〕1号");
                    insert.setDate(4, Date.valueOf(today));
                    insert.setDate(5, Date.valueOf(today.plusMonths(18)));
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.executeUpdate();
                }
                history(db, id, now, "REFERRED", null, null);
            }
        }
    }

    private static RuleSet ruleSet() {
        try (InputStream in = V30__Demo_decisions.class.getClassLoader().getResourceAsStream("rulesets/yibin-2020.json")) {
            return RuleSetJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int counter(Connection db, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES ('DECISION', ?, ?, 1) ON CONFLICT (series, enterprise_id, year) DO UPDATE "
                + "SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setLong(1, enterprise);
            next.setInt(2, year);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void history(Connection db, long id, Instant at, String action, String from, String to) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO decision_history (decision_id, occurred_at, user_id, action, "
                + "from_status, to_status, details) VALUES (?, ?, 'demo', ?, ?, ?, 'demo data')")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, action);
            insert.setString(4, from);
            insert.setString(5, to);
            insert.executeUpdate();
        }
    }
}
