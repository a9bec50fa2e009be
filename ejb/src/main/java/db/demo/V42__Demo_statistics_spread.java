package db.demo;

import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.level.LossLevelRule;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
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
import java.math.RoundingMode;
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
 * Demo spread for the statistics (issue 20): thirty cases of the last twenty months across the subsidiaries, each
 * from an accepted clue, with a loss determined by the rule engine, findings and — once concluded — a decision in
 * force for each subject; some concluded within the handling period, some late, a few still open past it; some
 * with fault tolerance applied. So that the dashboard's charts, the year over year and the months say something.
 * The subjects are staff of the subsidiaries (never the demo accounts), recorded as involved.
 */
public class V42__Demo_statistics_spread extends BaseJavaMigration {

    private static final String[] UNITS = {"YBNY", "YBJR", "YBWL", "YBSW", "YBJSLQ", "YBNYRQ", "YBWT", "YBJRZL", "YBNYXN", "YBJRDB"};
    private static final String[] TITLES = {"违规对外担保代偿损失调查", "工程项目未招标直接发包调查", "资产低价处置损失调查",
            "应收账款长期挂账形成坏账调查", "委托理财到期未兑付调查", "设备采购价格明显偏高调查", "股权收购未尽职调查损失调查",
            "预付款超比例支付无法收回调查", "融资性贸易资金占用调查", "库存物资盘亏损失调查"};
    private static final long[] AMOUNTS = {180_000, 650_000, 1_250_000, 3_400_000, 8_600_000, 420_000, 15_800_000, 960_000,
            2_200_000, 5_300_000, 310_000, 27_500_000};
    private static final String[] RESPONSIBILITIES = {"DIRECT", "SUPERVISORY", "LEADERSHIP"};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        RuleSet municipal = ruleSet();
        for (int k = 0; k < 30; k++) {
            String code = UNITS[k % UNITS.length];
            long enterprise = single(db, "SELECT id FROM enterprise WHERE code = ?", code);
            List<long[]> people = people(db, enterprise);
            if (people.isEmpty()) {
                continue;
            }
            String title = shortName(db, enterprise) + TITLES[k % TITLES.length];
            LocalDate opened = today.minusDays(30 + k * 20L);
            // most within the handling period, every fourth well beyond it; the newest still running
            LocalDate concluded = opened.plusDays(k % 4 == 3 ? 230 : 50 + (k * 13) % 90);
            boolean done = concluded.isBefore(today.minusDays(20));
            String status = done ? "CONCLUDED" : "IN_PROGRESS";

            BigDecimal amount = BigDecimal.valueOf(AMOUNTS[k % AMOUNTS.length]).setScale(2);
            LocalDate determined = done ? concluded.minusDays(10) : opened.plusDays(30);
            BigDecimal assets = assets(db, enterprise, determined.getYear() - 1);
            LossLevelResult level = LossLevelRule.classify(amount, assets, municipal);

            int clueSerial = counter(db, "CLUE", enterprise, opened.minusDays(25).getYear());
            String ledgerNo = String.format("%s-XS-%04d-%04d", code, opened.minusDays(25).getYear(), clueSerial);
            long clue = single(db, "SELECT nextval('clue_seq')");
            update(db, "INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, ledger_seq, enterprise_id, "
                            + "owner_enterprise_id, source, received_on, registered_on, registered_by, summary, status, level, possible_loss, "
                            + "disposition_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, 'ACCEPTED', ?, ?, '经初步核实，同意启动追责')",
                    clue, ledgerNo, enterprise, opened.minusDays(25).getYear(), clueSerial, enterprise, enterprise,
                    k % 3 == 0 ? "AUDIT" : k % 3 == 1 ? "REPORT" : "INSPECTION_TOUR", Date.valueOf(opened.minusDays(25)),
                    Date.valueOf(opened.minusDays(25)), "线索：" + title.replace("调查", ""), level.level().name(), amount);

            int serial = counter(db, "INVESTIGATION", enterprise, opened.getYear());
            String caseNo = String.format("%s-DC-%04d-%04d", code, opened.getYear(), serial);
            long id = single(db, "INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, case_seq, owner_enterprise_id, "
                            + "loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "'office', ?) RETURNING id", caseNo, enterprise, opened.getYear(), serial, enterprise, enterprise, title,
                    "调取合同、凭证和决策记录，约谈相关人员。", status, Date.valueOf(opened), done ? Date.valueOf(concluded) : null);
            update(db, "INSERT INTO investigation_clue (investigation_id, clue_id) VALUES (?, ?)", id, clue);
            history(db, id, now, "OPENED", null, "PLANNED", "clues=" + ledgerNo);
            history(db, id, now, "TRANSITION", "PLANNED", "IN_PROGRESS", null);

            // each unit's three cases take the last six of its staff, apart from the people other demo steps use
            int first = (k / UNITS.length) * 2 % people.size();
            List<long[]> subjects = people.size() > 1 && k % 2 == 0
                    ? List.of(people.get(first), people.get((first + 1) % people.size())) : List.of(people.get(first));
            List<Long> subjectIds = new ArrayList<>();
            for (long[] person : subjects) {
                subjectIds.add(single(db, "INSERT INTO investigation_subject (investigation_id, person_id, employee_no, name, "
                        + "enterprise_code, post, enterprise_head) SELECT ?, p.id, p.employee_no, p.name, e.code, p.post, p.enterprise_head "
                        + "FROM person p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = ? RETURNING id", id, person[0]));
                update(db, "INSERT INTO involved_person (object_type, object_id, person_id, reason, recorded_by, recorded_at) "
                        + "VALUES ('INVESTIGATION', ?, ?, 'investigation.subject', 'demo', ?)", id, person[0], Timestamp.from(now));
            }

            update(db, "INSERT INTO loss_item (investigation_id, kind, contingent, description, amount, basis, evidence_reference, "
                            + "recovered_amount, entered_by, entered_at) VALUES (?, 'DIRECT', false, ?, ?, 'ACCOUNTING_AUDIT', ?, ?, 'investigator', ?)",
                    id, "直接损失", amount, "专项审计报告〔" + opened.getYear() + "〕" + (60 + k) + "号",
                    amount.multiply(BigDecimal.valueOf(k % 3 * 0.2)).setScale(2, RoundingMode.HALF_UP), Timestamp.from(now));
            update(db, "INSERT INTO loss_determination (investigation_id, determination_date, rule_set_used, counted_amount, "
                            + "prior_year_end_assets, level, by_amount, by_share, assets_missing, articles, determined_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, Date.valueOf(determined), level.ruleSetCode(), amount, assets,
                    level.level().name(), level.byAmount().name(), level.byShare() == null ? null : level.byShare().name(),
                    level.assetsMissing(), String.join("；", level.articles()), Timestamp.from(now));
            history(db, id, now, "LEVEL_DETERMINED", null, null, "level=" + level.level() + "; L=" + amount);

            for (int s = 0; s < subjects.size(); s++) {
                Responsibility responsibility = Responsibility.valueOf(RESPONSIBILITIES[(k + s) % 3]);
                update(db, "INSERT INTO responsibility_finding (investigation_id, subject_id, responsibility, facts, evidence, "
                                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, '会议纪要、合同文本及谈话笔录', 'investigator', ?)", id,
                        subjectIds.get(s), responsibility.name(), "未履行决策程序，造成国有资产损失", Timestamp.from(now));
                boolean tolerated = k % 5 == 1 && s == 0;
                String outcome = tolerated ? (k % 2 == 0 ? "LIGHTER" : "MITIGATED") : "STANDARD";
                if (tolerated) {
                    update(db, "INSERT INTO fault_tolerance_evaluation (investigation_id, subject_id, conditions, condition_evidence, "
                                    + "outcome, rule_set_code, status, proposed_by, proposed_at, approved_by, approved_at, approval_note) "
                                    + "VALUES (?, ?, 'RECOVERED_LOSS', '追回款项银行回单', ?, ?, 'APPROVED', 'investigator', ?, 'leader', ?, "
                                    + "'领导小组会议研究同意')", id, subjectIds.get(s), outcome, level.ruleSetCode(),
                            Timestamp.from(now), Timestamp.from(determined.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
                }
                if (done) {
                    decision(db, now, today, municipal, enterprise, code, id, subjects.get(s), level, responsibility, outcome,
                            concluded.plusDays(15).isAfter(today) ? today : concluded.plusDays(15), determined, k + s);
                }
            }
            if (done) {
                history(db, id, now, "TRANSITION", "IN_PROGRESS", "CONCLUDED", null);
            }
        }
    }

    private static void decision(Connection db, Instant now, LocalDate today, RuleSet municipal, long enterprise, String code,
                                 long investigation, long[] person, LossLevelResult level, Responsibility responsibility,
                                 String outcome, LocalDate approved, LocalDate determined, int n) throws SQLException {
        Recommendation r = SanctionRule.recommend(level.level(), responsibility, Set.<Aggravating>of(), Set.<Exclusion>of(),
                Set.<MitigatingCondition>of(), municipal);
        // an SOE ban needs its term decided by the leading group: the spread keeps to the other measures
        List<Measure> allowed = r.measures().stream().filter(m -> m != Measure.BAN).toList();
        String measures = allowed.isEmpty() ? null : allowed.get(n % allowed.size()).name();
        int serial = counter(db, "DECISION", enterprise, approved.getYear());
        long id = single(db, "INSERT INTO decision (decision_no, numbering_enterprise_id, decision_year, decision_seq, investigation_id, "
                        + "owner_enterprise_id, person_id, person_enterprise_id, employee_no, person_name, responsibility, loss_level, rule_set, "
                        + "determination_date, outcome, measures, legal_basis, facts, deviation, status, proposed_by, proposed_at, legal_reviewer, "
                        + "legal_reviewed_on, legal_opinion, legal_recorded_by, approved_by, approved_at, approved_on, served_on, served_by, "
                        + "period_start) SELECT ?, ?, ?, ?, ?, ?, p.id, p.enterprise_id, p.employee_no, p.name, ?, ?, ?, ?, ?, ?, ?, "
                        + "'未履行决策程序，造成国有资产损失', 'WITHIN', 'EFFECTIVE', 'office', ?, '法律事务部', ?, '程序合法，事实清楚，依据充分', "
                        + "'office', 'leader', ?, ?, ?, 'office', ? FROM person p WHERE p.id = ? RETURNING id",
                String.format("%s-JD-%04d-%04d", code, approved.getYear(), serial), enterprise, approved.getYear(), serial,
                investigation, enterprise, responsibility.name(), level.level().name(), level.ruleSetCode(), Date.valueOf(determined),
                outcome, measures, String.join("、", r.articles()), Timestamp.from(now), Date.valueOf(approved), Timestamp.from(now),
                Date.valueOf(approved), Date.valueOf(approved), Date.valueOf(approved), person[0]);
        for (String[] step : new String[][]{{"PROPOSED", null, "PROPOSED"}, {"LEGAL_REVIEW", null, null},
                {"TRANSITION", "PROPOSED", "APPROVED"}, {"TRANSITION", "APPROVED", "EFFECTIVE"}}) {
            update(db, "INSERT INTO decision_history (decision_id, occurred_at, user_id, action, from_status, to_status, details) "
                    + "VALUES (?, ?, 'demo', ?, ?, ?, 'demo data')", id, Timestamp.from(now), step[0], step[1], step[2]);
        }
    }

    /** Staff of the enterprise who may be subjects: not the demo accounts nor another case's subjects, the newest first. */
    private static List<long[]> people(Connection db, long enterprise) throws SQLException {
        List<long[]> people = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM person WHERE enterprise_id = ? AND ldap_user_id IS NULL "
                + "AND employee_no NOT LIKE 'DEMO-%' AND status = 'ACTIVE' AND id NOT IN (SELECT person_id FROM investigation_subject) "
                + "ORDER BY employee_no DESC")) {
            query.setLong(1, enterprise);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(new long[]{rows.getLong(1)});
                }
            }
        }
        return people;
    }

    private static String shortName(Connection db, long enterprise) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT coalesce(short_name, full_name) FROM enterprise WHERE id = ?")) {
            query.setLong(1, enterprise);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static RuleSet ruleSet() {
        try (InputStream in = V42__Demo_statistics_spread.class.getClassLoader().getResourceAsStream("rulesets/yibin-2020.json")) {
            return RuleSetJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int counter(Connection db, String series, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES (?, ?, ?, 1) ON CONFLICT (series, enterprise_id, year) DO UPDATE "
                + "SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setString(1, series);
            next.setLong(2, enterprise);
            next.setInt(3, year);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static BigDecimal assets(Connection db, long enterprise, int year) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT total_assets FROM enterprise_assets WHERE enterprise_id = ? AND year = ?")) {
            query.setLong(1, enterprise);
            query.setInt(2, year);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBigDecimal(1) : null;
            }
        }
    }

    private static void history(Connection db, long id, Instant at, String action, String from, String to, String details)
            throws SQLException {
        update(db, "INSERT INTO investigation_history (investigation_id, occurred_at, user_id, action, from_status, to_status, details) "
                + "VALUES (?, ?, 'demo', ?, ?, ?, ?)", id, Timestamp.from(at), action, from, to, details);
    }

    private static long single(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no row for " + sql);
                }
                return row.getLong(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
