package db.demo;

import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.level.LossLevelRule;
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

/**
 * Loss recovery (issue 18) on the demo's concluded cases, in every state: the recovered amounts earlier steps typed
 * into loss items become recovery events (as the schema migration does for real data); 物流's fuel case is fully
 * recovered (with an insurance entry reversed as wrongly recorded); 路桥's settlement case is partly recovered (HR's
 * pay claw-back under its decision included) and its balance waits for the leading group's write-off approval; and two older cases concluded last year: 水务's,
 * partly recovered and not followed up for two quarters (overdue on the office's to-do list), and 金控's, whose
 * balance the leading group approved writing off.
 */
public class V38__Demo_recoveries extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MIGRATED = "原损失项目中登记的已挽回金额（系统迁移）";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        migrateTypedRecoveries(db);

        Long fuel = caseId(db, "物流公司油品采购虚增损耗调查");
        if (fuel != null) {
            long item = firstItem(db, fuel);
            event(db, fuel, item, today.minusDays(15), "900000.00", "AGREED_REPAYMENT", "还款协议〔" + today.getYear() + "〕3号",
                    "供应商退还虚增损耗款银行回单", "investigator");
            long wrong = event(db, fuel, item, today.minusDays(12), "300000.00", "INSURANCE", "财产险理赔申请 PA-2026-0815",
                    "理赔受理通知书", "investigator");
            reversal(db, fuel, wrong, today.minusDays(10), "保险公司拒赔，理赔款未到账，误登记", "office");
            event(db, fuel, item, today.minusDays(5), "750000.00", "ASSET_DISPOSAL", "拍卖成交确认书〔" + today.getYear() + "〕27号",
                    "抵债油罐车辆拍卖价款入账回单", "office");
        }

        Long settlement = caseId(db, "路桥公司工程款结算审核失职调查");
        if (settlement != null) {
            long item = firstItem(db, settlement);
            event(db, settlement, item, today.minusDays(20), "80000.00", "LITIGATION", "（" + today.getYear() + "）民初字第 318 号",
                    "民事判决书及执行款到账回单", "investigator");
            clawBack(db, settlement, today.minusDays(25), "20000.00");
            writeOff(db, settlement, today.minusDays(3), "施工单位已进入破产清算，管理人书面确认无可供分配财产", null, null);
        }

        RuleSet municipal = ruleSet();
        long water = concludedCase(db, municipal, "YBSW", "水务公司二次供水设备采购损失调查", "860000.00", "设备采购溢价",
                today.minusDays(330), today.minusDays(240));
        long waterItem = firstItem(db, water);
        event(db, water, waterItem, today.minusDays(230), "200000.00", "AGREED_REPAYMENT", "退款协议〔" + today.minusDays(230).getYear() + "〕11号",
                "供应商退还溢价款银行回单", "investigator");
        event(db, water, waterItem, today.minusDays(200), "60000.00", "LITIGATION", "（" + today.minusDays(200).getYear() + "）民初字第 72 号",
                "执行款到账回单", "office");

        long factoring = concludedCase(db, municipal, "YBJR", "金控公司应收保理款损失调查", "950000.00", "保理款本息无法收回",
                today.minusDays(400), today.minusDays(300));
        event(db, factoring, firstItem(db, factoring), today.minusDays(280), "350000.00", "LITIGATION",
                "（" + today.minusDays(280).getYear() + "）金民初字第 9 号", "执行款到账回单", "office");
        writeOff(db, factoring, today.minusDays(60), "债务人已注销，连带保证人经强制执行无财产可供执行，法院已裁定终结本次执行程序",
                today.minusDays(50), "经领导小组会议研究，同意核销");
    }

    /** As the schema migration V47 does: each amount typed into a loss item becomes its first event. */
    private static void migrateTypedRecoveries(Connection db) throws SQLException {
        update(db, "INSERT INTO recovery_event (investigation_id, loss_item_id, recovered_on, amount, method, evidence, entered_by, entered_at) "
                + "SELECT l.investigation_id, l.id, CAST(l.entered_at AT TIME ZONE 'Asia/Shanghai' AS DATE), l.recovered_amount, 'OTHER', ?, "
                + "l.entered_by, l.entered_at FROM loss_item l WHERE l.recovered_amount > 0", MIGRATED);
        update(db, "INSERT INTO investigation_history (investigation_id, occurred_at, user_id, action, details) "
                + "SELECT e.investigation_id, now(), 'system', 'RECOVERY_MIGRATED', 'item=' || e.loss_item_id || '; event=' || e.id "
                + "|| '; amount=' || e.amount || '; method=OTHER' FROM recovery_event e WHERE e.evidence = ? AND NOT EXISTS ("
                + "SELECT 1 FROM investigation_history h WHERE h.investigation_id = e.investigation_id AND h.action = 'RECOVERY_MIGRATED' "
                + "AND h.details LIKE '%event=' || e.id || ';%')", MIGRATED);
        update(db, "UPDATE loss_item SET recovered_amount = 0 WHERE recovered_amount > 0");
    }

    private static long event(Connection db, long investigation, long item, LocalDate on, String amount, String method,
                              String reference, String evidence, String by) throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO recovery_event (investigation_id, loss_item_id, recovered_on, "
                + "amount, method, reference, evidence, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, investigation);
            insert.setLong(2, item);
            insert.setDate(3, Date.valueOf(on));
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setString(5, method);
            insert.setString(6, reference);
            insert.setString(7, evidence);
            insert.setString(8, by);
            insert.setTimestamp(9, at(on, 15));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        history(db, investigation, at(on, 15), by, "RECOVERY_RECORDED", null, "item=" + item + "; event=" + id + "; amount=" + amount
                + "; method=" + method + "; date=" + on + "; reference=" + reference);
        return id;
    }

    /** HR claws back pay under the case's first served decision (never before it was served): counted as recovered. */
    private static void clawBack(Connection db, long investigation, LocalDate on, String amount) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO decision_recovery (decision_id, recovered_on, amount, note, "
                + "recorded_by, recorded_at) SELECT id, GREATEST(served_on, ?), ?, '绩效年薪扣回', 'hr', ? FROM decision "
                + "WHERE investigation_id = ? AND status IN ('EFFECTIVE', 'EXECUTED') ORDER BY id LIMIT 1 RETURNING decision_id, recovered_on")) {
            insert.setDate(1, Date.valueOf(on));
            insert.setBigDecimal(2, new BigDecimal(amount));
            insert.setTimestamp(3, at(on, 11));
            insert.setLong(4, investigation);
            try (ResultSet row = insert.executeQuery()) {
                if (row.next()) {
                    update(db, "INSERT INTO decision_history (decision_id, occurred_at, user_id, action, reason, details) "
                            + "VALUES (?, ?, 'hr', 'RECOVERY_RECORDED', '绩效年薪扣回', ?)", row.getLong(1), at(on, 11),
                            "amount=" + amount + "; on=" + row.getDate(2).toLocalDate());
                }
            }
        }
    }

    private static void reversal(Connection db, long investigation, long reversed, LocalDate on, String reason, String by)
            throws SQLException {
        long item;
        String amount;
        String method;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO recovery_event (investigation_id, loss_item_id, recovered_on, "
                + "amount, method, reference, evidence, reverses_id, reason, entered_by, entered_at) SELECT investigation_id, loss_item_id, ?, "
                + "-amount, method, reference, ?, id, ?, ?, ? FROM recovery_event WHERE id = ? RETURNING loss_item_id, amount, method")) {
            insert.setDate(1, Date.valueOf(on));
            insert.setString(2, reason);
            insert.setString(3, reason);
            insert.setString(4, by);
            insert.setTimestamp(5, at(on, 10));
            insert.setLong(6, reversed);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                item = row.getLong(1);
                amount = row.getBigDecimal(2).toPlainString();
                method = row.getString(3);
            }
        }
        history(db, investigation, at(on, 10), by, "RECOVERY_REVERSED", reason, "item=" + item + "; event=" + reversed
                + "; amount=" + amount + "; method=" + method);
    }

    /**
     * The office asks to write the case's balance off on {@code requested}; with {@code approved}, the leading group
     * approved it that day with {@code opinion}.
     */
    private static void writeOff(Connection db, long investigation, LocalDate requested, String reason, LocalDate approved,
                                 String opinion) throws SQLException {
        BigDecimal balance;
        try (PreparedStatement q = db.prepareStatement("SELECT d.counted_amount - COALESCE((SELECT SUM(e.amount) FROM recovery_event e "
                + "WHERE e.investigation_id = d.investigation_id), 0) - COALESCE((SELECT SUM(r.amount) FROM decision_recovery r "
                + "JOIN decision dd ON dd.id = r.decision_id WHERE dd.investigation_id = d.investigation_id), 0) "
                + "FROM loss_determination d WHERE d.investigation_id = ?")) {
            q.setLong(1, investigation);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                balance = row.getBigDecimal(1);
            }
        }
        if (balance.signum() <= 0) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO recovery_case (investigation_id, followed_up_on, "
                + "irrecoverable_status, irrecoverable_amount, irrecoverable_reason, requested_by, requested_at, decided_by, decided_at, "
                + "opinion) VALUES (?, ?, ?, ?, ?, 'office', ?, ?, ?, ?)")) {
            insert.setLong(1, investigation);
            insert.setDate(2, Date.valueOf(requested));
            insert.setString(3, approved == null ? "PENDING" : "APPROVED");
            insert.setBigDecimal(4, balance);
            insert.setString(5, reason);
            insert.setTimestamp(6, at(requested, 9));
            insert.setString(7, approved == null ? null : "leader");
            insert.setTimestamp(8, approved == null ? null : at(approved, 16));
            insert.setString(9, opinion);
            insert.executeUpdate();
        }
        history(db, investigation, at(requested, 9), "office", "IRRECOVERABLE_REQUESTED", reason, "amount=" + balance);
        if (approved != null) {
            history(db, investigation, at(approved, 16), "leader", "IRRECOVERABLE_APPROVED", opinion, "amount=" + balance);
        }
    }

    /**
     * A case concluded long ago (last year's work, before this system's other demo cases): one subject of the
     * enterprise not involved elsewhere, the demo investigator's team, one direct loss item, its level, a finding.
     */
    private static long concludedCase(Connection db, RuleSet municipal, String code, String title, String amount, String what,
                                      LocalDate opened, LocalDate concluded) throws SQLException {
        long enterprise = single(db, "SELECT id FROM enterprise WHERE code = ?", code);
        String employeeNo;
        try (PreparedStatement q = db.prepareStatement("SELECT p.employee_no FROM person p WHERE p.enterprise_id = ? "
                + "AND NOT p.enterprise_head AND NOT EXISTS (SELECT 1 FROM investigation_subject s WHERE s.person_id = p.id) "
                + "ORDER BY p.employee_no LIMIT 1")) {
            q.setLong(1, enterprise);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                employeeNo = row.getString(1);
            }
        }
        int year = opened.getYear();
        int serial = counter(db, enterprise, year);
        String caseNo = String.format("%s-DC-%04d-%04d", code, year, serial);
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, "
                + "case_seq, owner_enterprise_id, loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CONCLUDED', ?, 'office', ?) RETURNING id")) {
            insert.setString(1, caseNo);
            insert.setLong(2, enterprise);
            insert.setInt(3, year);
            insert.setInt(4, serial);
            insert.setLong(5, enterprise);
            insert.setLong(6, enterprise);
            insert.setString(7, title);
            insert.setString(8, "调取合同、凭证和决策记录，约谈相关人员，委托会计师事务所专项审计。");
            insert.setDate(9, Date.valueOf(opened));
            insert.setDate(10, Date.valueOf(concluded));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        history(db, id, at(opened, 9), "office", "OPENED", null, null);
        update(db, "INSERT INTO investigation_subject (investigation_id, person_id, employee_no, name, enterprise_code, post, enterprise_head) "
                + "SELECT ?, p.id, p.employee_no, p.name, e.code, p.post, p.enterprise_head FROM person p JOIN enterprise e ON e.id = p.enterprise_id "
                + "WHERE p.employee_no = ?", id, employeeNo);
        update(db, "INSERT INTO involved_person (object_type, object_id, person_id, reason, recorded_by, recorded_at) "
                + "SELECT 'INVESTIGATION', ?, id, 'investigation.subject', 'demo', ? FROM person WHERE employee_no = ?", id, at(opened, 9), employeeNo);
        update(db, "INSERT INTO investigation_member (investigation_id, user_id, employee_no, name, department, team_role, recusal, statement, "
                + "declared_at, assigned_by, assigned_at) VALUES (?, 'investigator', 'DEMO-INVESTIGATOR', '张伟', '审计部', 'LEADER', "
                + "'NO_CONFLICT', '本人与本案及被调查人无利害关系', ?, 'office', ?)", id, at(opened, 10), at(opened, 10));
        history(db, id, at(opened, 10), "office", "MEMBER_ASSIGNED", null, "user=investigator; role=LEADER; department=审计部");
        update(db, "INSERT INTO loss_item (investigation_id, kind, contingent, description, amount, basis, evidence_reference, entered_by, "
                + "entered_at) VALUES (?, 'DIRECT', FALSE, ?, ?, 'ACCOUNTING_AUDIT', ?, 'investigator', ?)", id, what, new BigDecimal(amount),
                "专项审计报告〔" + year + "〕" + (50 + serial) + "号", at(opened.plusDays(30), 11));
        LossLevelResult level = LossLevelRule.classify(new BigDecimal(amount), assets(db, enterprise, opened.getYear() - 1), municipal);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO loss_determination (investigation_id, determination_date, "
                + "rule_set_used, counted_amount, prior_year_end_assets, level, by_amount, by_share, assets_missing, articles, "
                + "incident_report_since, determined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setDate(2, Date.valueOf(opened.plusDays(30)));
            insert.setString(3, level.ruleSetCode());
            insert.setBigDecimal(4, new BigDecimal(amount));
            insert.setBigDecimal(5, assets(db, enterprise, opened.getYear() - 1));
            insert.setString(6, level.level().name());
            insert.setString(7, level.byAmount().name());
            insert.setString(8, level.byShare() == null ? null : level.byShare().name());
            insert.setBoolean(9, level.assetsMissing());
            insert.setString(10, String.join("；", level.articles()));
            insert.setDate(11, level.level().ordinal() > 0 ? Date.valueOf(opened.plusDays(30)) : null);
            insert.setTimestamp(12, at(opened.plusDays(30), 11));
            insert.executeUpdate();
        }
        history(db, id, at(opened.plusDays(30), 11), "investigator", "LEVEL_DETERMINED", null,
                "level=" + level.level() + "; L=" + amount);
        update(db, "INSERT INTO responsibility_finding (investigation_id, subject_id, responsibility, facts, evidence, recorded_by, recorded_at) "
                + "SELECT ?, id, 'DIRECT', '未履行集体决策程序，擅自决定并组织实施', '会议纪要、合同文本、付款审批单及谈话笔录', 'investigator', ? "
                + "FROM investigation_subject WHERE investigation_id = ?", id, at(opened.plusDays(40), 11), id);
        String from = "PLANNED";
        LocalDate step = opened;
        for (String to : new String[]{"IN_PROGRESS", "REPORT_DRAFTED", "REPORT_APPROVED", "CONCLUDED"}) {
            step = to.equals("CONCLUDED") ? concluded : step.plusDays(20);
            history(db, id, at(step, 14), to.equals("REPORT_APPROVED") ? "leader" : "office", "TRANSITION", null, null, from, to);
            from = to;
        }
        return id;
    }

    private static Long caseId(Connection db, String title) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM investigation WHERE title = ? AND status = 'CONCLUDED' ORDER BY id LIMIT 1")) {
            q.setString(1, title);
            try (ResultSet row = q.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static long firstItem(Connection db, long investigation) throws SQLException {
        return single(db, "SELECT id FROM loss_item WHERE investigation_id = ? AND withdrawn_at IS NULL ORDER BY id LIMIT 1", investigation);
    }

    private static RuleSet ruleSet() {
        try (InputStream in = V38__Demo_recoveries.class.getClassLoader().getResourceAsStream("rulesets/yibin-2020.json")) {
            return RuleSetJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int counter(Connection db, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES ('INVESTIGATION', ?, ?, 1) ON CONFLICT (series, enterprise_id, year) DO UPDATE "
                + "SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setLong(1, enterprise);
            next.setInt(2, year);
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

    private static Timestamp at(LocalDate day, int hour) {
        Instant instant = day.atTime(hour, 0).atZone(CHINA).toInstant();
        return Timestamp.from(instant);
    }

    private static void history(Connection db, long id, Timestamp at, String user, String action, String reason, String details)
            throws SQLException {
        history(db, id, at, user, action, reason, details, null, null);
    }

    private static void history(Connection db, long id, Timestamp at, String user, String action, String reason, String details,
                                String from, String to) throws SQLException {
        update(db, "INSERT INTO investigation_history (investigation_id, occurred_at, user_id, action, from_status, to_status, reason, "
                + "details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, at, user, action, from, to, reason, details);
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
