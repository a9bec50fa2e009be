package com.soegroup.accountability.it.statistics;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.group;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.nonZero;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.rows;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The counts of clues and of people held accountable that the database keeps per handling unit and month
 * ({@code stat_month}) equal a count of the records themselves after every kind of write — a clue registered,
 * classified, reclassified, moved on; a person's post level changed; a decision revoked on appeal — and the figures
 * read from them are the records' for a period of whole months, for one with days at either end, and for a reader
 * involved in a clue of a whole month (taken back from the kept count).
 */
class StatisticsKeptCountsIT extends ApplicationIT {

    private static final String FROM = (YEAR - 1) + "-01-01";
    /** A day of a month wholly inside the default period (the month before this one). */
    private static final String LAST_MONTH = LocalDate.parse(TODAY).withDayOfMonth(10).minusMonths(1).toString();

    /** Every kept count beside a count of the records (written apart from the triggers); the rows that differ. */
    private static final String DIFFERENCES = "WITH held AS (SELECT d.* FROM decision d WHERE d.approved_on IS NOT NULL "
            + "AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED' AND NOT EXISTS (SELECT 1 "
            + "FROM decision_appeal a WHERE a.decision_id = d.id AND a.status IN ('REVOKED', 'CHANGED'))), "
            + "counted AS (SELECT 'CLUE' AS source, CAST(date_trunc('month', c.received_on) AS DATE) AS month, c.owner_enterprise_id AS "
            + "enterprise_id, x.dim, x.value, count(DISTINCT c.id) AS n FROM clue c CROSS JOIN LATERAL (SELECT 'source', c.source "
            + "UNION ALL SELECT 'level', coalesce(c.level, '') UNION ALL SELECT 'status', c.status "
            + "UNION ALL SELECT 'area', ci.area FROM clue_circumstance ci WHERE ci.clue_id = c.id "
            + "UNION ALL SELECT DISTINCT 'classified', '' FROM clue_circumstance ci WHERE ci.clue_id = c.id) x(dim, value) "
            + "GROUP BY 1, 2, 3, 4, 5 "
            + "UNION ALL SELECT 'DECISION', CAST(date_trunc('month', d.approved_on) AS DATE), d.owner_enterprise_id, x.dim, x.value, count(*) "
            + "FROM held d LEFT JOIN person p ON p.id = d.person_id CROSS JOIN LATERAL (SELECT 'responsibility', d.responsibility "
            + "UNION ALL SELECT 'postLevel', coalesce(p.post_level, '') UNION ALL SELECT 'measure', trim(m) "
            + "FROM unnest(string_to_array(d.measures, ',')) m) x(dim, value) GROUP BY 1, 2, 3, 4, 5) "
            + "SELECT coalesce(k.source, c.source) || ' ' || coalesce(k.month, c.month) || ' ' || coalesce(k.enterprise_id, c.enterprise_id) "
            + "|| ' ' || coalesce(k.dim, c.dim) || '=' || coalesce(k.value, c.value) || ': kept ' || coalesce(k.n, 0) || ', records ' "
            + "|| coalesce(c.n, 0) FROM (SELECT * FROM stat_month WHERE n <> 0) k FULL JOIN counted c "
            + "ON (k.source, k.month, k.enterprise_id, k.dim, k.value) = (c.source, c.month, c.enterprise_id, c.dim, c.value) "
            + "WHERE k.n IS DISTINCT FROM c.n ORDER BY 1 LIMIT 10";

    @Test
    void theKeptCountsEqualTheRecordsAfterEveryKindOfWrite() throws SQLException {
        Api.Reply registered = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + LAST_MONTH
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司统计口径测试：并购与采购两类情形\", \"violations\": [\"12-4\", \"9-4\"]}");
        assertEquals(201, registered.status(), registered::toString);
        String no = registered.json().getJsonObject("clue").getString("ledgerNo");
        assertEquals(List.of(), differences(), "after a clue registered with two areas");

        int version = ClueFixtures.detail(no).getJsonObject("clue").getInt("version");
        Api.Reply reclassified = Api.as("office").put("/clues/" + no + "/violations",
                "{\"version\": " + version + ", \"violations\": [\"12-4\", \"12-3\"]}");
        assertEquals(200, reclassified.status(), reclassified::toString);
        assertEquals(List.of(), differences(), "after two circumstances of one area replaced two of two areas");

        Api.Reply checking = ClueFixtures.transition("office", no, ClueFixtures.detail(no).getJsonObject("clue").getInt("version"),
                "{\"to\": \"CHECKING\", \"handler\": \"张伟\", \"deadline\": \"" + Dates.daysFromToday(20) + "\"}");
        assertEquals(200, checking.status(), checking::toString);
        assertEquals(List.of(), differences(), "after the clue moved on");

        // what no page of this module writes, but the directory's import and the appeal do: checked inside a
        // transaction that is rolled back, so the data stays as the other tests expect it
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE person SET post_level = '统计测试职级' WHERE id = (SELECT min(person_id) FROM decision "
                        + "WHERE approved_on IS NOT NULL AND status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED'))");
                assertEquals(List.of(), differences(db), "after a person's post level changed");
                sql.executeUpdate("INSERT INTO decision_appeal (decision_id, filed_on, grounds, status, result_on, filed_by) "
                        + "SELECT min(id), current_date, '统计测试申诉', 'REVOKED', current_date, 'office' FROM decision "
                        + "WHERE approved_on IS NOT NULL AND status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND outcome <> 'EXEMPTED'");
                assertEquals(List.of(), differences(db), "after a decision revoked on appeal");
                sql.executeUpdate("DELETE FROM clue_circumstance WHERE clue_id = (SELECT id FROM clue WHERE ledger_no = '" + no + "')");
                assertEquals(List.of(), differences(db), "after the circumstances removed");
            } finally {
                db.rollback();
            }
        }
        assertEquals(List.of(), differences(), "after the rollback: the counts came back with the records");
    }

    @Test
    void theFiguresOfAPeriodWithDaysAtEitherEndAreTheRecords() throws SQLException {
        String from = (YEAR - 1) + "-03-17";
        String to = YEAR + "-02-11";
        JsonObject s = Api.as("office").get("/statistics?enterprise=YBJT&from=" + from + "&to=" + to).json();
        String subtree = "FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id WHERE o.path LIKE '/1/%' "
                + "AND c.received_on BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND c.id NOT IN (SELECT ip.object_id "
                + "FROM involved_person ip JOIN person p ON p.id = ip.person_id WHERE p.ldap_user_id = 'office' AND ip.object_type = 'CLUE')";
        assertEquals(rows("SELECT c.source, count(*) " + subtree + " GROUP BY 1", from, to), nonZero(group(s, "clueSource")));
        assertEquals(rows("SELECT ci.area, count(DISTINCT c.id) " + subtree.replace("WHERE", "JOIN clue_circumstance ci ON ci.clue_id = c.id WHERE")
                + " GROUP BY 1", from, to), nonZero(without(group(s, "clueArea"), "NONE")));
        assertEquals(rows("SELECT trim(m), count(*) FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id "
                + "CROSS JOIN LATERAL unnest(string_to_array(d.measures, ',')) m WHERE o.path LIKE '/1/%' "
                + "AND d.approved_on BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') "
                + "AND d.outcome <> 'EXEMPTED' AND NOT EXISTS (SELECT 1 FROM decision_appeal a WHERE a.decision_id = d.id "
                + "AND a.status IN ('REVOKED', 'CHANGED')) AND d.investigation_id NOT IN (SELECT ip.object_id FROM involved_person ip "
                + "JOIN person p ON p.id = ip.person_id WHERE p.ldap_user_id = 'office' AND ip.object_type = 'INVESTIGATION') GROUP BY 1",
                from, to), nonZero(group(s, "measure")));
    }

    @Test
    void aClueOfAWholeMonthTheReaderIsInvolvedInIsTakenBackFromTheKeptCount() {
        long leaderBefore = sum(group(figures("leader", "&enterprise=YBJS"), "clueSource"));
        long officeBefore = sum(group(figures("office", "&enterprise=YBJS"), "clueSource"));
        long officeAreaBefore = group(figures("office", "&enterprise=YBJS"), "clueArea").get("FUNDS");

        Api.Reply concerning = Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + LAST_MONTH
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司统计回避测试：上月收到、纪检办公室人员参与的资金拆借\", "
                + "\"violations\": [\"14-3\"], \"persons\": [{\"employeeNo\": \"DEMO-OFFICE\"}]}");
        assertEquals(201, concerning.status(), concerning::toString);

        JsonObject office = figures("office", "&enterprise=YBJS");
        assertEquals(officeBefore, sum(group(office, "clueSource")), "never a clue the office's member is concerned in");
        assertEquals(officeAreaBefore, group(office, "clueArea").get("FUNDS"), "nor its circumstance area");
        assertEquals(leaderBefore + 1, sum(group(figures("leader", "&enterprise=YBJS"), "clueSource")), "the leader counts it");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static List<String> differences() throws SQLException {
        try (Connection db = Database.connect()) {
            return differences(db);
        }
    }

    private static List<String> differences(Connection db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet r = sql.executeQuery(DIFFERENCES)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    private static JsonObject figures(String user, String more) {
        Api.Reply reply = Api.as(user).get("/statistics?from=" + FROM + "&to=" + TODAY + more);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static Map<String, Long> without(Map<String, Long> figures, String code) {
        Map<String, Long> some = new HashMap<>(figures);
        some.remove(code);
        return some;
    }
}
