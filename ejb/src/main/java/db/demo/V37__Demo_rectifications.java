package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Rectification tasks (issue 18) in every state, dated from today: on the two concluded cases (示范路桥, 示范物流) one
 * open, one submitted for verification, one verified and one overdue that was sent back; for 示范设计院 (the demo
 * liaison's enterprise) a self-inspection task due in a few days, a regulator's request whose extension waits for
 * the leading group, and one overdue after an approved extension — so that each role's to-do list has its work.
 */
public class V37__Demo_rectifications extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** case title (null: no case), enterprise, source, reference, measure, requirement, fixes, days to deadline, state. */
    private static final String[][] TASKS = {
            {"路桥公司工程款结算审核失职调查", "YBJSLQ", "CONCLUDED_INVESTIGATION", null, "RULE_REVISION",
                    "修订《工程结算审核管理办法》，增加结算金额超过合同价 5% 须经分管领导复核的规定。", "《工程结算审核管理办法》", "25", "OPEN"},
            {"路桥公司工程款结算审核失职调查", "YBJSLQ", "CONCLUDED_INVESTIGATION", null, "RECOVERY",
                    "向施工单位追回多结算工程款 23 万元，并提交收款凭证。", null, "10", "SUBMITTED"},
            {"物流公司油品采购虚增损耗调查", "YBWL", "CONCLUDED_INVESTIGATION", null, "PROCESS_FIX",
                    "建立油品出入库双人核验和月度盘点制度，损耗率超过 0.5% 自动预警。", "油品仓储管理流程", "-20", "VERIFIED"},
            {"物流公司油品采购虚增损耗调查", "YBWL", "CONCLUDED_INVESTIGATION", null, "PERSONNEL",
                    "对油品仓储岗位人员进行轮岗，并组织专题警示教育。", null, "-8", "SENT_BACK"},
            {null, "YBJSSJ", "SELF_INSPECTION", "2026年度违规经营投资问题自查第4项", "RULE_REVISION",
                    "修订设计费收取与减免审批制度，明确减免权限和集体决策要求。", "《设计收费管理规定》", "3", "OPEN"},
            {null, "YBJSSJ", "REGULATOR_REQUEST", "示范市国资委督办函（示国资督〔2026〕15号）", "PROCESS_FIX",
                    "对外合作项目的尽职调查流程整改：合作方资信审查须有书面报告并留档。", "对外合作管理流程", "6", "EXTENSION"},
            {null, "YBJSSJ", "REGULATOR_REQUEST", "示范市国资委巡察反馈意见第7条", "OTHER",
                    "清理长期挂账的应收设计费，逐笔明确责任人和催收计划。", null, "-12", "EXTENDED"},
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        for (String[] t : TASKS) {
            task(db, today, t);
        }
    }

    private static void task(Connection db, LocalDate today, String[] t) throws SQLException {
        Long caseId = t[0] == null ? null : id(db, "SELECT id FROM investigation WHERE title = ? AND status = 'CONCLUDED' LIMIT 1", t[0]);
        if (t[0] != null && caseId == null) {
            return;
        }
        long enterprise = id(db, "SELECT id FROM enterprise WHERE code = ?", t[1]);
        Object[] person = person(db, enterprise);
        if (person == null) {
            return;
        }
        LocalDate deadline = workingDay(today.plusDays(Integer.parseInt(t[7]) * 7L / 5));
        String state = t[8];
        LocalDate original = state.equals("EXTENDED") ? deadline.minusDays(21) : deadline;
        LocalDate assigned = (deadline.isBefore(today) ? deadline : today).minusDays(45);
        String status = switch (state) {
            case "SUBMITTED" -> "SUBMITTED";
            case "VERIFIED" -> "VERIFIED";
            default -> "OPEN";
        };
        int serial = next(db, enterprise, today.getYear());
        String no = String.format("%s-ZG-%04d-%04d", t[1], today.getYear(), serial);
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rectification (rectification_no, rectification_year, "
                + "rectification_seq, source, investigation_id, source_reference, owner_enterprise_id, department, "
                + "responsible_person_id, responsible_employee_no, responsible_name, liaison_user_id, measure, requirement, fixes, "
                + "deadline, original_deadline, status, created_by, created_at, verified_on, verified_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, ?, ?) RETURNING id")) {
            insert.setString(1, no);
            insert.setInt(2, today.getYear());
            insert.setInt(3, serial);
            insert.setString(4, t[2]);
            insert.setObject(5, caseId);
            insert.setString(6, t[3]);
            insert.setLong(7, enterprise);
            insert.setString(8, person[3] == null ? "综合办公室" : (String) person[3]);
            insert.setLong(9, (Long) person[0]);
            insert.setString(10, (String) person[1]);
            insert.setString(11, (String) person[2]);
            insert.setString(12, t[1].equals("YBJSSJ") ? "liaison" : null);
            insert.setString(13, t[4]);
            insert.setString(14, t[5]);
            insert.setString(15, t[6]);
            insert.setDate(16, Date.valueOf(deadline));
            insert.setDate(17, Date.valueOf(original));
            insert.setString(18, status);
            insert.setTimestamp(19, at(assigned, 9));
            insert.setDate(20, status.equals("VERIFIED") ? Date.valueOf(deadline.minusDays(3)) : null);
            insert.setString(21, status.equals("VERIFIED") ? "office" : null);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        if (caseId != null) {
            try (PreparedStatement link = db.prepareStatement("INSERT INTO rectification_clue (rectification_id, clue_id) "
                    + "SELECT ?, clue_id FROM investigation_clue WHERE investigation_id = ?")) {
                link.setLong(1, id);
                link.setLong(2, caseId);
                link.executeUpdate();
            }
        }
        history(db, id, assigned, "office", "CREATED", null, "OPEN", null,
                "enterprise=" + t[1] + "; responsible=" + person[1] + "; deadline=" + original);
        switch (state) {
            case "SUBMITTED" -> submission(db, id, today.minusDays(2), "已与施工单位签订退款协议，首笔款项 12 万元已到账，附收款凭证。", null, null);
            case "VERIFIED" -> {
                submission(db, id, deadline.minusDays(6), "已建立双人核验和月度盘点制度，附制度文件和首月盘点表。", "VERIFIED", "整改措施已落实，验收通过。");
                history(db, id, deadline.minusDays(3), "office", "VERIFIED", "SUBMITTED", "VERIFIED", "整改措施已落实，验收通过。", null);
            }
            case "SENT_BACK" -> {
                submission(db, id, deadline.minusDays(10), "已组织警示教育一次。", "SENT_BACK", "未完成轮岗，请补充轮岗文件后重新提交。");
                history(db, id, deadline.minusDays(7), "office", "SENT_BACK", "SUBMITTED", "OPEN", "未完成轮岗，请补充轮岗文件后重新提交。", null);
            }
            case "EXTENSION" -> extension(db, id, today.minusDays(1), original, deadline.plusDays(30), "REQUESTED", null,
                    "合作方资信资料须向境外机构调取，预计需要一个月。");
            case "EXTENDED" -> extension(db, id, original.minusDays(5), original, deadline, "APPROVED", "同意延期三周，不再延期。",
                    "涉及的应收款项较多，需逐笔与客户对账。");
            default -> { }
        }
    }

    private static void submission(Connection db, long id, LocalDate on, String text, String review, String opinion) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rectification_submission (rectification_id, text, "
                + "submitted_by, submitted_at, review, review_opinion, reviewed_by, reviewed_at) VALUES (?, ?, 'liaison', ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, text);
            insert.setTimestamp(3, at(on, 15));
            insert.setString(4, review);
            insert.setString(5, opinion);
            insert.setString(6, review == null ? null : "office");
            insert.setTimestamp(7, review == null ? null : at(on.plusDays(3), 10));
            insert.executeUpdate();
        }
        history(db, id, on, "liaison", "SUBMITTED", "OPEN", "SUBMITTED", null, "files=0");
    }

    private static void extension(Connection db, long id, LocalDate on, LocalDate before, LocalDate wanted, String status,
                                  String opinion, String reason) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rectification_extension (rectification_id, reason, "
                + "previous_deadline, requested_deadline, status, requested_by, requested_at, decided_by, decided_at, opinion) "
                + "VALUES (?, ?, ?, ?, ?, 'liaison', ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, reason);
            insert.setDate(3, Date.valueOf(before));
            insert.setDate(4, Date.valueOf(wanted));
            insert.setString(5, status);
            insert.setTimestamp(6, at(on, 11));
            insert.setString(7, opinion == null ? null : "leader");
            insert.setTimestamp(8, opinion == null ? null : at(on.plusDays(2), 16));
            insert.setString(9, opinion);
            insert.executeUpdate();
        }
        history(db, id, on, "liaison", "EXTENSION_REQUESTED", null, null, reason, "deadline=" + before + "; requested=" + wanted);
        if (opinion != null) {
            history(db, id, on.plusDays(2), "leader", "EXTENSION_APPROVED", null, null, opinion,
                    "deadline=" + before + "; requested=" + wanted);
        }
    }

    private static void history(Connection db, long id, LocalDate on, String user, String action, String from, String to,
                                String reason, String details) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rectification_history (rectification_id, occurred_at, "
                + "user_id, action, from_status, to_status, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, at(on, 10 + (int) (id % 6)));
            insert.setString(3, user);
            insert.setString(4, action);
            insert.setString(5, from);
            insert.setString(6, to);
            insert.setString(7, reason);
            insert.setString(8, details);
            insert.executeUpdate();
        }
    }

    /** The next serial of the enterprise's rectification numbers this year (the counter the application draws from). */
    private static int next(Connection db, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES ('RECTIFICATION', ?, ?, 1) ON CONFLICT (series, enterprise_id, year) "
                + "DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setLong(1, enterprise);
            next.setInt(2, year);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** id, employee number, name, department of a person of the enterprise still in post. */
    private static Object[] person(Connection db, long enterprise) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT id, employee_no, name, department FROM person "
                + "WHERE enterprise_id = ? AND status = 'ACTIVE' AND ldap_user_id IS NULL ORDER BY employee_no LIMIT 1")) {
            query.setLong(1, enterprise);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getString(4)} : null;
            }
        }
    }

    private static Long id(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(CHINA).toInstant());
    }
}
