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
import java.util.List;

/**
 * Demo investigations (issue 7): a dozen cases at every stage of the lifecycle, each opened from its own accepted
 * clue, with subjects, a team whose leader is the demo investigator (declared), believable loss items whose level
 * the rule engine determines with the municipal rule set, findings and fault-tolerance evaluations. The subjects
 * are staff of 能源, 金控, 物流, 水务 and 路桥 (never the demo accounts), recorded as involved.
 */
public class V20__Demo_investigations extends BaseJavaMigration {

    /** enterprise, status, title, subjects (employee numbers), loss items as "kind:contingent:assessed:amount:recovered:what" */
    private static final Object[][] CASES = {
            {"YBNY", "PLANNED", "能源公司光伏项目前期费用损失核查", List.of("YB000075"), List.of()},
            {"YBJR", "PLANNED", "金控公司违规开展融资性贸易核查", List.of("YB000111", "YB000112"), List.of()},
            {"YBWL", "IN_PROGRESS", "物流公司仓储租赁合同违约损失调查", List.of("YB000147"),
                    List.of("DIRECT:false:false:680000.00:50000.00:支付违约金", "INDIRECT:false:false:120000.00:0:仓储闲置损失")},
            {"YBSW", "IN_PROGRESS", "水务公司管网工程超概算支付调查", List.of("YB000183", "YB000184"),
                    List.of("DIRECT:false:false:2350000.00:300000.00:超付工程款", "DIRECT:true:true:900000.00:0:预计无法收回的保证金")},
            {"YBJSLQ", "IN_PROGRESS", "路桥公司设备采购未招标损失调查", List.of("YB000051"),
                    List.of("DIRECT:false:false:430000.00:0:采购价差", "INDIRECT:true:false:1500000.00:0:预计停工损失（待评估）")},
            {"YBNYRQ", "IN_PROGRESS", "燃气公司违规对外担保代偿调查", List.of("YB000085", "YB000087"),
                    List.of("DIRECT:false:false:12600000.00:2000000.00:担保代偿款")},
            {"YBJR", "REPORT_DRAFTED", "金控公司委托贷款逾期损失调查", List.of("YB000114"),
                    List.of("DIRECT:false:false:5800000.00:800000.00:委托贷款本息损失", "INDIRECT:false:false:260000.00:0:诉讼费用")},
            {"YBWL", "REPORT_DRAFTED", "物流公司车辆处置低于评估价调查", List.of("YB000150"),
                    List.of("DIRECT:false:false:960000.00:0:处置价差")},
            {"YBSW", "REPORT_APPROVED", "水务公司污泥处置合同重复付款调查", List.of("YB000186"),
                    List.of("DIRECT:false:false:1180000.00:1180000.00:重复支付（已全额追回）")},
            {"YBNY", "REPORT_APPROVED", "能源公司参股企业投资减值调查", List.of("YB000077", "YB000078"),
                    List.of("DIRECT:false:false:23500000.00:0:长期股权投资减值", "DIRECT:true:true:4000000.00:0:预计担保损失")},
            {"YBJSLQ", "CONCLUDED", "路桥公司工程款结算审核失职调查", List.of("YB000053"),
                    List.of("DIRECT:false:false:350000.00:120000.00:多结算工程款")},
            {"YBWL", "CONCLUDED", "物流公司油品采购虚增损耗调查", List.of("YB000152"),
                    List.of("DIRECT:false:false:2100000.00:600000.00:虚增损耗", "INDIRECT:false:false:150000.00:0:稽核费用")},
    };

    private static final List<String> ORDER = List.of("PLANNED", "IN_PROGRESS", "REPORT_DRAFTED", "REPORT_APPROVED", "CONCLUDED");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        RuleSet municipal = ruleSet();
        int n = 0;
        for (Object[] c : CASES) {
            n++;
            String code = (String) c[0];
            String status = (String) c[1];
            String title = (String) c[2];
            @SuppressWarnings("unchecked") List<String> subjects = (List<String>) c[3];
            @SuppressWarnings("unchecked") List<String> items = (List<String>) c[4];
            long enterprise = single(db, "SELECT id FROM enterprise WHERE code = ?", code);
            LocalDate opened = today.minusDays(120 - n * 8L);

            // the accepted clue it comes from
            int clueSerial = counter(db, "CLUE", enterprise, today.getYear());
            String ledgerNo = String.format("%s-XS-%04d-%04d", code, today.getYear(), clueSerial);
            long clue = single(db, "SELECT nextval('clue_seq')");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, "
                    + "ledger_seq, enterprise_id, owner_enterprise_id, source, received_on, registered_on, registered_by, summary, "
                    + "status, disposition_reason) VALUES (?, ?, ?, ?, ?, ?, ?, 'AUDIT', ?, ?, 'office', ?, 'ACCEPTED', '经初步核实，同意启动追责')")) {
                insert.setLong(1, clue);
                insert.setString(2, ledgerNo);
                insert.setLong(3, enterprise);
                insert.setInt(4, today.getYear());
                insert.setInt(5, clueSerial);
                insert.setLong(6, enterprise);
                insert.setLong(7, enterprise);
                insert.setDate(8, Date.valueOf(opened.minusDays(30)));
                insert.setDate(9, Date.valueOf(opened.minusDays(30)));
                insert.setString(10, "审计发现：" + title.replace("调查", "").replace("核查", ""));
                insert.executeUpdate();
            }

            int serial = counter(db, "INVESTIGATION", enterprise, today.getYear());
            String caseNo = String.format("%s-DC-%04d-%04d", code, today.getYear(), serial);
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO investigation (case_no, numbering_enterprise_id, case_year, "
                    + "case_seq, owner_enterprise_id, loss_enterprise_id, title, plan, status, opened_on, opened_by, concluded_on) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?) RETURNING id")) {
                insert.setString(1, caseNo);
                insert.setLong(2, enterprise);
                insert.setInt(3, today.getYear());
                insert.setInt(4, serial);
                insert.setLong(5, enterprise);
                insert.setLong(6, enterprise);
                insert.setString(7, title);
                insert.setString(8, "调取合同、凭证和决策记录，约谈相关人员，必要时委托会计师事务所专项审计。");
                insert.setString(9, status);
                insert.setDate(10, Date.valueOf(opened));
                insert.setDate(11, status.equals("CONCLUDED") ? Date.valueOf(opened.plusDays(60)) : null);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            update(db, "INSERT INTO investigation_clue (investigation_id, clue_id) VALUES (?, ?)", id, clue);
            history(db, id, now, "OPENED", null, "PLANNED", "clues=" + ledgerNo);

            boolean head = false;
            for (String employeeNo : subjects) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO investigation_subject (investigation_id, person_id, "
                        + "employee_no, name, enterprise_code, post, enterprise_head) SELECT ?, p.id, p.employee_no, p.name, e.code, p.post, "
                        + "p.enterprise_head FROM person p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.employee_no = ? RETURNING enterprise_head")) {
                    insert.setLong(1, id);
                    insert.setString(2, employeeNo);
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        head |= row.getBoolean(1);
                    }
                }
                try (PreparedStatement involved = db.prepareStatement("INSERT INTO involved_person (object_type, object_id, person_id, "
                        + "reason, recorded_by, recorded_at) SELECT 'INVESTIGATION', ?, id, 'investigation.subject', 'demo', ? FROM person "
                        + "WHERE employee_no = ?")) {
                    involved.setLong(1, id);
                    involved.setTimestamp(2, Timestamp.from(now));
                    involved.setString(3, employeeNo);
                    involved.executeUpdate();
                }
            }
            if (status.equals("PLANNED")) {
                continue;
            }
            try (PreparedStatement member = db.prepareStatement("INSERT INTO investigation_member (investigation_id, user_id, employee_no, "
                    + "name, department, team_role, recusal, statement, declared_at, assigned_by, assigned_at) VALUES (?, 'investigator', "
                    + "'DEMO-INVESTIGATOR', '张伟', '审计部', 'LEADER', 'NO_CONFLICT', '本人与本案及被调查人无利害关系', ?, 'office', ?)")) {
                member.setLong(1, id);
                member.setTimestamp(2, Timestamp.from(now));
                member.setTimestamp(3, Timestamp.from(now));
                member.executeUpdate();
            }
            history(db, id, now, "MEMBER_ASSIGNED", null, null, "user=investigator; role=LEADER; department=审计部");
            history(db, id, now, "RECUSAL_DECLARED", null, null, "user=investigator");
            String from = "PLANNED";
            for (String to : ORDER.subList(1, ORDER.indexOf(status) + 1)) {
                history(db, id, now, "TRANSITION", from, to, null);
                from = to;
            }

            BigDecimal counted = BigDecimal.ZERO.setScale(2);
            for (String item : items) {
                String[] f = item.split(":", 6);
                boolean contingent = Boolean.parseBoolean(f[1]);
                boolean assessed = Boolean.parseBoolean(f[2]);
                BigDecimal amount = new BigDecimal(f[3]);
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO loss_item (investigation_id, kind, contingent, description, "
                        + "amount, basis, evidence_reference, assessment_reference, recovered_amount, entered_by, entered_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'ACCOUNTING_AUDIT', ?, ?, ?, 'investigator', ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, f[0]);
                    insert.setBoolean(3, contingent);
                    insert.setString(4, f[5]);
                    insert.setBigDecimal(5, amount);
                    insert.setString(6, "专项审计报告〔" + today.getYear() + "〕" + (10 + n) + "号");
                    insert.setString(7, contingent && assessed ? "资产评估报告〔" + today.getYear() + "〕" + (40 + n) + "号" : null);
                    insert.setBigDecimal(8, new BigDecimal(f[4]));
                    insert.setTimestamp(9, Timestamp.from(now));
                    insert.executeUpdate();
                }
                if (!contingent || assessed) {
                    counted = counted.add(amount);
                }
            }
            BigDecimal assets = assets(db, enterprise, today.getYear() - 1);
            LossLevelResult level = LossLevelRule.classify(counted, assets, municipal);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO loss_determination (investigation_id, determination_date, "
                    + "rule_set_used, counted_amount, prior_year_end_assets, level, by_amount, by_share, assets_missing, articles, "
                    + "incident_report_since, determined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setDate(2, Date.valueOf(today));
                insert.setString(3, level.ruleSetCode());
                insert.setBigDecimal(4, counted);
                insert.setBigDecimal(5, assets);
                insert.setString(6, level.level().name());
                insert.setString(7, level.byAmount().name());
                insert.setString(8, level.byShare() == null ? null : level.byShare().name());
                insert.setBoolean(9, level.assetsMissing());
                insert.setString(10, String.join("；", level.articles()));
                insert.setDate(11, level.level().ordinal() > 0 ? Date.valueOf(opened.plusDays(20)) : null);
                insert.setTimestamp(12, Timestamp.from(now));
                insert.executeUpdate();
            }
            history(db, id, now, "LEVEL_DETERMINED", null, null, "level=" + level.level() + "; L=" + counted);

            int s = 0;
            for (String employeeNo : subjects) {
                String responsibility = s++ == 0 ? "DIRECT" : "LEADERSHIP";
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO responsibility_finding (investigation_id, subject_id, "
                        + "responsibility, facts, evidence, circumstances, recorded_by, recorded_at) SELECT ?, id, ?, ?, ?, ?, 'investigator', ? "
                        + "FROM investigation_subject WHERE investigation_id = ? AND employee_no = ? RETURNING subject_id")) {
                    insert.setLong(1, id);
                    insert.setString(2, responsibility);
                    insert.setString(3, responsibility.equals("DIRECT") ? "未履行集体决策程序，擅自决定并组织实施" : "分管期间未有效履行领导和监督职责");
                    insert.setString(4, "会议纪要、合同文本、付款审批单及谈话笔录");
                    insert.setString(5, responsibility.equals("DIRECT") && head ? "NO_PROCEDURE_OR_BEYOND_AUTHORITY" : null);
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.setLong(7, id);
                    insert.setString(8, employeeNo);
                    insert.executeQuery().close();
                }
                history(db, id, now, "FINDING_RECORDED", null, null, "subject=" + employeeNo + "; responsibility=" + responsibility);
            }
            if (ORDER.indexOf(status) >= ORDER.indexOf("REPORT_DRAFTED") && n % 2 == 1) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO fault_tolerance_evaluation (investigation_id, subject_id, "
                        + "conditions, condition_evidence, outcome, rule_set_code, status, proposed_by, proposed_at, approved_by, approved_at, "
                        + "approval_note) SELECT ?, id, 'RECOVERED_LOSS,SELF_REPORTED_OR_COOPERATED', ?, 'MITIGATED', ?, 'APPROVED', "
                        + "'investigator', ?, 'leader', ?, '领导小组会议研究同意' FROM investigation_subject WHERE investigation_id = ? "
                        + "ORDER BY id LIMIT 1")) {
                    insert.setLong(1, id);
                    insert.setString(2, "RECOVERED_LOSS: 追回款项银行回单\nSELF_REPORTED_OR_COOPERATED: 主动报告情况说明");
                    insert.setString(3, level.ruleSetCode());
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setLong(6, id);
                    insert.executeUpdate();
                }
                history(db, id, now, "FAULT_TOLERANCE_APPROVED", null, null, "outcome=MITIGATED");
            }
        }
    }

    private static RuleSet ruleSet() {
        try (InputStream in = V20__Demo_investigations.class.getClassLoader().getResourceAsStream("rulesets/yibin-2020.json")) {
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
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO investigation_history (investigation_id, occurred_at, user_id, "
                + "action, from_status, to_status, details) VALUES (?, ?, 'demo', ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, action);
            insert.setString(4, from);
            insert.setString(5, to);
            insert.setString(6, details);
            insert.executeUpdate();
        }
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
