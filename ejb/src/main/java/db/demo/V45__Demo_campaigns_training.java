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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Self-inspection campaigns and training records (issue 21), dated from today. A group-wide campaign whose due date
 * passed three working days ago, its sheets in every state: 示范设计院 (the demo liaison's) open and overdue, 示范物业
 * sent back, 示范路桥 submitted for review, 示范燃气 accepted with a problem that became a clue (自查发现), the others
 * accepted, submitted or still open. A campaign of 示范建投 due in two weeks, and a closed one of last year. A dozen
 * trainings over this year and the last.
 */
public class V45__Demo_campaigns_training extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String[] ITEMS = {
            "是否存在未按规定履行决策程序向关联方或其他企业出借资金的情况",
            "是否存在违规为其他企业或个人提供担保的情况",
            "是否存在违规开展融资性贸易、“空转”“走单”等虚假业务的情况",
            "是否存在资金账户管理混乱、私设“小金库”的情况",
            "是否存在违反规定进行金融衍生业务或高风险投资的情况"};

    /** enterprise, state of its sheet in the group-wide campaign: OPEN, RETURNED, SUBMITTED, ACCEPTED, CLUE. */
    private static final String[][] GROUP_SHEETS = {
            {"YBJSSJ", "OPEN"}, {"YBJSWY", "RETURNED"}, {"YBJSLQ", "SUBMITTED"}, {"YBNYRQ", "CLUE"},
            {"YBNYXN", "ACCEPTED"}, {"YBJS", "ACCEPTED"}, {"YBNY", "ACCEPTED"}, {"YBJR", "SUBMITTED"},
            {"YBJRDB", "ACCEPTED"}, {"YBJRZL", "OPEN"}, {"YBWL", "ACCEPTED"}, {"YBWT", "SUBMITTED"},
            {"YBWTJD", "ACCEPTED"}, {"YBSW", "ACCEPTED"}};

    /** course, organiser, months ago, hours, external participants, participants from the organiser's people. */
    private static final String[][] TRAININGS = {
            {"《中央企业违规经营投资责任追究实施办法》专题解读", "YBJT", "1", "3", "12", "6"},
            {"责任追究线索登记与初核实务", "YBJT", "3", "4", "0", "8"},
            {"工程建设领域违规问题典型案例警示教育", "YBJS", "2", "2.5", "20", "5"},
            {"设计收费与合同管理合规培训", "YBJSSJ", "4", "2", "0", "4"},
            {"资金管理与对外担保风险防范", "YBNY", "5", "3", "6", "4"},
            {"燃气工程招投标合规要点", "YBNYRQ", "7", "2", "15", "3"},
            {"融资担保业务尽职调查规范", "YBJR", "8", "3.5", "0", "5"},
            {"损失认定与责任划分方法", "YBJT", "10", "6", "4", "6"},
            {"整改督办与追损工作培训", "YBJT", "13", "3", "0", "7"},
            {"违规经营投资责任追究工作年度业务培训", "YBJT", "15", "8", "30", "8"},
            {"物流采购环节廉洁风险防控", "YBWL", "17", "2", "10", "3"},
            {"酒店经营管理合规与资产保全", "YBWTJD", "20", "1.5", "0", "3"}};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        groupCampaign(db, today);
        subsidiaryCampaign(db, today);
        closedCampaign(db, today);
        for (String[] t : TRAININGS) {
            training(db, today, t);
        }
    }

    // --- campaigns ----------------------------------------------------------------------------------------------

    private static void groupCampaign(Connection db, LocalDate today) throws SQLException {
        LocalDate due = workingDaysBefore(today, 3);
        LocalDate launched = due.minusDays(28);
        long c = campaign(db, "YBJT", today.getYear(), String.valueOf(today.getYear()) + "年度资金管理领域违规经营投资问题专项自查",
                "资金管理", due, launched, false);
        List<Long> items = items(db, c, ITEMS);
        for (String[] s : GROUP_SHEETS) {
            sheet(db, c, s[0], s[1], items, launched, due);
        }
        history(db, c, null, launched, "office", "LAUNCHED", null, null, null, "sheets=" + GROUP_SHEETS.length + "; checkItems=" + items.size());
    }

    private static void subsidiaryCampaign(Connection db, LocalDate today) throws SQLException {
        LocalDate due = workingDaysAfter(today, 10);
        LocalDate launched = today.minusDays(5);
        long c = campaign(db, "YBJS", today.getYear(), "工程建设项目招投标专项自查", "工程建设", due, launched, false);
        List<Long> items = items(db, c, new String[]{
                "是否存在应招标未招标、化整为零规避招标的情况",
                "是否存在未按规定对中标单位资信进行审查的情况",
                "是否存在工程结算超出合同约定且未经审批的情况"});
        for (String code : List.of("YBJSSJ", "YBJSLQ", "YBJSWY")) {
            sheet(db, c, code, "OPEN", items, launched, due);
        }
        history(db, c, null, launched, "office", "LAUNCHED", null, null, null, "sheets=3; checkItems=" + items.size());
    }

    private static void closedCampaign(Connection db, LocalDate today) throws SQLException {
        int year = today.getYear() - 1;
        LocalDate launched = LocalDate.of(year, 4, 10);
        LocalDate due = LocalDate.of(year, 5, 29);
        long c = campaign(db, "YBJT", year, year + "年度违规经营投资问题自查", "综合自查", due, launched, true);
        List<Long> items = items(db, c, new String[]{
                "是否存在重大决策未履行集体决策程序的情况",
                "是否存在违规对外投资或投资后管理缺失的情况",
                "是否存在违规处置资产、低价转让国有产权的情况"});
        int n = 0;
        for (String[] s : GROUP_SHEETS) {
            sheet(db, c, s[0], n++ % 4 == 0 ? "PROBLEM_ACCEPTED" : "ACCEPTED", items, launched, due);
        }
        history(db, c, null, launched, "office", "LAUNCHED", null, null, null, "sheets=" + GROUP_SHEETS.length + "; checkItems=" + items.size());
        history(db, c, null, due.plusDays(20), "office", "CLOSED", null, null, "各企业均已完成自查，行动结束", null);
    }

    private static long campaign(Connection db, String root, int year, String title, String topic, LocalDate due,
                                 LocalDate launched, boolean closed) throws SQLException {
        long rootId = id(db, "SELECT id FROM enterprise WHERE code = ?", root);
        int serial = next(db, "CAMPAIGN", rootId, year);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO campaign (campaign_no, campaign_year, campaign_seq, "
                + "root_enterprise_id, title, topic, due_date, status, created_by, created_at, closed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, ?) RETURNING id")) {
            insert.setString(1, String.format("%s-ZC-%04d-%04d", root, year, serial));
            insert.setInt(2, year);
            insert.setInt(3, serial);
            insert.setLong(4, rootId);
            insert.setString(5, title);
            insert.setString(6, topic);
            insert.setDate(7, Date.valueOf(due));
            insert.setString(8, closed ? "CLOSED" : "RUNNING");
            insert.setTimestamp(9, at(launched, 9));
            if (closed) {
                insert.setTimestamp(10, at(due.plusDays(20), 10));
            } else {
                insert.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Long> items(Connection db, long campaign, String[] texts) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO campaign_item (campaign_id, position, text) VALUES (?, ?, ?) "
                + "RETURNING id")) {
            for (int i = 0; i < texts.length; i++) {
                insert.setLong(1, campaign);
                insert.setInt(2, i + 1);
                insert.setString(3, texts[i]);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** A sheet in the state named, with its answers and history; CLUE: accepted, its first item's problem a clue. */
    private static void sheet(Connection db, long campaign, String code, String state, List<Long> items, LocalDate launched,
                              LocalDate due) throws SQLException {
        Long enterprise = id(db, "SELECT id FROM enterprise WHERE code = ?", code);
        if (enterprise == null) {
            return;
        }
        String status = switch (state) {
            case "CLUE", "PROBLEM_ACCEPTED" -> "ACCEPTED";
            default -> state;
        };
        String liaison = code.equals("YBJSSJ") ? "liaison" : "liaison." + code.toLowerCase(Locale.ROOT);
        boolean answered = !status.equals("OPEN");
        LocalDate submitted = workingDaysBefore(due, 2);
        LocalDate reviewed = due.minusDays(1).isBefore(submitted) ? submitted : due.minusDays(1);
        long sheet;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO campaign_sheet (campaign_id, enterprise_id, status, "
                + "submitted_by, submitted_at, reviewed_by, reviewed_at, review_opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setLong(1, campaign);
            insert.setLong(2, enterprise);
            insert.setString(3, status);
            boolean handedIn = answered;
            insert.setString(4, handedIn ? liaison : null);
            insert.setTimestamp(5, handedIn ? at(submitted, 16) : null);
            boolean isReviewed = status.equals("ACCEPTED") || status.equals("RETURNED");
            insert.setString(6, isReviewed ? "office" : null);
            insert.setTimestamp(7, isReviewed ? at(reviewed, 10) : null);
            insert.setString(8, status.equals("RETURNED") ? "第2项未说明对外担保的核查范围，请补充后重新提交"
                    : status.equals("ACCEPTED") ? "自查认真，情况属实" : null);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                sheet = row.getLong(1);
            }
        }
        if (!answered) {
            return;
        }
        boolean problem = state.equals("CLUE") || state.equals("PROBLEM_ACCEPTED") || code.equals("YBJSLQ");
        String clue = state.equals("CLUE") ? clue(db, enterprise, code, reviewed) : null;
        try (PreparedStatement answer = db.prepareStatement("INSERT INTO campaign_answer (sheet_id, item_id, result, description, "
                + "amount, clue_ledger_no) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                boolean found = problem && i == 0;
                answer.setLong(1, sheet);
                answer.setLong(2, items.get(i));
                answer.setString(3, found ? "PROBLEM" : "NO_PROBLEM");
                answer.setString(4, found ? "2025年起向参股企业出借资金，未经董事会集体决策，至今尚未收回" : null);
                answer.setBigDecimal(5, found ? new BigDecimal("860000.00") : null);
                answer.setString(6, found ? clue : null);
                answer.addBatch();
            }
            answer.executeBatch();
        }
        history(db, campaign, sheet, submitted.minusDays(1), liaison, "SAVED", null, null, null,
                "answers=" + items.size() + "; problems=" + (problem ? 1 : 0));
        history(db, campaign, sheet, submitted, liaison, "SUBMITTED", "OPEN", "SUBMITTED", null, null);
        if (status.equals("ACCEPTED")) {
            history(db, campaign, sheet, reviewed, "office", "ACCEPTED", "SUBMITTED", "ACCEPTED", "自查认真，情况属实", null);
        } else if (status.equals("RETURNED")) {
            history(db, campaign, sheet, reviewed, "office", "RETURNED", "SUBMITTED", "RETURNED",
                    "第2项未说明对外担保的核查范围，请补充后重新提交", null);
        }
        if (clue != null) {
            history(db, campaign, sheet, reviewed, "office", "BECAME_CLUE", null, null, null, "checkItem=1; clue=" + clue);
        }
    }

    /** A registered clue of the enterprise from its self-inspection (自查发现), as the one step makes it. */
    private static String clue(Connection db, long enterprise, String code, LocalDate on) throws SQLException {
        int serial = next(db, "CLUE", enterprise, on.getYear());
        String ledgerNo = String.format("%s-XS-%04d-%04d", code, on.getYear(), serial);
        long id;
        try (PreparedStatement seq = db.prepareStatement("SELECT nextval('clue_seq')"); ResultSet row = seq.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        String summary = "示范燃气在资金管理领域专项自查中自查发现问题：2025年起向参股企业出借资金86万元，未经董事会集体决策，至今尚未收回。";
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, "
                + "ledger_seq, enterprise_id, owner_enterprise_id, source, received_on, registered_on, registered_by, summary, "
                + "possible_loss, level, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'SELF_INSPECTION', ?, ?, 'office', ?, ?, 'GENERAL', 'REGISTERED')");
             PreparedStatement history = db.prepareStatement("INSERT INTO clue_history (clue_id, occurred_at, user_id, action, "
                     + "from_status, to_status) VALUES (?, ?, 'office', 'REGISTERED', NULL, 'REGISTERED')")) {
            insert.setLong(1, id);
            insert.setString(2, ledgerNo);
            insert.setLong(3, enterprise);
            insert.setInt(4, on.getYear());
            insert.setInt(5, serial);
            insert.setLong(6, enterprise);
            insert.setLong(7, enterprise);
            insert.setDate(8, Date.valueOf(on));
            insert.setDate(9, Date.valueOf(on));
            insert.setString(10, summary);
            insert.setBigDecimal(11, new BigDecimal("860000.00"));
            insert.executeUpdate();
            history.setLong(1, id);
            history.setTimestamp(2, at(on, 11));
            history.executeUpdate();
        }
        return ledgerNo;
    }

    private static void history(Connection db, long campaign, Long sheet, LocalDate on, String user, String action, String from,
                                String to, String reason, String details) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO campaign_history (campaign_id, sheet_id, occurred_at, "
                + "user_id, action, from_status, to_status, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, campaign);
            if (sheet == null) {
                insert.setNull(2, Types.BIGINT);
            } else {
                insert.setLong(2, sheet);
            }
            insert.setTimestamp(3, at(on, 10));
            insert.setString(4, user);
            insert.setString(5, action);
            insert.setString(6, from);
            insert.setString(7, to);
            insert.setString(8, reason);
            insert.setString(9, details);
            insert.executeUpdate();
        }
    }

    // --- trainings ----------------------------------------------------------------------------------------------

    private static void training(Connection db, LocalDate today, String[] t) throws SQLException {
        Long organiser = id(db, "SELECT id FROM enterprise WHERE code = ?", t[1]);
        if (organiser == null) {
            return;
        }
        LocalDate held = workingDaysBefore(today.minusMonths(Long.parseLong(t[2])), 0);
        int serial = next(db, "TRAINING", organiser, held.getYear());
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO training (training_no, training_year, training_seq, "
                + "organiser_enterprise_id, course, held_on, hours, external_participants, materials, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, String.format("%s-PX-%04d-%04d", t[1], held.getYear(), serial));
            insert.setInt(2, held.getYear());
            insert.setInt(3, serial);
            insert.setLong(4, organiser);
            insert.setString(5, t[0]);
            insert.setDate(6, Date.valueOf(held));
            insert.setBigDecimal(7, new BigDecimal(t[3]));
            insert.setInt(8, Integer.parseInt(t[4]));
            insert.setString(9, "讲义：" + t[0] + "（PPT，" + t[3] + "学时）");
            insert.setString(10, t[1].equals("YBJSSJ") ? "liaison" : "office");
            insert.setTimestamp(11, at(held.plusDays(1), 15));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        try (PreparedStatement participants = db.prepareStatement("INSERT INTO training_participant (training_id, person_id) "
                + "SELECT ?, p.id FROM person p JOIN enterprise e ON e.id = p.enterprise_id "
                + "WHERE e.path LIKE (SELECT path FROM enterprise WHERE id = ?) || '%' AND p.status = 'ACTIVE' "
                + "ORDER BY p.employee_no LIMIT ?")) {
            participants.setLong(1, id);
            participants.setLong(2, organiser);
            participants.setInt(3, Integer.parseInt(t[5]));
            participants.executeUpdate();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static int next(Connection db, String series, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES (?, ?, ?, 1) ON CONFLICT (series, enterprise_id, year) "
                + "DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setString(1, series);
            next.setLong(2, enterprise);
            next.setInt(3, year);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
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

    /** The day {@code days} working days (Monday to Friday) before {@code day}; 0: the working day on or before it. */
    private static LocalDate workingDaysBefore(LocalDate day, int days) {
        LocalDate d = day;
        while (weekend(d)) {
            d = d.minusDays(1);
        }
        for (int i = 0; i < days; i++) {
            d = d.minusDays(1);
            while (weekend(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate d = day;
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (weekend(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Timestamp at(LocalDate day, int hour) {
        return Timestamp.from(day.atTime(hour, 0).atZone(CHINA).toInstant());
    }
}
