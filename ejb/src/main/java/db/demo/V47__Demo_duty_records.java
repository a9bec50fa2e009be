package db.demo;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Duty records of major decisions (issue 21) in every state a page shows, over this year and the last and five
 * enterprises: confirmed records of party committees, boards and management meetings; one vote against with its
 * reasons (示范路桥's guarantee); one record corrected (示范建投's investment: version 1 superseded by version 2, the
 * amount misread from the minutes); one draft not yet confirmed (示范能源). 示范建投's general manager sits in four of
 * them, at 示范建投 and at two of its subsidiaries, so searching by that person shows a decision history across
 * years and enterprises. The demo group has no enterprise held by the central SASAC: every enterprise stays under the
 * municipal rule set.
 */
public class V47__Demo_duty_records extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A participant: an employee number (or null for an outsider, then the name), role, opinion, reasons. */
    private record Seat(String employeeNo, String name, String role, String opinion, String reasons) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        List<String[]> js = people(db, "YBJS", 4);
        List<String[]> lq = people(db, "YBJSLQ", 3);
        List<String[]> sj = people(db, "YBJSSJ", 2);
        List<String[]> ny = people(db, "YBNY", 3);
        List<String[]> jt = people(db, "YBJT", 3);
        String[] manager = js.get(0);

        record(db, "YBJS", today.minusYears(1).minusMonths(2), "MAJOR_DECISION", "PARTY_COMMITTEE", (today.getYear() - 1) + "年第9次党委会",
                "审议示范建投三年发展规划（" + (today.getYear() - 1) + "—" + (today.getYear() + 1) + "年）", null,
                true, "法律顾问出具合法性审查意见", true, "经营风险评估报告", false, null,
                List.of(seat(manager, "PRESIDING", "AGREE", null), seat(js.get(1), "ATTENDING", "AGREE", null),
                        seat(js.get(2), "ATTENDING", "AGREE", null)), null, today);
        record(db, "YBJSSJ", today.minusYears(1).minusMonths(1), "APPOINTMENT", "PARTY_COMMITTEE", "设计院党委会第12次",
                "任命设计院副院长一名", null, true, "人事部门资格审查", false, null, false, null,
                List.of(seat(sj.get(0), "PRESIDING", "AGREE", null), seat(manager, "ATTENDING", "AGREE", null),
                        seat(sj.get(1), "ATTENDING", "AGREE", null)), null, today);
        // the dissent: 示范建投's manager votes against the guarantee at 示范路桥's board
        record(db, "YBJSLQ", today.minusMonths(4), "LARGE_FUNDS", "BOARD", "路桥公司董事会" + today.getYear() + "年第3次会议",
                "为参股企业提供1,500万元连带责任担保", new BigDecimal("15000000.00"), true, "法务部审查，提示担保风险", false,
                "未开展风险评估", false, null,
                List.of(seat(lq.get(0), "PRESIDING", "AGREE", null), seat(lq.get(1), "ATTENDING", "AGREE", null),
                        seat(manager, "ATTENDING", "DISAGREE", "被担保企业资信不明，且未开展风险评估，不同意提供担保"),
                        new Seat(null, "李某（外部律师）", "OBSERVING", null, null)), null, today);
        // the correction: version 1 read 2,800 万 from the minutes, version 2 says 2,300 万
        long corrected = record(db, "YBJS", today.minusMonths(2), "PROJECT", "MANAGEMENT", "总经理办公会" + today.getYear() + "年第15次",
                "投资建设示范新区综合管廊项目", new BigDecimal("28000000.00"), true, "合法性审查通过", true, "可行性研究及风险评估",
                true, "专家论证会意见",
                List.of(seat(manager, "PRESIDING", "AGREE", null), seat(js.get(1), "ATTENDING", "AGREE", null),
                        seat(js.get(3), "ATTENDING", "ABSTAIN", "项目收益测算依据不足，建议补充论证")), null, today);
        correction(db, corrected, new BigDecimal("23000000.00"), "金额录入有误，以会议纪要为准（2,300万元）", today.minusMonths(2).plusDays(3));
        record(db, "YBJT", today.minusMonths(1), "MAJOR_DECISION", "PARTY_COMMITTEE", "集团党委会" + today.getYear() + "年第20次",
                "审议集团年度投资计划调整方案", new BigDecimal("120000000.00"), true, "集团法务部审查", true, "投资风险评估", false,
                null, List.of(seat(jt.get(0), "PRESIDING", "AGREE", null), seat(jt.get(1), "ATTENDING", "AGREE", null),
                        seat(jt.get(2), "ATTENDING", "AGREE", null)), null, today);
        // a draft the liaison has not confirmed yet
        record(db, "YBNY", today.minusDays(6), "LARGE_FUNDS", "MANAGEMENT", "总经理办公会第8次", "年度大额资金调度计划",
                new BigDecimal("60000000.00"), false, null, false, null, false, null,
                List.of(seat(ny.get(0), "PRESIDING", "AGREE", null), seat(ny.get(1), "ATTENDING", "AGREE", null),
                        seat(ny.get(2), "ATTENDING", "AGREE", null)), "DRAFT", today);
    }

    private static Seat seat(String[] person, String role, String opinion, String reasons) {
        return new Seat(person[0], person[1], role, opinion, reasons);
    }

    /** Employee number and name of the enterprise's people without a sign-in, leaders first, in a stable order. */
    private static List<String[]> people(Connection db, String enterprise, int count) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT p.employee_no, p.name FROM person p JOIN enterprise e "
                + "ON e.id = p.enterprise_id WHERE e.code = ? AND p.status = 'ACTIVE' AND p.ldap_user_id IS NULL "
                + "ORDER BY p.leadership_member DESC, p.id LIMIT ?")) {
            query.setString(1, enterprise);
            query.setInt(2, count);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[]{rows.getString(1), rows.getString(2)});
                }
            }
        }
        while (found.size() < count) {
            found.add(new String[]{null, "外聘专家" + (found.size() + 1)});
        }
        return found;
    }

    /** Inserts version 1 of a record, confirmed a day after the meeting unless {@code status} says DRAFT; its id. */
    private static long record(Connection db, String enterprise, LocalDate meeting, String kind, String type, String number,
                               String matter, BigDecimal amount, boolean legal, String legalNote, boolean risk, String riskNote,
                               boolean expert, String expertNote, List<Seat> seats, String status, LocalDate today)
            throws SQLException {
        boolean draft = "DRAFT".equals(status);
        long enterpriseId;
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM enterprise WHERE code = ?")) {
            query.setString(1, enterprise);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                enterpriseId = row.getLong(1);
            }
        }
        int serial;
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES ('DUTY_RECORD', ?, ?, 1) ON CONFLICT (series, enterprise_id, year) "
                + "DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setLong(1, enterpriseId);
            next.setInt(2, meeting.getYear());
            try (ResultSet row = next.executeQuery()) {
                row.next();
                serial = row.getInt(1);
            }
        }
        String no = String.format(Locale.ROOT, "%s-LZ-%04d-%04d", enterprise, meeting.getYear(), serial);
        LocalDate entered = meeting.plusDays(1).isAfter(today) ? today : meeting.plusDays(1);
        Timestamp at = Timestamp.from(entered.atTime(10, 0).atZone(CHINA).toInstant());
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO duty_record (record_no, revision, record_year, record_seq, "
                + "enterprise_id, matter_kind, meeting_type, meeting_date, meeting_number, matter, amount, legal_review, "
                + "legal_review_note, risk_assessment, risk_assessment_note, expert_opinion, expert_opinion_note, status, "
                + "created_by, created_at, confirmed_by, confirmed_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "'liaison', ?, ?, ?) RETURNING id")) {
            insert.setString(1, no);
            insert.setInt(2, meeting.getYear());
            insert.setInt(3, serial);
            insert.setLong(4, enterpriseId);
            insert.setString(5, kind);
            insert.setString(6, type);
            insert.setDate(7, Date.valueOf(meeting));
            insert.setString(8, number);
            insert.setString(9, matter);
            insert.setBigDecimal(10, amount);
            insert.setBoolean(11, legal);
            insert.setString(12, legalNote);
            insert.setBoolean(13, risk);
            insert.setString(14, riskNote);
            insert.setBoolean(15, expert);
            insert.setString(16, expertNote);
            insert.setString(17, draft ? "DRAFT" : "CONFIRMED");
            insert.setTimestamp(18, at);
            insert.setString(19, draft ? null : "liaison");
            if (draft) {
                insert.setNull(20, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setTimestamp(20, Timestamp.from(at.toInstant().plusSeconds(3600)));
            }
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        seats(db, id, seats);
        return id;
    }

    /** Version 2 of a record: its data with the amount corrected, confirmed at once with the reason. */
    private static void correction(Connection db, long firstId, BigDecimal amount, String reason, LocalDate on) throws SQLException {
        Timestamp at = Timestamp.from(on.atTime(15, 0).atZone(CHINA).toInstant());
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO duty_record (record_no, revision, record_year, record_seq, "
                + "enterprise_id, matter_kind, meeting_type, meeting_date, meeting_number, matter, amount, legal_review, "
                + "legal_review_note, risk_assessment, risk_assessment_note, expert_opinion, expert_opinion_note, status, "
                + "correction_reason, created_by, created_at, confirmed_by, confirmed_at) SELECT record_no, 2, record_year, "
                + "record_seq, enterprise_id, matter_kind, meeting_type, meeting_date, meeting_number, matter, ?, legal_review, "
                + "legal_review_note, risk_assessment, risk_assessment_note, expert_opinion, expert_opinion_note, 'CONFIRMED', ?, "
                + "'office', ?, 'office', ? FROM duty_record WHERE id = ? RETURNING id")) {
            insert.setBigDecimal(1, amount);
            insert.setString(2, reason);
            insert.setTimestamp(3, at);
            insert.setTimestamp(4, at);
            insert.setLong(5, firstId);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (PreparedStatement copy = db.prepareStatement("INSERT INTO duty_participant (duty_record_id, position, person_id, "
                + "employee_no, name, participant_role, opinion, reasons) SELECT ?, position, person_id, employee_no, name, "
                + "participant_role, opinion, reasons FROM duty_participant WHERE duty_record_id = ?")) {
            copy.setLong(1, id);
            copy.setLong(2, firstId);
            copy.executeUpdate();
        }
    }

    private static void seats(Connection db, long recordId, List<Seat> seats) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO duty_participant (duty_record_id, position, person_id, "
                + "employee_no, name, participant_role, opinion, reasons) VALUES (?, ?, (SELECT id FROM person WHERE employee_no = ?), "
                + "?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Seat seat : seats) {
                insert.setLong(1, recordId);
                insert.setInt(2, position++);
                insert.setString(3, seat.employeeNo());
                insert.setString(4, seat.employeeNo());
                insert.setString(5, seat.name());
                insert.setString(6, seat.role());
                insert.setString(7, seat.opinion());
                insert.setString(8, seat.reasons());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
