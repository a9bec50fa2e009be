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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one-event-one-reports of the demo's LARGER and MAJOR clues and cases (issue 19), raised as the application raises
 * them (one per event: a case opened from such a clue joins its report) and left in every state: most sent on time
 * stage by stage, some sent late, some with the next stage overdue, some awaiting the leader's approval, some approved
 * and not yet sent, some still in draft, one extension awaiting approval. Dates are relative to today; the clocks are
 * the municipal defaults (5, 15 and 30 working days), counted Monday to Friday here.
 */
public class V40__Demo_incident_reports extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int[] CLOCKS = {5, 15, 30};
    private static final String[] KINDS = {"FLASH", "REAL_TIME", "PRELIMINARY"};

    private record Event(long enterpriseId, String enterpriseCode, String enterpriseName, Long clueId, Long caseId, String level,
                         String trigger, LocalDate foundOn, String source, String summary, String clueNo, String loss) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        Map<Long, Event> byClue = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT c.id, e.id, e.code, e.full_name, c.level, c.received_on, c.source, "
                + "c.summary, c.ledger_no, c.possible_loss FROM clue c JOIN enterprise e ON e.id = c.owner_enterprise_id "
                + "WHERE c.level IN ('LARGER', 'MAJOR') AND c.merged_into_id IS NULL "
                // a demo database kept from before this version already has the open events' reports (V49)
                + "AND NOT EXISTS (SELECT 1 FROM incident_report r WHERE r.clue_id = c.id) ORDER BY c.received_on, c.id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Event event = new Event(row.getLong(2), row.getString(3), row.getString(4), row.getLong(1), null, row.getString(5),
                        "CLUE_LEVEL", row.getDate(6).toLocalDate(), row.getString(7), row.getString(8), row.getString(9),
                        row.getBigDecimal(10) == null ? null : row.getBigDecimal(10).toPlainString());
                byClue.put(event.clueId(), event);
                events.add(event);
            }
        }
        // cases whose determined level is LARGER or MAJOR: the report of their clue, or one of their own
        try (PreparedStatement query = db.prepareStatement("SELECT i.id, e.id, e.code, e.full_name, d.level, i.opened_on, i.title, "
                + "(SELECT MIN(ic.clue_id) FROM investigation_clue ic WHERE ic.investigation_id = i.id), "
                + "(SELECT MIN(c.received_on) FROM investigation_clue ic JOIN clue c ON c.id = ic.clue_id WHERE ic.investigation_id = i.id), "
                + "d.counted_amount FROM investigation i JOIN loss_determination d ON d.investigation_id = i.id "
                + "JOIN enterprise e ON e.id = i.owner_enterprise_id WHERE d.level IN ('LARGER', 'MAJOR') "
                + "AND NOT EXISTS (SELECT 1 FROM incident_report r WHERE r.investigation_id = i.id OR r.clue_id IN "
                + "(SELECT ic.clue_id FROM investigation_clue ic WHERE ic.investigation_id = i.id)) ORDER BY i.opened_on, i.id");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long caseId = row.getLong(1);
                Long clueId = row.getObject(8) == null ? null : row.getLong(8);
                Event ofClue = clueId == null ? null : byClue.get(clueId);
                if (ofClue != null) {
                    Event joined = new Event(ofClue.enterpriseId(), ofClue.enterpriseCode(), ofClue.enterpriseName(), ofClue.clueId(), caseId,
                            "MAJOR".equals(row.getString(5)) ? "MAJOR" : ofClue.level(), ofClue.trigger(), ofClue.foundOn(), ofClue.source(),
                            ofClue.summary(), ofClue.clueNo(), ofClue.loss());
                    events.set(events.indexOf(ofClue), joined);
                    byClue.put(clueId, joined);
                } else {
                    LocalDate found = row.getDate(9) == null ? row.getDate(6).toLocalDate() : row.getDate(9).toLocalDate();
                    events.add(new Event(row.getLong(2), row.getString(3), row.getString(4), clueId, caseId, row.getString(5), "CASE_LEVEL",
                            found, null, row.getString(7), null, row.getBigDecimal(10).toPlainString()));
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            raise(db, events.get(i), i, today);
        }
    }

    /** The stage of the i-th report: most all sent, the rest spread over the other states. */
    private static void raise(Connection db, Event event, int i, LocalDate today) throws SQLException {
        LocalDate raised = event.foundOn().isAfter(today) ? today : event.foundOn();
        String no = number(db, event.enterpriseCode(), raised.getYear());
        int sent;
        String kind;
        String state;
        int pattern = i % 10;
        LocalDate[] due = new LocalDate[3];
        for (int k = 0; k < 3; k++) {
            due[k] = plusWorkingDays(event.foundOn(), CLOCKS[k]);
        }
        switch (pattern) {
            case 6 -> { sent = 1; kind = "REAL_TIME"; state = "DRAFTING"; }
            case 7 -> { sent = 0; kind = "FLASH"; state = "AWAITING_APPROVAL"; }
            case 8 -> { sent = 0; kind = "FLASH"; state = "DRAFTING"; }
            case 9 -> { sent = 2; kind = "PRELIMINARY"; state = "APPROVED"; }
            default -> { sent = 3; kind = "PROGRESS"; state = "SENT"; }
        }
        // a stage is sent at the latest today: a recent event has sent only what was already due
        while (sent > 0 && sendDay(event.foundOn(), due[sent - 1], pattern, today).isAfter(today)) {
            sent--;
            kind = KINDS[sent];
            state = "DRAFTING";
        }
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident_report (report_no, report_year, report_seq, enterprise_id, "
                + "clue_id, investigation_id, level, raised_by_trigger, found_on, raised_on, raised_by, kind, state, approved_by, "
                + "approval_opinion, extension_days, extension_reason, extension_requested_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, no);
            insert.setInt(2, raised.getYear());
            insert.setInt(3, Integer.parseInt(no.substring(no.lastIndexOf('-') + 1)));
            insert.setLong(4, event.enterpriseId());
            insert.setObject(5, event.clueId());
            insert.setObject(6, event.caseId());
            insert.setString(7, event.level());
            insert.setString(8, event.trigger());
            insert.setDate(9, Date.valueOf(event.foundOn()));
            insert.setDate(10, Date.valueOf(raised));
            insert.setString(11, kind);
            insert.setString(12, state);
            boolean approved = "APPROVED".equals(state);
            insert.setString(13, approved ? "leader" : null);
            insert.setString(14, approved ? "同意报送。" : null);
            boolean extension = pattern == 9 && "PRELIMINARY".equals(kind);
            insert.setObject(15, extension ? 15 : null);
            insert.setString(16, extension ? "需委托会计师事务所审计，核查工作量大。" : null);
            insert.setString(17, extension ? "office" : null);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                id = key.getLong(1);
            }
        }
        history(db, id, raised.atTime(9, 0), "office", "RAISED", null, "DRAFTING", null,
                "trigger=" + event.trigger() + "; level=" + event.level() + "; foundOn=" + event.foundOn());
        int textNo = 0;
        for (int k = 0; k < sent; k++) {
            LocalDate day = sendDay(event.foundOn(), due[k], pattern, today);
            textNo++;
            text(db, id, textNo, KINDS[k], event, day.atTime(9, 30));
            history(db, id, day.atTime(9, 30), "office", "TEXT_SAVED", null, null, null, "kind=" + KINDS[k] + "; textNo=" + textNo);
            history(db, id, day.atTime(11, 0), "leader", "APPROVED", "AWAITING_APPROVAL", "APPROVED", "同意报送。", "kind=" + KINDS[k]);
            String reference = "示范集团报〔" + day.getYear() + "〕" + (100 + (id % 800)) + (k + 1) + "号";
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident_report_sent (report_id, kind, text_no, due_on, sent_on, "
                    + "channel, reference, recipient, approved_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'leader', 'office', ?)")) {
                insert.setLong(1, id);
                insert.setString(2, KINDS[k]);
                insert.setInt(3, textNo);
                insert.setDate(4, Date.valueOf(due[k]));
                insert.setDate(5, Date.valueOf(day));
                insert.setString(6, k == 0 ? "电话快报并报送书面快报" : "国资委在线监管系统");
                insert.setString(7, reference);
                insert.setString(8, "宜宾市国资委");
                insert.setTimestamp(9, Timestamp.from(day.atTime(15, 0).atZone(CHINA).toInstant()));
                insert.executeUpdate();
            }
            history(db, id, day.atTime(15, 0), "office", "SENT", "APPROVED", k == 2 ? "SENT" : "DRAFTING", null,
                    "kind=" + KINDS[k] + "; sentOn=" + day + "; reference=" + reference + "; recipient=宜宾市国资委");
        }
        if ("AWAITING_APPROVAL".equals(state) || "APPROVED".equals(state)) {
            textNo++;
            LocalDate day = today.minusDays(1);
            text(db, id, textNo, kind, event, day.atTime(10, 0));
            history(db, id, day.atTime(10, 0), "office", "TEXT_SAVED", null, null, null, "kind=" + kind + "; textNo=" + textNo);
            history(db, id, day.atTime(10, 30), "office", "SUBMITTED", "DRAFTING", "AWAITING_APPROVAL", null, "textNo=" + textNo);
            if ("APPROVED".equals(state)) {
                history(db, id, day.atTime(16, 0), "leader", "APPROVED", "AWAITING_APPROVAL", "APPROVED", "同意报送。", "kind=" + kind);
            }
        }
        if (pattern == 9 && "PRELIMINARY".equals(kind)) {
            history(db, id, today.minusDays(1).atTime(11, 0), "office", "EXTENSION_REQUESTED", null, null,
                    "需委托会计师事务所审计，核查工作量大。", "days=15");
        }
    }

    /** The day a stage went out: on time, a working day before its deadline; every fifth report's late by three days. */
    private static LocalDate sendDay(LocalDate found, LocalDate due, int pattern, LocalDate today) {
        LocalDate day = pattern == 5 ? plusWorkingDays(due, 3) : minusWorkingDay(due);
        return day.isBefore(found) ? found : day;
    }

    private static void text(Connection db, long reportId, int textNo, String kind, Event e, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO incident_report_text (report_id, text_no, kind, source_part, "
                + "description, impact, causes, measures, changes, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?)")) {
            insert.setLong(1, reportId);
            insert.setInt(2, textNo);
            insert.setString(3, kind);
            insert.setString(4, e.clueNo() == null ? "案件调查中发现。" : sourceName(e.source()) + "：" + e.foundOn() + "收到（线索编号" + e.clueNo() + "）。");
            insert.setString(5, e.foundOn() + e.enterpriseName() + "：" + e.summary());
            insert.setString(6, e.loss() == null ? "资产损失金额尚待核查认定。" : "可能造成的资产损失约" + e.loss() + "元，按规则判断为"
                    + ("MAJOR".equals(e.level()) ? "重大" : "较大") + "资产损失。");
            insert.setString(7, "内部控制和决策程序执行不到位，相关人员未履行审核职责。");
            insert.setString(8, "已暂停相关业务并保全资产；下一步开展核查、资产损失认定、责任认定和整改。");
            insert.setString(9, null);
            insert.setTimestamp(10, Timestamp.from(at.atZone(CHINA).toInstant()));
            insert.executeUpdate();
        }
    }

    private static String sourceName(String source) {
        return switch (source == null ? "" : source) {
            case "REPORT" -> "信访举报";
            case "AUDIT" -> "审计发现";
            case "INSPECTION_TOUR" -> "巡察";
            case "DISCIPLINE_TRANSFER" -> "纪检监察移交";
            case "INTERVIEW" -> "谈话发现";
            case "SELF_INSPECTION" -> "自查发现";
            case "ASSIGNED_BY_SUPERIOR" -> "上级交办";
            default -> "其他";
        };
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

    private static boolean workingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        while (!workingDay(day)) {
            day = day.plusDays(1);
        }
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private static LocalDate minusWorkingDay(LocalDate from) {
        LocalDate day = from.minusDays(1);
        while (!workingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
