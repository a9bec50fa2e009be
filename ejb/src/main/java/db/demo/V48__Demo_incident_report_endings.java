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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the demo's one-event-one-reports end and follow their cases (issue 19): a report whose case's decisions are all
 * approved is closed (已完结), the progress report it waited for dropped; a few whose case reached a later stage have
 * the progress report of that stage open; and the clues merged into a reported clue had a report of their own, which
 * is kept as merged (已合并) into the survivor's, with the flash report it sent. As the application does it, with
 * history lines; dates relative to today.
 */
public class V48__Demo_incident_report_endings extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int OPENED_PROGRESS = 3;
    private static final int MERGED_REPORTS = 3;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        close(db, today);
        openProgress(db, today);
        merge(db, today);
    }

    /** Reports waiting for a progress report whose case is decided: every decision of the case approved, none proposed. */
    private static void close(Connection db, LocalDate today) throws SQLException {
        List<Object[]> decided = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT r.id, MAX(d.approved_on) FROM incident_report r "
                + "JOIN investigation i ON i.id = r.investigation_id JOIN decision d ON d.investigation_id = i.id "
                + "WHERE r.state = 'SENT' AND r.kind = 'PROGRESS' AND d.approved_on IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM decision p WHERE p.investigation_id = i.id AND p.status = 'PROPOSED') "
                + "GROUP BY r.id ORDER BY r.id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                decided.add(new Object[]{row.getLong(1), row.getDate(2).toLocalDate()});
            }
        }
        for (Object[] d : decided) {
            LocalDate on = (LocalDate) d[1];
            LocalDate day = on.isAfter(today) ? today : on;
            try (PreparedStatement update = db.prepareStatement("UPDATE incident_report SET state = 'CLOSED', case_decided_on = ?, "
                    + "version = version + 1 WHERE id = ?")) {
                update.setDate(1, Date.valueOf(day));
                update.setLong(2, (Long) d[0]);
                update.executeUpdate();
            }
            history(db, (Long) d[0], day.atTime(16, 0), "leader", "CASE_DECIDED", "SENT", "CLOSED", "decidedOn=" + day);
        }
    }

    /** A few reports whose case went on after the preliminary-check report: the progress report of its stage is open. */
    private static void openProgress(Connection db, LocalDate today) throws SQLException {
        List<Object[]> moved = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT r.id, i.status FROM incident_report r "
                + "JOIN investigation i ON i.id = r.investigation_id WHERE r.state = 'SENT' AND r.kind = 'PROGRESS' "
                + "AND i.status IN ('IN_PROGRESS', 'REPORT_APPROVED', 'CONCLUDED') ORDER BY r.found_on DESC, r.id LIMIT " + OPENED_PROGRESS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                moved.add(new Object[]{row.getLong(1), row.getString(2)});
            }
        }
        for (Object[] m : moved) {
            try (PreparedStatement update = db.prepareStatement("UPDATE incident_report SET state = 'DRAFTING', version = version + 1 "
                    + "WHERE id = ?")) {
                update.setLong(1, (Long) m[0]);
                update.executeUpdate();
            }
            history(db, (Long) m[0], today.minusDays(1).atTime(10, 0), "office", "PROGRESS_OPENED", "SENT", "DRAFTING",
                    "stage=" + m[1]);
        }
    }

    /**
     * Clues merged into a clue with a report: each had raised its own before the merge (its flash report sent), and
     * the merge kept the survivor's, the older one.
     */
    private static void merge(Connection db, LocalDate today) throws SQLException {
        List<Object[]> pairs = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT c.id, c.received_on, e.id, e.code, r.id, r.report_no, s.level "
                + "FROM clue c JOIN clue s ON s.id = c.merged_into_id JOIN incident_report r ON r.clue_id = s.id "
                + "JOIN enterprise e ON e.id = c.owner_enterprise_id WHERE c.status = 'MERGED' AND r.state <> 'MERGED' "
                + "AND NOT EXISTS (SELECT 1 FROM incident_report o WHERE o.clue_id = c.id) ORDER BY c.received_on DESC, c.id LIMIT "
                + MERGED_REPORTS);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                pairs.add(new Object[]{row.getLong(1), row.getDate(2).toLocalDate(), row.getLong(3), row.getString(4), row.getLong(5),
                        row.getString(6), row.getString(7)});
            }
        }
        for (Object[] p : pairs) {
            LocalDate found = (LocalDate) p[1];
            LocalDate raised = found.isAfter(today) ? today : found;
            LocalDate sentOn = raised.plusDays(2).isAfter(today) ? today : raised.plusDays(2);
            LocalDate mergedOn = sentOn.plusDays(5).isAfter(today) ? today : sentOn.plusDays(5);
            String no = number(db, (String) p[3], raised.getYear());
            String level = p[6] == null ? "LARGER" : (String) p[6];
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident_report (report_no, report_year, report_seq, "
                    + "enterprise_id, clue_id, level, raised_by_trigger, found_on, raised_on, raised_by, kind, state, merged_into_id, "
                    + "version) VALUES (?, ?, ?, ?, ?, ?, 'CLUE_LEVEL', ?, ?, 'office', 'REAL_TIME', 'MERGED', ?, 3) RETURNING id")) {
                insert.setString(1, no);
                insert.setInt(2, raised.getYear());
                insert.setInt(3, Integer.parseInt(no.substring(no.lastIndexOf('-') + 1)));
                insert.setLong(4, (Long) p[2]);
                insert.setLong(5, (Long) p[0]);
                insert.setString(6, level);
                insert.setDate(7, Date.valueOf(found));
                insert.setDate(8, Date.valueOf(raised));
                insert.setLong(9, (Long) p[4]);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            history(db, id, raised.atTime(9, 0), "office", "RAISED", null, "DRAFTING",
                    "trigger=CLUE_LEVEL; level=" + level + "; foundOn=" + found);
            try (PreparedStatement text = db.prepareStatement("INSERT INTO incident_report_text (report_id, text_no, kind, source_part, "
                    + "description, impact, causes, measures, saved_by, saved_at) VALUES (?, 1, 'FLASH', ?, ?, ?, ?, ?, 'office', ?)")) {
                text.setLong(1, id);
                text.setString(2, "信访举报。");
                text.setString(3, "举报反映的事项与已登记线索为同一事项，正在初步核实。");
                text.setString(4, "可能造成较大资产损失，金额待核实。");
                text.setString(5, "待核实。");
                text.setString(6, "已启动初步核实，后续如实报告进展。");
                text.setTimestamp(7, Timestamp.from(sentOn.atTime(9, 30).atZone(CHINA).toInstant()));
                text.executeUpdate();
            }
            String reference = "示范集团报〔" + sentOn.getYear() + "〕" + (900 + id % 90) + "号";
            try (PreparedStatement sent = db.prepareStatement("INSERT INTO incident_report_sent (report_id, kind, text_no, due_on, sent_on, "
                    + "channel, reference, recipient, approved_by, recorded_by, recorded_at) VALUES (?, 'FLASH', 1, ?, ?, "
                    + "'电话快报并报送书面快报', ?, '宜宾市国资委', 'leader', 'office', ?)")) {
                sent.setLong(1, id);
                sent.setDate(2, Date.valueOf(sentOn));
                sent.setDate(3, Date.valueOf(sentOn));
                sent.setString(4, reference);
                sent.setTimestamp(5, Timestamp.from(sentOn.atTime(15, 0).atZone(CHINA).toInstant()));
                sent.executeUpdate();
            }
            history(db, id, sentOn.atTime(11, 0), "leader", "APPROVED", "AWAITING_APPROVAL", "APPROVED", "同意报送。", "kind=FLASH");
            history(db, id, sentOn.atTime(15, 0), "office", "SENT", "APPROVED", "DRAFTING",
                    "kind=FLASH; sentOn=" + sentOn + "; reference=" + reference + "; recipient=宜宾市国资委");
            history(db, id, mergedOn.atTime(10, 0), "office", "MERGED_INTO", "DRAFTING", "MERGED", "report=" + p[5]);
            history(db, (Long) p[4], mergedOn.atTime(10, 0), "office", "ABSORBED", null, null, "report=" + no);
        }
    }

    private static void history(Connection db, long reportId, LocalDateTime at, String user, String action, String from, String to,
                                String details) throws SQLException {
        history(db, reportId, at, user, action, from, to, null, details);
    }

    private static void history(Connection db, long reportId, LocalDateTime at, String user, String action, String from, String to,
                                String reason, String details) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident_report_history (report_id, occurred_at, user_id, action, "
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

    /** The next number of the enterprise's series, as shared.Numbering draws it. */
    private static String number(Connection db, String enterpriseCode, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "SELECT 'INCIDENT_REPORT', e.id, ?, 1 FROM enterprise e WHERE e.code = ? "
                + "ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setInt(1, year);
            next.setString(2, enterpriseCode);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return String.format(Locale.ROOT, "%s-BG-%04d-%04d", enterpriseCode, year, row.getLong(1));
            }
        }
    }
}
