package db.demo;

import com.soegroup.accountability.circular.CircularAnonymiser;
import com.soegroup.accountability.circular.CircularAnonymiser.MaskKind;
import com.soegroup.accountability.circular.CircularAnonymiser.Term;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Warning circulars and published handling results of the demo's decided cases (issue 21), in every state: two
 * published (a warning to the whole group read by some of its enterprises' users, a handling result to a subsidiary's
 * subtree for its leaders and liaisons), one approved and waiting to be published, one awaiting the leader's approval,
 * one returned for rework and one just drafted. Texts are anonymised by the application's rules; dates relative to today.
 */
public class V46__Demo_circulars extends BaseJavaMigration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("com.soegroup.accountability.circular.circular", Locale.ROOT);

    private record DecidedCase(long id, String caseNo, long ownerId, String ownerCode, int ownerDepth, String title) {
    }

    private record Plan(String kind, String state, int daysAgo, String publishTo, String roles, String[] readers) {
    }

    private static final Plan[] PLANS = {
            new Plan("WARNING", "PUBLISHED", 20, "YBJT", "OFFICE,LEADER,INVESTIGATOR,LIAISON,HR,AUDITOR",
                    new String[] {"liaison", "hr2", "investigator", "leader"}),
            new Plan("RESULT", "PUBLISHED", 6, "YBJS", "LEADER,LIAISON", new String[] {"liaison"}),
            new Plan("WARNING", "APPROVED", 3, null, null, new String[0]),
            new Plan("RESULT", "SUBMITTED", 2, null, null, new String[0]),
            new Plan("WARNING", "RETURNED", 4, null, null, new String[0]),
            new Plan("WARNING", "DRAFTING", 1, null, null, new String[0]),
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<DecidedCase> cases = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT i.id, i.case_no, e.id, e.code, e.path, i.title FROM investigation i "
                + "JOIN enterprise e ON e.id = i.owner_enterprise_id WHERE EXISTS (SELECT 1 FROM decision d WHERE d.investigation_id = i.id "
                + "AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED')) ORDER BY i.id LIMIT 6");
             ResultSet row = q.executeQuery()) {
            while (row.next()) {
                cases.add(new DecidedCase(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), depth(row.getString(5)),
                        row.getString(6)));
            }
        }
        if (cases.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(CHINA);
        for (int i = 0; i < PLANS.length; i++) {
            create(db, cases.get(i % cases.size()), PLANS[i], today);
        }
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    private static void create(Connection db, DecidedCase c, Plan plan, LocalDate today) throws SQLException {
        List<Term> terms = new ArrayList<>();
        List<String[]> decisions = new ArrayList<>();
        Map<String, Integer> enterprises = new LinkedHashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT d.person_name, d.employee_no, d.facts, d.measures, d.responsibility, "
                + "pe.full_name, pe.short_name, pe.path, o.full_name, o.short_name, o.path FROM decision d "
                + "JOIN enterprise pe ON pe.id = d.person_enterprise_id JOIN enterprise o ON o.id = d.owner_enterprise_id "
                + "WHERE d.investigation_id = ? AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') ORDER BY d.id")) {
            q.setLong(1, c.id());
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    terms.add(new Term(row.getString(1), CircularAnonymiser.person(row.getString(1)), MaskKind.PERSON));
                    terms.add(new Term(row.getString(2), "***", MaskKind.EMPLOYEE_NO));
                    for (int col : new int[] {6, 7}) {
                        enterprises.putIfAbsent(row.getString(col), depth(row.getString(8)));
                    }
                    for (int col : new int[] {9, 10}) {
                        enterprises.putIfAbsent(row.getString(col), depth(row.getString(11)));
                    }
                    decisions.add(new String[] {row.getString(1), row.getString(3), row.getString(4), row.getString(5)});
                }
            }
        }
        enterprises.forEach((name, depth) -> {
            if (name != null && name.length() >= 3) {
                terms.add(new Term(name, CircularAnonymiser.enterprise(depth), MaskKind.ENTERPRISE));
            }
        });
        List<String> facts = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        List<String> handling = new ArrayList<>();
        for (String[] d : decisions) {
            facts.add(d[0] + "：" + (d[1] == null ? c.title() : d[1].strip()));
            violations.add(d[0] + "违反《实施办法》有关规定，负有" + text("Responsibility." + d[3]) + "。");
            List<String> measures = new ArrayList<>();
            for (String m : d[2] == null ? new String[0] : d[2].split(",")) {
                if (!m.isBlank()) {
                    measures.add(text("Measure." + m.strip()));
                }
            }
            handling.add(d[0] + "：" + (measures.isEmpty() ? "免于处理" : String.join("、", measures)) + "。");
        }
        String title = text("draft.title." + plan.kind()).replace("{0}", CircularAnonymiser.enterprise(c.ownerDepth()));
        String[] parts = {title, apply(String.join("\n", facts), terms), apply(String.join("\n", violations), terms),
                apply(String.join("\n", handling), terms), text("draft.lesson." + plan.kind())};

        LocalDate created = today.minusDays(plan.daysAgo() + 7L);
        Instant at = created.atTime(9, 30).atZone(CHINA).toInstant();
        int seq = next(db, c.ownerId(), today.getYear());
        String no = String.format(Locale.ROOT, "%s-TB-%04d-%04d", c.ownerCode(), today.getYear(), seq);
        boolean saved = !"DRAFTING".equals(plan.state());
        String state = "RETURNED".equals(plan.state()) ? "DRAFTING" : plan.state();
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO circular (circular_no, circular_year, circular_seq, enterprise_id, "
                + "investigation_id, case_no, kind, state, title, facts, violation, handling, lesson, text_no, created_by, created_at, "
                + "approved_by, approval_opinion, published_on, published_by, publish_enterprise_id, publish_path, publish_roles) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'office', ?, ?, ?, ?, ?, "
                + "(SELECT id FROM enterprise WHERE code = ?), (SELECT path FROM enterprise WHERE code = ?), ?) RETURNING id")) {
            int i = 1;
            insert.setString(i++, no);
            insert.setInt(i++, today.getYear());
            insert.setInt(i++, seq);
            insert.setLong(i++, c.ownerId());
            insert.setLong(i++, c.id());
            insert.setString(i++, c.caseNo());
            insert.setString(i++, plan.kind());
            insert.setString(i++, state);
            for (String p : parts) {
                insert.setString(i++, p);
            }
            insert.setInt(i++, saved ? 1 : 0);
            insert.setTimestamp(i++, Timestamp.from(at));
            boolean approved = "APPROVED".equals(state) || "PUBLISHED".equals(state);
            insert.setString(i++, approved ? "leader" : null);
            insert.setString(i++, approved ? "同意发布。" : "RETURNED".equals(plan.state()) ? "请进一步概括案情，突出警示意义。" : null);
            boolean published = "PUBLISHED".equals(state);
            insert.setDate(i++, published ? Date.valueOf(today.minusDays(plan.daysAgo())) : null);
            insert.setString(i++, published ? "office" : null);
            insert.setString(i++, published ? plan.publishTo() : null);
            insert.setString(i++, published ? plan.publishTo() : null);
            insert.setString(i, published ? "," + plan.roles() + "," : null);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        history(db, id, at, "DRAFTED", null, "DRAFTING", null, "kind=" + plan.kind() + "; caseNo=" + c.caseNo());
        if (saved) {
            Instant savedAt = at.plusSeconds(3600);
            try (PreparedStatement text = db.prepareStatement("INSERT INTO circular_text (circular_id, text_no, title, facts, violation, "
                    + "handling, lesson, saved_by, saved_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'office', ?)")) {
                text.setLong(1, id);
                for (int i = 0; i < parts.length; i++) {
                    text.setString(i + 2, parts[i]);
                }
                text.setTimestamp(7, Timestamp.from(savedAt));
                text.executeUpdate();
            }
            history(db, id, savedAt, "TEXT_SAVED", null, null, null, "textNo=1");
            history(db, id, savedAt.plusSeconds(600), "SUBMITTED", "DRAFTING", "SUBMITTED", null, "textNo=1");
        }
        Instant decidedAt = at.plusSeconds(86_400);
        if ("RETURNED".equals(plan.state())) {
            history(db, id, decidedAt, "RETURNED", "SUBMITTED", "DRAFTING", "请进一步概括案情，突出警示意义。", null);
        }
        if ("APPROVED".equals(state) || "PUBLISHED".equals(state)) {
            history(db, id, decidedAt, "APPROVED", "SUBMITTED", "APPROVED", "同意发布。", "textNo=1");
        }
        if ("PUBLISHED".equals(state)) {
            LocalDate on = today.minusDays(plan.daysAgo());
            history(db, id, on.atTime(10, 0).atZone(CHINA).toInstant(), "PUBLISHED", "APPROVED", "PUBLISHED", null,
                    "enterprise=" + plan.publishTo() + "; roles=" + plan.roles() + "; publishedOn=" + on);
            int hour = 11;
            for (String reader : plan.readers()) {
                try (PreparedStatement read = db.prepareStatement("INSERT INTO circular_read (circular_id, user_id, enterprise_id, read_at) "
                        + "SELECT ?, ?, p.enterprise_id, ? FROM person p WHERE p.ldap_user_id = ? ON CONFLICT DO NOTHING")) {
                    read.setLong(1, id);
                    read.setString(2, reader);
                    read.setTimestamp(3, Timestamp.from(on.atTime(hour++, 15).atZone(CHINA).toInstant()));
                    read.setString(4, reader);
                    read.executeUpdate();
                }
            }
        }
    }

    private static String apply(String text, List<Term> terms) {
        return CircularAnonymiser.apply(text, terms);
    }

    private static String text(String key) {
        return TEXTS.containsKey(key) ? TEXTS.getString(key) : key;
    }

    private static int next(Connection db, long enterprise, int year) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("INSERT INTO number_counter (series, enterprise_id, year, last_number) "
                + "VALUES ('CIRCULAR', ?, ?, 1) ON CONFLICT (series, enterprise_id, year) "
                + "DO UPDATE SET last_number = number_counter.last_number + 1 RETURNING last_number")) {
            next.setLong(1, enterprise);
            next.setInt(2, year);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void history(Connection db, long id, Instant at, String action, String from, String to, String reason, String details)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO circular_history (circular_id, occurred_at, user_id, action, "
                + "from_status, to_status, reason, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, action.equals("APPROVED") || action.equals("RETURNED") ? "leader" : "office");
            insert.setString(4, action);
            insert.setString(5, from);
            insert.setString(6, to);
            insert.setString(7, reason);
            insert.setString(8, details);
            insert.executeUpdate();
        }
    }
}
