package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The annual work reports of the demo (issue 19), one in each state: the group's report of last year approved and
 * sent in March, its report of this year begun as a draft (the system's draft, nothing saved yet), the construction
 * subsidiary's of last year submitted to the leading group, the property company's approved and not yet sent, and the
 * energy subsidiary's still a draft past its due day (March 31, in red on the office's list). Dates relative to today.
 */
public class V44__Demo_annual_report extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        int year = LocalDate.now(CHINA).getYear();
        int last = year - 1;
        LocalDate march = LocalDate.of(year, 3, 1);

        long sent = report(db, "YBJT", last, "SENT", march.atTime(9, 0), "leader", "同意按此报送。");
        texts(db, sent, 1, "示范发展集团有限公司", last, march.plusDays(10).atTime(10, 0));
        history(db, sent, march.atTime(9, 0), "office", "CREATED", null, "DRAFT", null, "year=" + last + "; enterprise=YBJT");
        history(db, sent, march.plusDays(10).atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "textNo=1");
        history(db, sent, march.plusDays(10).atTime(11, 0), "office", "SUBMITTED", "DRAFT", "SUBMITTED", null, "textNo=1");
        history(db, sent, march.plusDays(16).atTime(15, 0), "leader", "APPROVED", "SUBMITTED", "APPROVED", "同意按此报送。", null);
        history(db, sent, march.plusDays(20).atTime(9, 30), "office", "SENT", "APPROVED", "SENT", null,
                "sentOn=" + march.plusDays(20) + "; channel=国资监管在线报送系统; reference=示范集团〔" + year + "〕12号; recipient=市国资委");
        try (PreparedStatement update = db.prepareStatement("UPDATE annual_report SET sent_on = ?, sent_channel = ?, sent_reference = ?, "
                + "sent_recipient = ? WHERE id = ?")) {
            update.setDate(1, Date.valueOf(march.plusDays(20)));
            update.setString(2, "国资监管在线报送系统");
            update.setString(3, "示范集团〔" + year + "〕12号");
            update.setString(4, "市国资委");
            update.setLong(5, sent);
            update.executeUpdate();
        }

        long draft = report(db, "YBJT", year, "DRAFT", LocalDate.now(CHINA).minusDays(2).atTime(9, 0), null, null);
        history(db, draft, LocalDate.now(CHINA).minusDays(2).atTime(9, 0), "office", "CREATED", null, "DRAFT", null,
                "year=" + year + "; enterprise=YBJT");

        LocalDate april = LocalDate.of(year, 4, 1);
        long submitted = report(db, "YBJS", last, "SUBMITTED", march.plusDays(5).atTime(9, 0), null, null);
        texts(db, submitted, 1, "示范建设投资有限公司", last, march.plusDays(25).atTime(10, 0));
        texts(db, submitted, 2, "示范建设投资有限公司", last, april.plusDays(3).atTime(10, 0));
        history(db, submitted, march.plusDays(5).atTime(9, 0), "office", "CREATED", null, "DRAFT", null, "year=" + last + "; enterprise=YBJS");
        history(db, submitted, march.plusDays(25).atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "textNo=1");
        history(db, submitted, march.plusDays(25).atTime(11, 0), "office", "SUBMITTED", "DRAFT", "SUBMITTED", null, "textNo=1");
        history(db, submitted, march.plusDays(27).atTime(16, 0), "leader", "RETURNED", "SUBMITTED", "DRAFT", "第四部分下一步措施请写具体。", null);
        history(db, submitted, april.plusDays(3).atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "textNo=2");
        history(db, submitted, april.plusDays(3).atTime(10, 30), "office", "SUBMITTED", "DRAFT", "SUBMITTED", null, "textNo=2");

        long approved = report(db, "YBJSWY", last, "APPROVED", march.plusDays(3).atTime(9, 0), "leader", "同意，请尽快报送。");
        texts(db, approved, 1, "示范城市物业服务有限公司", last, march.plusDays(12).atTime(10, 0));
        history(db, approved, march.plusDays(3).atTime(9, 0), "office", "CREATED", null, "DRAFT", null, "year=" + last + "; enterprise=YBJSWY");
        history(db, approved, march.plusDays(12).atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "textNo=1");
        history(db, approved, march.plusDays(12).atTime(11, 0), "office", "SUBMITTED", "DRAFT", "SUBMITTED", null, "textNo=1");
        history(db, approved, march.plusDays(19).atTime(15, 0), "leader", "APPROVED", "SUBMITTED", "APPROVED", "同意，请尽快报送。", null);

        long late = report(db, "YBNY", last, "DRAFT", march.plusDays(8).atTime(9, 0), null, null);
        texts(db, late, 1, "示范能源有限公司", last, march.plusDays(18).atTime(10, 0));
        history(db, late, march.plusDays(8).atTime(9, 0), "office", "CREATED", null, "DRAFT", null, "year=" + last + "; enterprise=YBNY");
        history(db, late, march.plusDays(18).atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "textNo=1");
    }

    private static long report(Connection db, String code, int year, String state, LocalDateTime created, String approvedBy,
                               String opinion) throws SQLException {
        int serial = serial(db, code, year);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO annual_report (report_no, number_year, number_seq, report_year, "
                + "enterprise_id, state, created_by, created_at, approved_by, approval_opinion, sent_on) "
                + "SELECT ?, ?, ?, ?, e.id, ?, 'office', ?, ?, ?, ? FROM enterprise e WHERE e.code = ? RETURNING id")) {
            insert.setString(1, String.format(Locale.ROOT, "%s-ND-%04d-%04d", code, year, serial));
            insert.setInt(2, year);
            insert.setInt(3, serial);
            insert.setInt(4, year);
            insert.setString(5, state);
            insert.setTimestamp(6, Timestamp.from(created.atZone(CHINA).toInstant()));
            insert.setString(7, approvedBy);
            insert.setString(8, opinion);
            // SENT needs its day in the same statement (a check ties them); the other fields follow
            insert.setDate(9, "SENT".equals(state) ? Date.valueOf(LocalDate.of(year + 1, 3, 21)) : null);
            insert.setString(10, code);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void texts(Connection db, long reportId, int textNo, String enterprise, int year, LocalDateTime at) throws SQLException {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("OVERVIEW", enterprise + "是本次报告的汇总单位，报告范围为本企业及所属企业。已基本建成违规经营投资责任追究制度体系、"
                + "组织体系和工作机制，成立了责任追究工作领导小组，领导小组办公室设在审计部。");
        sections.put("LEADERSHIP", "高度重视责任追究体系建设，领导小组全年召开专题会议" + (textNo + 2) + "次，研究线索处置和问责事项。");
        sections.put("RULES", "结合公司实际修订了违规经营投资责任追究实施办法，明确责任追究范围、资产损失认定、责任认定、责任追究处理和组织实施。");
        sections.put("TEAM", "明确审计部作为责任追究工作的具体负责部门，配备专职人员，提高追责工作专业化水平。");
        sections.put("CLUE_CHANNELS", "采取信访举报、审计监督发现、谈话发现等多渠道并行，严格执行定期报送制度，按季度向上级报送工作情况。");
        sections.put("DUTY_RECORDS", "推行重大决策事项履职记录，全面记录重大决策事项履职过程。");
        sections.put("RECTIFICATION", "对核查发现的问题逐项建立整改台账，督促责任单位限期整改、对账销号。");
        sections.put("RECOVERY", "坚持以追责促追损，督促相关单位通过协商、诉讼等方式挽回损失。");
        sections.put("CIRCULARS", "在系统内通报典型案例，发挥追责一个、警示一片的作用。");
        sections.put("SELF_INSPECTION", "组织所属企业开展违规经营投资问题自查自纠。");
        sections.put("TRAINING", "举办责任追究业务培训班，提升基层追责队伍专业能力。");
        sections.put("PROBLEMS", "部分所属企业线索处置进度偏慢，损失认定依赖外部评估，整改跟踪还不够及时。");
        sections.put("PLANS", "1. 制度机制建设方面：建立健全重大决策事项履职记录制度。\n2. 工作组织领导方面：强化相关职能部门协作。\n"
                + "3. 具体工作开展方面：加强督办整改，总结通报案件核查处理情况。");
        for (Map.Entry<String, String> s : sections.entrySet()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO annual_report_text (report_id, text_no, section, body, saved_by, "
                    + "saved_at) VALUES (?, ?, ?, ?, 'office', ?)")) {
                insert.setLong(1, reportId);
                insert.setInt(2, textNo);
                insert.setString(3, s.getKey());
                insert.setString(4, s.getValue() + (textNo > 1 && s.getKey().equals("PLANS") ? "\n4. 加强追责队伍建设，" + year + "年内完成全员轮训。" : ""));
                insert.setTimestamp(5, Timestamp.from(at.atZone(CHINA).toInstant()));
                insert.executeUpdate();
            }
        }
    }

    private static void history(Connection db, long reportId, LocalDateTime at, String user, String action, String from, String to,
                                String reason, String details) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO annual_report_history (report_id, occurred_at, user_id, action, "
                + "from_status, to_status, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, reportId);
            insert.setTimestamp(2, Timestamp.from(at.atZone(CHINA).toInstant()));
            insert.setString(3, user);
            insert.setString(4, action);
            insert.setString(5, from);
            insert.setString(6, to);
            insert.setString(7, reason);
            insert.setString(8, details);
            insert.executeUpdate();
        }
    }

    /** The next serial of the enterprise's annual report series, as shared.Numbering draws it. */
    private static int serial(Connection db, String code, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "SELECT 'ANNUAL_REPORT', e.id, ?, 1 FROM enterprise e WHERE e.code = ? "
                + "ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setInt(1, year);
            next.setString(2, code);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
