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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo group's clue ledger (issue 6): some three hundred clues received over the last fourteen months, of
 * every source and state, numbered gap-free per enterprise and year as the application numbers them, with
 * their history, persons concerned, and some under flagged supervision, a few of them overdue. Dates follow
 * "today" at load time so the ledger always looks current. Deterministic apart from that.
 */
public class V10__Demo_clues extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String[] SOURCES = {"REPORT", "AUDIT", "INSPECTION_TOUR", "DISCIPLINE_TRANSFER", "INTERVIEW",
            "SELF_INSPECTION", "ASSIGNED_BY_SUPERIOR", "OTHER"};
    private static final int[] SOURCE_WEIGHTS = {22, 25, 14, 8, 6, 12, 8, 5};

    /** Summaries as a ledger keeper writes them; %s is the enterprise's short name, %d an amount in 万元. */
    private static final String[] SUMMARIES = {
            "%s在项目投资决策中未按规定开展可行性研究，项目投产后持续亏损，涉及投资约%d万元。",
            "%s对外提供借款未履行集体决策程序，借款逾期未收回约%d万元。",
            "%s超越权限为非控股企业提供担保，被担保方违约后承担代偿责任约%d万元。",
            "%s工程项目未经招标直接发包，合同价款高于市场价约%d万元。",
            "%s物资采购中供应商资质审核不严，验收流于形式，造成损失约%d万元。",
            "%s应收账款管理不善，长期挂账未催收，形成坏账约%d万元。",
            "%s违规开展融资性贸易，资金被上游企业占用约%d万元。",
            "%s资产处置未经评估即低价转让，国有资产流失约%d万元。",
            "%s预付工程款超合同约定比例，施工方停工后无法收回约%d万元。",
            "%s违规为关联企业垫付费用，涉及金额约%d万元。",
            "%s在股权收购中未开展尽职调查，标的公司隐瞒负债约%d万元。",
            "%s工程变更签证审核不严，多计工程量约%d万元。",
            "%s委托理财未履行审批程序，产品到期未能兑付约%d万元。",
            "%s库存物资长期积压、盘亏，账实不符约%d万元。",
            "%s租赁业务承租人资信审查缺失，租金逾期约%d万元。",
            "%s违规发放奖金补贴，涉及金额约%d万元。",
            "%s合同签订前未经法律审核，因违约被判决赔偿约%d万元。",
            "%s设备采购重复建设，闲置设备原值约%d万元。",
    };

    private static final String[] CHECKERS = {"张伟", "审计部 刘洋", "纪检监察部 陈军", "财务部 周敏", "法务合规部 孙丽"};

    private record Made(long id, String enterprise, String owner, LocalDate received, LocalDate registered, String status) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        LocalDate today = LocalDate.now(CHINA);
        Random random = new Random(20260601L);
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> shortNames = new HashMap<>();
        try (ResultSet rows = db.createStatement().executeQuery(
                "SELECT e.id, e.code, e.short_name, p.code FROM enterprise e LEFT JOIN enterprise p ON p.id = e.parent_id ORDER BY e.path")) {
            while (rows.next()) {
                ids.put(rows.getString(2), rows.getLong(1));
                shortNames.put(rows.getString(2), rows.getString(3));
                parents.put(rows.getString(2), rows.getString(4));
            }
        }
        if (!ids.containsKey("YBJT")) {
            return;
        }
        Map<String, List<String[]>> staff = new HashMap<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT p.employee_no, p.name, e.code FROM person p "
                + "JOIN enterprise e ON e.id = p.enterprise_id WHERE p.employee_no LIKE 'YB%' ORDER BY p.employee_no")) {
            while (rows.next()) {
                staff.computeIfAbsent(rows.getString(3), k -> new ArrayList<>()).add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }

        // draw the clues first, then number them in registration order per enterprise and year
        List<Object[]> drawn = new ArrayList<>();
        List<String> codes = new ArrayList<>(ids.keySet());
        codes.sort(Comparator.naturalOrder());
        for (String code : codes) {
            int count = code.equals("YBJT") ? 30 : 14 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                LocalDate received = today.minusDays(random.nextInt(425));
                LocalDate registered = received.plusDays(random.nextInt(4));
                if (registered.isAfter(today)) {
                    registered = today;
                }
                drawn.add(new Object[]{code, received, registered});
            }
        }
        drawn.sort(Comparator.comparing((Object[] d) -> (LocalDate) d[2]).thenComparing(d -> (LocalDate) d[1]));
        Map<String, Integer> serials = new HashMap<>();
        List<Made> made = new ArrayList<>();
        Map<String, List<Long>> mergeable = new HashMap<>();

        try (PreparedStatement clue = db.prepareStatement("INSERT INTO clue (id, ledger_no, numbering_enterprise_id, ledger_year, "
                + "ledger_seq, enterprise_id, owner_enterprise_id, source, received_on, registered_on, registered_by, summary, "
                + "possible_loss, level, status, handler, check_deadline, disposition_reason, transfer_kind, transfer_organ, "
                + "transfer_reference, merged_into_id, other_rules_reference, closed_on, closed_by, reporter_name, reporter_contact, "
                + "supervised, supervision_deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement history = db.prepareStatement("INSERT INTO clue_history (clue_id, occurred_at, user_id, action, "
                     + "from_status, to_status, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement person = db.prepareStatement("INSERT INTO clue_person (clue_id, employee_no, name, note) VALUES (?, ?, ?, ?)");
             PreparedStatement involved = db.prepareStatement("INSERT INTO involved_person (object_type, object_id, person_id, reason, "
                     + "recorded_by, recorded_at) SELECT 'CLUE', ?, id, 'clue.person', 'demo', now() FROM person WHERE employee_no = ? "
                     + "ON CONFLICT DO NOTHING");
             PreparedStatement supervision = db.prepareStatement("INSERT INTO supervision (clue_id, leader_user_id, deadline, "
                     + "progress_interval_days, started_on, started_by) VALUES (?, 'leader', ?, ?, ?, 'leader') RETURNING id");
             PreparedStatement progress = db.prepareStatement("INSERT INTO supervision_progress (supervision_id, entered_on, "
                     + "entered_by, text) VALUES (?, ?, ?, ?)")) {
            for (Object[] d : drawn) {
                String code = (String) d[0];
                LocalDate received = (LocalDate) d[1];
                LocalDate registered = (LocalDate) d[2];
                int year = registered.getYear();
                int serial = serials.merge(code + "/" + year, 1, Integer::sum);
                long id = nextval(db);
                String ledgerNo = String.format("%s-XS-%04d-%04d", code, year, serial);
                String source = pick(random, SOURCES, SOURCE_WEIGHTS);
                int amount = amount(random);
                String summary = String.format(SUMMARIES[random.nextInt(SUMMARIES.length)], shortNames.get(code), amount);
                long age = ChronoUnit.DAYS.between(registered, today);
                String status = status(random, age);
                String owner = code;

                clue.setLong(1, id);
                clue.setString(2, ledgerNo);
                clue.setLong(3, ids.get(code));
                clue.setInt(4, year);
                clue.setInt(5, serial);
                clue.setLong(6, ids.get(code));
                clue.setString(8, source);
                clue.setDate(9, Date.valueOf(received));
                clue.setDate(10, Date.valueOf(registered));
                clue.setString(11, code.equals("YBJSSJ") && random.nextBoolean() ? "liaison" : "office");
                clue.setString(12, summary);
                if (random.nextInt(10) < 8) {
                    clue.setBigDecimal(13, BigDecimal.valueOf(amount * 10_000L + random.nextInt(10_000), 0).setScale(2));
                    clue.setString(14, amount >= 5000 ? "MAJOR" : amount >= 500 ? "LARGER" : "GENERAL");
                } else {
                    clue.setNull(13, Types.NUMERIC);
                    clue.setNull(14, Types.VARCHAR);
                }
                clue.setString(15, status);
                for (int p = 16; p <= 29; p++) {
                    clue.setNull(p, p == 28 ? Types.BOOLEAN : Types.VARCHAR);
                }
                clue.setBoolean(28, false);
                clue.setNull(17, Types.DATE);
                clue.setNull(22, Types.BIGINT);
                clue.setNull(24, Types.DATE);
                clue.setNull(29, Types.DATE);

                List<String[]> steps = new ArrayList<>();
                steps.add(new String[]{"REGISTERED", null, "REGISTERED", null});
                String disposition = status.equals("CLOSED") ? pick(random, new String[]{"ACCEPTED", "NOT_ACCEPTED", "TRANSFERRED",
                        "OUT_OF_SCOPE", "MERGED"}, new int[]{45, 30, 10, 8, 7}) : status;
                if (!status.equals("REGISTERED")) {
                    String handler = CHECKERS[random.nextInt(CHECKERS.length)];
                    LocalDate deadline = registered.plusDays(30);
                    clue.setString(16, handler);
                    clue.setDate(17, Date.valueOf(deadline));
                    steps.add(new String[]{"TRANSITION", "REGISTERED", "CHECKING", "交" + handler + "初步核实"});
                }
                if (!status.equals("REGISTERED") && !status.equals("CHECKING")) {
                    switch (disposition) {
                        case "ACCEPTED" -> {
                            clue.setString(18, "经初核，反映问题基本属实，同意启动责任追究");
                            steps.add(new String[]{"TRANSITION", "CHECKING", "ACCEPTED", "经初核，反映问题基本属实，同意启动责任追究"});
                        }
                        case "NOT_ACCEPTED" -> {
                            clue.setString(18, "经初核，反映问题不属实或未造成资产损失，予以了结");
                            steps.add(new String[]{"TRANSITION", "CHECKING", "NOT_ACCEPTED", "经初核，反映问题不属实或未造成资产损失，予以了结"});
                        }
                        case "TRANSFERRED" -> {
                            boolean up = parents.get(code) != null && random.nextBoolean();
                            clue.setString(19, up ? "HIGHER_LEVEL" : "DISCIPLINE_ORGAN");
                            clue.setString(20, up ? "上级单位" : "示范市纪委监委");
                            clue.setString(21, "示移〔" + year + "〕" + (serial + 3) + "号");
                            if (up) {
                                owner = parents.get(code);
                            }
                            steps.add(new String[]{"TRANSITION", "CHECKING", "TRANSFERRED", up ? "涉及本级领导班子成员，移送上级单位" : "涉嫌违纪，移送纪检监察机关"});
                        }
                        case "OUT_OF_SCOPE" -> {
                            clue.setString(23, "属安全生产事故，按《生产安全事故报告和调查处理条例》处理");
                            steps.add(new String[]{"TRANSITION", "CHECKING", "OUT_OF_SCOPE", "属安全生产事故，按其他规定处理"});
                        }
                        case "MERGED" -> {
                            List<Long> earlier = mergeable.getOrDefault(code, List.of());
                            if (earlier.isEmpty()) {
                                clue.setString(18, "经初核，反映问题不属实，予以了结");
                                disposition = "NOT_ACCEPTED";
                                if (!status.equals("CLOSED")) {
                                    status = "NOT_ACCEPTED";
                                    clue.setString(15, status);
                                }
                                steps.add(new String[]{"TRANSITION", "CHECKING", "NOT_ACCEPTED", "经初核，反映问题不属实，予以了结"});
                            } else {
                                clue.setLong(22, earlier.get(random.nextInt(earlier.size())));
                                steps.add(new String[]{"TRANSITION", "CHECKING", "MERGED", "与在办线索反映同一事项，并入办理"});
                            }
                        }
                        default -> { }
                    }
                }
                if (status.equals("CLOSED")) {
                    LocalDate closed = registered.plusDays(60 + random.nextInt(120));
                    clue.setDate(24, Date.valueOf(closed.isAfter(today) ? today : closed));
                    clue.setString(25, "office");
                    steps.add(new String[]{"TRANSITION", disposition, "CLOSED", "各项工作已完结，对账销号"});
                }
                if (source.equals("REPORT") && random.nextInt(3) == 0) {
                    clue.setString(26, "知情职工");
                    clue.setString(27, "电话 0831-" + (2000000 + random.nextInt(7000000)));
                }
                boolean supervise = (status.equals("ACCEPTED") || status.equals("CHECKING")) && random.nextInt(5) == 0;
                LocalDate supervisionDeadline = null;
                if (supervise) {
                    // some overdue, some due soon, most later
                    supervisionDeadline = today.plusDays(random.nextInt(4) == 0 ? -(1 + random.nextInt(20)) : 2 + random.nextInt(80));
                    clue.setBoolean(28, true);
                    clue.setDate(29, Date.valueOf(supervisionDeadline));
                }
                clue.setLong(7, ids.get(owner));
                clue.executeUpdate();

                LocalDate at = registered;
                for (String[] step : steps) {
                    history.setLong(1, id);
                    history.setTimestamp(2, Timestamp.from(at.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(CHINA).toInstant()));
                    history.setString(3, step[2].equals("ACCEPTED") || step[2].equals("NOT_ACCEPTED") ? "leader" : "office");
                    history.setString(4, step[0]);
                    history.setString(5, step[1]);
                    history.setString(6, step[2]);
                    history.setString(7, step[3]);
                    history.setNull(8, Types.VARCHAR);
                    history.executeUpdate();
                    at = at.plusDays(5 + random.nextInt(20));
                    if (at.isAfter(today)) {
                        at = today;
                    }
                }

                List<String[]> people = staff.getOrDefault(code, List.of());
                int persons = random.nextInt(3);
                for (int p = 0; p < persons; p++) {
                    boolean onRecord = !people.isEmpty() && random.nextInt(4) > 0;
                    String[] who = onRecord ? people.get(random.nextInt(people.size())) : null;
                    person.setLong(1, id);
                    person.setString(2, who == null ? null : who[0]);
                    person.setString(3, who == null ? "项目经理（姓名不详）" : who[1]);
                    person.setString(4, null);
                    person.executeUpdate();
                    if (who != null) {
                        involved.setLong(1, id);
                        involved.setString(2, who[0]);
                        involved.executeUpdate();
                    }
                }

                if (supervise) {
                    supervision.setLong(1, id);
                    supervision.setDate(2, Date.valueOf(supervisionDeadline));
                    supervision.setInt(3, 14);
                    LocalDate started = registered.plusDays(10).isAfter(today) ? today : registered.plusDays(10);
                    supervision.setDate(4, Date.valueOf(started));
                    long supervisionId;
                    try (ResultSet key = supervision.executeQuery()) {
                        key.next();
                        supervisionId = key.getLong(1);
                    }
                    LocalDate entry = started.plusDays(14);
                    int n = 0;
                    while (!entry.isAfter(today) && n < 3) {
                        progress.setLong(1, supervisionId);
                        progress.setDate(2, Date.valueOf(entry));
                        progress.setString(3, "office");
                        progress.setString(4, new String[]{"已成立核查组，调取相关合同和会议纪要。", "已约谈相关责任人，正在核实损失金额。",
                                "核查报告初稿已形成，待领导小组审议。"}[n]);
                        progress.executeUpdate();
                        entry = entry.plusDays(14);
                        n++;
                    }
                    history.setLong(1, id);
                    history.setTimestamp(2, Timestamp.from(started.atTime(10, 0).atZone(CHINA).toInstant()));
                    history.setString(3, "leader");
                    history.setString(4, "SUPERVISION_STARTED");
                    history.setNull(5, Types.VARCHAR);
                    history.setNull(6, Types.VARCHAR);
                    history.setNull(7, Types.VARCHAR);
                    history.setString(8, "leader=leader; deadline=" + supervisionDeadline + "; interval=14");
                    history.executeUpdate();
                }
                if (!status.equals("MERGED") && !status.equals("CLOSED")) {
                    mergeable.computeIfAbsent(code, k -> new ArrayList<>()).add(id);
                }
                made.add(new Made(id, code, owner, received, registered, status));
            }
        }
        try (PreparedStatement counter = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) VALUES ('CLUE', ?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : serials.entrySet()) {
                String[] key = e.getKey().split("/");
                counter.setLong(1, ids.get(key[0]));
                counter.setInt(2, Integer.parseInt(key[1]));
                counter.setInt(3, e.getValue());
                counter.addBatch();
            }
            counter.executeBatch();
        }
    }

    /** Older clues are further along: most of last year's are closed, this month's mostly registered or checked. */
    private static String status(Random random, long age) {
        if (age < 10) {
            return pick(random, new String[]{"REGISTERED", "CHECKING"}, new int[]{6, 4});
        }
        if (age < 60) {
            return pick(random, new String[]{"REGISTERED", "CHECKING", "ACCEPTED", "NOT_ACCEPTED", "TRANSFERRED", "MERGED", "OUT_OF_SCOPE"},
                    new int[]{2, 10, 5, 2, 1, 1, 1});
        }
        if (age < 200) {
            return pick(random, new String[]{"CHECKING", "ACCEPTED", "NOT_ACCEPTED", "TRANSFERRED", "MERGED", "OUT_OF_SCOPE", "CLOSED"},
                    new int[]{3, 10, 3, 2, 1, 1, 8});
        }
        return pick(random, new String[]{"ACCEPTED", "NOT_ACCEPTED", "TRANSFERRED", "CLOSED"}, new int[]{5, 1, 1, 20});
    }

    private static int amount(Random random) {
        int band = random.nextInt(10);
        return band < 5 ? 5 + random.nextInt(300) : band < 9 ? 300 + random.nextInt(3000) : 5000 + random.nextInt(20000);
    }

    private static String pick(Random random, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static long nextval(Connection db) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('clue_seq')"); ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
