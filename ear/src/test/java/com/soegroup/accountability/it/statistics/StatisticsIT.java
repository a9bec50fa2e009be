package com.soegroup.accountability.it.statistics;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.FacesClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static com.soegroup.accountability.testsupport.Dates.YEAR;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.group;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.groupObject;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.nonZero;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.rows;
import static com.soegroup.accountability.testsupport.StatisticsFixtures.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /statistics} and the dashboard's pages: every figure equals a count written independently in SQL over
 * the demo data and the fixtures (handling unit in the subtree, the period, never a record of a case the caller is
 * involved in); a subsidiary's auditor sees only its subtree; HR neither the page nor the menu entry nor the API.
 */
class StatisticsIT extends ApplicationIT {

    private static final String FROM = (YEAR - 1) + "-01-01";

    @Test
    void theGroupsFiguresEqualIndependentCountsOverTheDemoData() throws SQLException {
        ClueFixtures.registered("office", "YBJS", "建投公司统计口径测试线索：设备采购价格异常");
        JsonObject s = figures("office", "");
        assertEquals("YBJT", s.getString("enterprise"), "the office's own enterprise by default");
        assertEquals(FROM, s.getString("from"));
        assertEquals(TODAY, s.getString("to"));

        Map<String, Long> bySource = sql("SELECT c.source, count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE') GROUP BY c.source", "YBJT", "office");
        assertTrue(bySource.values().stream().mapToLong(Long::longValue).sum() > 0, "the demo has clues in the period");
        assertEquals(bySource, nonZero(group(s, "clueSource")), "clues by source");

        Map<String, Long> byStatus = sql("SELECT c.status, count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE') GROUP BY c.status", "YBJT", "office");
        assertEquals(byStatus, nonZero(group(s, "clueStatus")), "clues by status");

        Map<String, Long> byLevel = sql("SELECT coalesce(c.level, 'NONE'), count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE') GROUP BY 1", "YBJT", "office");
        assertEquals(byLevel, nonZero(group(s, "clueLevel")), "clues by level");

        String cases = "FROM investigation i JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND {date} BETWEEN ? AND ? "
                + "AND i.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'INVESTIGATION')";
        Map<String, Long> caseFigures = group(s, "cases");
        assertEquals(one("SELECT 'x', count(*) " + cases.replace("{date}", "i.opened_on"), "YBJT", "office"), caseFigures.get("OPENED"));
        assertEquals(one("SELECT 'x', count(*) " + cases.replace("{date}", "i.concluded_on"), "YBJT", "office"), caseFigures.get("CONCLUDED"));
        assertEquals(caseFigures.get("CONCLUDED"), caseFigures.get("ON_TIME") + caseFigures.get("LATE"),
                "every concluded case is on time or late");

        BigDecimal losses = amount("SELECT coalesce(sum(l.counted_amount), 0) FROM loss_determination l "
                + "JOIN investigation i ON i.id = l.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND l.determination_date BETWEEN ? AND ? "
                + "AND i.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'INVESTIGATION')", "YBJT", "office");
        assertEquals(0, losses.compareTo(sumAmounts(s, "losses")), "losses determined: " + losses);
        assertEquals(0, losses.compareTo(new BigDecimal(comparison(s, "LOSSES").getString("current"))));

        long people = one("SELECT 'x', count(*) FROM decision d JOIN enterprise o ON o.id = d.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND d.approved_on BETWEEN ? AND ? "
                + "AND d.status IN ('APPROVED', 'EFFECTIVE', 'EXECUTED') AND d.outcome <> 'EXEMPTED' "
                + "AND NOT EXISTS (SELECT 1 FROM decision_appeal a WHERE a.decision_id = d.id AND a.status IN ('REVOKED', 'CHANGED')) "
                + "AND d.investigation_id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'INVESTIGATION')", "YBJT", "office");
        assertEquals(people, sum(group(s, "responsibility")), "people held accountable by responsibility");
        assertEquals(people, sum(group(s, "postLevel")), "the same people by level of post");
        assertEquals(people, Long.parseLong(comparison(s, "PEOPLE").getString("current")));

        // the months add up to the period's totals, and the subsidiaries with the group's own records to the whole
        long clues = sum(group(s, "clueSource"));
        assertEquals(clues, s.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .mapToLong(m -> m.getJsonNumber("clues").longValue()).sum());
        assertEquals(12 + LocalDate.parse(TODAY).getMonthValue(), s.getJsonArray("months").size(),
                "January of last year to this month");
        List<JsonObject> enterprises = s.getJsonArray("enterprises").getValuesAs(JsonObject.class);
        assertEquals(clues, enterprises.stream().mapToLong(e -> e.getJsonNumber("clues").longValue()).sum());
        JsonObject construction = enterprises.stream().filter(e -> e.getString("code").equals("YBJS")).findFirst().orElseThrow();
        assertEquals("示范建设投资有限公司", construction.getString("name"), "enterprises by name");
        assertEquals(sum(sql("SELECT c.source, count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE') GROUP BY c.source", "YBJS", "office")),
                construction.getJsonNumber("clues").longValue(), "YBJS with its subsidiaries");

        // names, and the list behind each figure with the same filters
        JsonObject audit = figure(s, "clueSource", "AUDIT");
        assertEquals("审计发现", audit.getString("name"));
        assertEquals("LEDGER", audit.getJsonObject("drill").getString("target"));
        assertEquals(Map.of("enterprise", "YBJT", "from", FROM, "to", TODAY, "source", "AUDIT"),
                Map.copyOf(audit.getJsonObject("drill").getJsonObject("parameters").entrySet().stream()
                        .collect(HashMap::new, (m, e) -> m.put(e.getKey(), ((JsonString) e.getValue()).getString()), HashMap::putAll)));
    }

    @Test
    void theFollowUpGroupsEqualIndependentCountsOverTheDemoData() throws SQLException {
        Api.Reply classified = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBJS\", \"summary\": \"建投公司统计领域测试：资金违规拆借\", \"violations\": [\"14-1\", \"12-4\"]}");
        assertEquals(201, classified.status(), classified::toString);
        JsonObject s = figures("office", "");

        // clues by circumstance area: a clue once per area, the unclassified ones apart
        String clues = "FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE')";
        Map<String, Long> byArea = new HashMap<>();
        for (String area : List.of("GROUP_CONTROL", "RISK_MANAGEMENT", "PURCHASE_SALES", "CONSTRUCTION", "FIXED_ASSET_INVESTMENT",
                "INVESTMENT_MERGER", "TRANSFER", "FUNDS", "RESTRUCTURING", "OTHER")) {
            long n = one("SELECT 'x', count(*) " + clues + " AND EXISTS (SELECT 1 FROM clue_circumstance ci WHERE ci.clue_id = c.id "
                    + "AND ci.area = '" + area + "')", "YBJT", "office");
            if (n > 0) {
                byArea.put(area, n);
            }
        }
        assertTrue(byArea.getOrDefault("FUNDS", 0L) > 0 && byArea.getOrDefault("INVESTMENT_MERGER", 0L) > 0, byArea::toString);
        Map<String, Long> areas = group(s, "clueArea");
        long unclassified = areas.remove("NONE");
        assertEquals(byArea, nonZero(areas), "clues by circumstance area");
        assertEquals(one("SELECT 'x', count(*) " + clues + " AND NOT EXISTS (SELECT 1 FROM clue_circumstance ci WHERE ci.clue_id = c.id)",
                "YBJT", "office"), unclassified, "clues not classified yet");
        JsonObject funds = figure(s, "clueArea", "FUNDS");
        assertEquals("资金管理", funds.getString("name"));
        assertEquals("LEDGER", funds.getJsonObject("drill").getString("target"));
        assertEquals("FUNDS", funds.getJsonObject("drill").getJsonObject("parameters").getString("area"));
        assertEquals(funds.getJsonNumber("count").longValue(), Api.as("office").get("/clues?size=1&enterprise=YBJT&from=" + FROM
                + "&to=" + TODAY + "&area=FUNDS").json().getJsonNumber("total").longValue(), "the ledger behind the bar");

        // rectification tasks due in the period, by their state today
        Map<String, Long> rectifications = rows("SELECT CASE WHEN r.status = 'VERIFIED' AND r.verified_on <= r.deadline THEN 'ON_TIME' "
                + "WHEN r.status = 'VERIFIED' THEN 'LATE' WHEN r.deadline < CAST(? AS date) THEN 'OVERDUE' ELSE 'PENDING' END, count(*) "
                + "FROM rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id WHERE o.path LIKE '/1/%' "
                + "AND r.deadline BETWEEN CAST(? AS date) AND CAST(? AS date) AND (r.investigation_id IS NULL OR r.investigation_id NOT IN "
                + "(SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id WHERE p.ldap_user_id = 'office' "
                + "AND ip.object_type = 'INVESTIGATION')) GROUP BY 1", TODAY, FROM, TODAY);
        assertTrue(sum(rectifications) > 0, "the demo has rectification tasks due in the period");
        assertEquals(rectifications, nonZero(group(s, "rectification")), "rectifications by state");
        assertEquals(sum(rectifications), sum(group(s, "rectificationMeasure")), "the same tasks by measure");

        // loss recovery: what was recovered in the period (events, reversals, claw-backs) of the subtree's cases
        String caseOf = " JOIN investigation i ON i.id = {case} JOIN enterprise o ON o.id = i.owner_enterprise_id "
                + "WHERE o.path LIKE '/1/%' AND i.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = 'office' AND ip.object_type = 'INVESTIGATION')";
        BigDecimal recovered = rowAmount("SELECT coalesce(sum(e.amount), 0) FROM recovery_event e" + caseOf.replace("{case}", "e.investigation_id")
                + " AND e.recovered_on BETWEEN CAST(? AS date) AND CAST(? AS date)", FROM, TODAY)
                .add(rowAmount("SELECT coalesce(sum(r.amount), 0) FROM decision_recovery r JOIN decision d ON d.id = r.decision_id"
                        + caseOf.replace("{case}", "d.investigation_id") + " AND r.recovered_on BETWEEN CAST(? AS date) AND CAST(? AS date)",
                        FROM, TODAY));
        assertTrue(recovered.signum() > 0, "the demo recovered something in the period");
        assertEquals(0, recovered.compareTo(new BigDecimal(figure(s, "recovery", "RECOVERED").getString("amount"))), "recovered: " + recovered);
        assertEquals(0, recovered.compareTo(new BigDecimal(comparison(s, "RECOVERED").getString("current"))));
        BigDecimal determined = rowAmount("SELECT coalesce(sum(l.counted_amount), 0) FROM loss_determination l"
                + caseOf.replace("{case}", "l.investigation_id") + " AND l.level IS NOT NULL "
                + "AND l.determination_date BETWEEN CAST(? AS date) AND CAST(? AS date)", FROM, TODAY);
        assertEquals(0, determined.compareTo(new BigDecimal(figure(s, "recovery", "DETERMINED").getString("amount"))));

        // incident report stages sent by or after their deadline; the overdue ones as the register counts them
        Map<String, Long> sent = rows("SELECT CASE WHEN s.sent_on > s.due_on THEN 'LATE' ELSE 'ON_TIME' END, count(*) "
                + "FROM incident_report_sent s JOIN incident_report r ON r.id = s.report_id JOIN enterprise o ON o.id = r.enterprise_id "
                + "WHERE o.path LIKE '/1/%' AND s.due_on IS NOT NULL AND s.sent_on BETWEEN CAST(? AS date) AND CAST(? AS date) GROUP BY 1",
                FROM, TODAY);
        Map<String, Long> reports = group(s, "incidentReport");
        assertEquals(sent.getOrDefault("ON_TIME", 0L), reports.get("ON_TIME"));
        assertEquals(sent.getOrDefault("LATE", 0L), reports.get("LATE"));
        long overdue = Api.as("office").get("/incident-reports?enterprise=YBJT&overdue=true").parse().asJsonArray().size();
        assertEquals(overdue, reports.get("OVERDUE"), "overdue stages as the register counts them");

        // the subsidiaries' indicators add up to the group's figures
        List<JsonObject> enterprises = s.getJsonArray("enterprises").getValuesAs(JsonObject.class);
        assertEquals(0, recovered.compareTo(enterprises.stream().map(e -> new BigDecimal(e.getString("recovered")))
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(reports.get("LATE"), enterprises.stream().mapToLong(e -> e.getJsonNumber("reportsLate").longValue()).sum());
        assertEquals(group(s, "rectification").get("OVERDUE"),
                enterprises.stream().mapToLong(e -> e.getJsonNumber("rectificationsOverdue").longValue()).sum());

        // the lists behind them have as many rows as the figures
        FacesClient office = FacesClient.signIn(74, "office");
        for (String kind : List.of("ON_TIME", "OVERDUE")) {
            String list = office.get("/statistics/records.xhtml?target=RECTIFICATIONS&kind=" + kind + "&enterprise=YBJT&from=" + FROM
                    + "&to=" + TODAY).body();
            assertTrue(list.contains(group(s, "rectification").get(kind) + " 条"), kind + ": " + group(s, "rectification").get(kind));
        }
        String late = office.get("/statistics/records.xhtml?target=INCIDENTS&kind=OVERDUE&enterprise=YBJT&from=" + FROM + "&to=" + TODAY).body();
        assertTrue(late.contains(overdue + " 条"), "overdue reports listed: " + overdue);
        String recoveries = office.get("/statistics/records.xhtml?target=RECOVERY&kind=RECOVERED&enterprise=YBJT&from=" + FROM + "&to=" + TODAY).body();
        assertTrue(recoveries.contains(figure(s, "recovery", "RECOVERED").getJsonNumber("count").longValue() + " 条"), "recovered cases listed");
        assertTrue(office.get("/statistics/records.xhtml?target=RECTIFICATIONS&kind=SOMETIMES").body().contains("明细筛选条件“kind”无效"));
    }

    @Test
    void aSubsidiarysAuditorSeesOnlyItsSubtreesFollowUpFigures() throws SQLException {
        JsonObject auditor = figures("auditor", "");
        JsonObject office = figures("office", "&enterprise=YBNY");
        String recusal = "(SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = 'auditor' AND ip.object_type = 'INVESTIGATION')";
        Map<String, Long> rectifications = rows("SELECT CASE WHEN r.status = 'VERIFIED' AND r.verified_on <= r.deadline THEN 'ON_TIME' "
                + "WHEN r.status = 'VERIFIED' THEN 'LATE' WHEN r.deadline < CAST(? AS date) THEN 'OVERDUE' ELSE 'PENDING' END, count(*) "
                + "FROM rectification r JOIN enterprise o ON o.id = r.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBNY') || '%' "
                + "AND r.deadline BETWEEN CAST(? AS date) AND CAST(? AS date) "
                + "AND (r.investigation_id IS NULL OR r.investigation_id NOT IN " + recusal + ") GROUP BY 1", TODAY, FROM, TODAY);
        assertEquals(rectifications, nonZero(group(auditor, "rectification")), "the auditor's subtree, never a case they are in");
        BigDecimal recovered = rowAmount("SELECT coalesce(sum(e.amount), 0) FROM recovery_event e JOIN investigation i ON i.id = e.investigation_id "
                + "JOIN enterprise o ON o.id = i.owner_enterprise_id WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBNY') || '%' "
                + "AND i.id NOT IN " + recusal + " AND e.recovered_on BETWEEN CAST(? AS date) AND CAST(? AS date)", FROM, TODAY)
                .add(rowAmount("SELECT coalesce(sum(r.amount), 0) FROM decision_recovery r JOIN decision d ON d.id = r.decision_id "
                        + "JOIN investigation i ON i.id = d.investigation_id JOIN enterprise o ON o.id = i.owner_enterprise_id "
                        + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = 'YBNY') || '%' AND i.id NOT IN " + recusal
                        + " AND r.recovered_on BETWEEN CAST(? AS date) AND CAST(? AS date)", FROM, TODAY));
        assertEquals(0, recovered.compareTo(new BigDecimal(figure(auditor, "recovery", "RECOVERED").getString("amount"))));
        long officeTasks = sum(group(office, "rectification"));
        assertTrue(sum(group(auditor, "rectification")) <= officeTasks, "never more than the office sees of the same subtree");
    }

    @Test
    void aSubsidiarysAuditorSeesOnlyItsSubtreeAndNothingOfAClueTheyAreConcernedIn() throws SQLException {
        long officeBefore = sum(group(figures("office", "&enterprise=YBNY"), "clueSource"));
        long auditorBefore = sum(group(figures("auditor", ""), "clueSource"));
        assertEquals(officeBefore, auditorBefore, "the same subtree, the same clues");

        Api.Reply concerning = Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBNY\", \"summary\": \"能源公司统计回避测试：监事参与的采购\", "
                + "\"persons\": [{\"employeeNo\": \"DEMO-AUDITOR\"}]}");
        assertEquals(201, concerning.status(), concerning::toString);

        JsonObject auditor = figures("auditor", "");
        assertEquals("YBNY", auditor.getString("enterprise"), "the auditor's own enterprise by default");
        assertEquals(auditorBefore, sum(group(auditor, "clueSource")), "never a clue the auditor is concerned in");
        assertEquals(officeBefore + 1, sum(group(figures("office", "&enterprise=YBNY"), "clueSource")));
        assertEquals(sum(sql("SELECT c.source, count(*) FROM clue c JOIN enterprise o ON o.id = c.owner_enterprise_id "
                + "WHERE o.path LIKE (SELECT path FROM enterprise WHERE code = ?) || '%' AND c.received_on BETWEEN ? AND ? "
                + "AND c.id NOT IN (SELECT ip.object_id FROM involved_person ip JOIN person p ON p.id = ip.person_id "
                + "WHERE p.ldap_user_id = ? AND ip.object_type = 'CLUE') GROUP BY c.source", "YBNY", "auditor")),
                sum(group(auditor, "clueSource")));

        // another subtree, or the group above, is not found for the auditor
        assertEquals(404, Api.as("auditor").get("/statistics?enterprise=YBJS").status());
        assertEquals(404, Api.as("auditor").get("/statistics?enterprise=YBJT").status());
        assertEquals(404, Api.as("office").get("/statistics?enterprise=NOSUCH").status());
    }

    @Test
    void hrHasNeitherTheApiNorThePageNorTheMenuEntry() {
        assertEquals(403, Api.as("hr").get("/statistics").status());
        assertEquals(403, Api.as("investigator").get("/statistics").status());
        assertEquals(401, Api.anonymous().get("/statistics").status());
        FacesClient hr = FacesClient.signIn(71, "hr");
        assertEquals(403, hr.get("/statistics/dashboard.xhtml").status());
        assertEquals(403, hr.get("/statistics/records.xhtml?target=CASES").status());
        assertFalse(hr.get("/index.xhtml").body().contains("statistics/dashboard"), "no menu entry for HR");
        FacesClient leader = FacesClient.signIn(72, "leader");
        String dashboard = leader.get("/statistics/dashboard.xhtml").body();
        assertTrue(dashboard.contains("问题线索（按来源）") && dashboard.contains("所属企业考核指标"), "the leader's dashboard");
        assertTrue(leader.get("/index.xhtml").body().contains("statistics/dashboard"), "the leader's menu entry");
    }

    @Test
    void badFiltersAreRefusedWithASentenceNamingTheField() {
        refused("/statistics?from=" + TODAY + "&to=" + LocalDate.parse(TODAY).minusDays(1), "from");
        refused("/statistics?from=2020-01-01&to=" + TODAY, "to");
        refused("/statistics?from=2026-13-01", "from");
        refused("/statistics?to=yesterday", "to");
        refused("/statistics?by=YEAR", "by");
        Api.Reply backwards = Api.as("office").get("/statistics?from=" + TODAY + "&to=" + LocalDate.parse(TODAY).minusDays(1));
        assertEquals("统计期间的开始日期不能晚于截止日期。", backwards.json().getString("message"));

        JsonObject monthsOnly = Api.as("office").get("/statistics?by=month&from=" + FROM).json();
        assertFalse(monthsOnly.getJsonArray("months").isEmpty());
        assertTrue(!monthsOnly.containsKey("enterprises") || monthsOnly.isNull("enterprises"),
                "by=MONTH leaves the subsidiaries out");
    }

    @Test
    void theListBehindACaseFigureHasAsManyRowsAsTheFigure() {
        JsonObject s = figures("office", "");
        long opened = group(s, "cases").get("OPENED");
        FacesClient office = FacesClient.signIn(73, "office");
        String list = office.get("/statistics/records.xhtml?target=CASES&kind=OPENED&enterprise=YBJT&from=" + FROM + "&to=" + TODAY).body();
        assertTrue(list.contains(opened + " 条"), "the list's count is the figure's: " + opened);
        String bad = office.get("/statistics/records.xhtml?target=CASES&kind=SOMETIMES").body();
        assertTrue(bad.contains("明细筛选条件“kind”无效"), "a filter the list does not know is said");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static JsonObject figures(String user, String more) {
        Api.Reply reply = Api.as(user).get("/statistics?from=" + FROM + "&to=" + TODAY + more);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static void refused(String path, String field) {
        Api.Reply reply = Api.as("office").get(path);
        assertEquals(400, reply.status(), () -> path + ": " + reply);
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertFalse(reply.json().getString("message").isBlank());
    }

    private static JsonObject figure(JsonObject s, String id, String code) {
        return groupObject(s, id).getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal sumAmounts(JsonObject s, String id) {
        return groupObject(s, id).getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .map(f -> new BigDecimal(f.getString("amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonObject comparison(JsonObject s, String code) {
        return s.getJsonArray("yearOverYear").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }

    /** Rows of (key, count) of a statement whose parameters are: enterprise code, from, to, user. */
    private static Map<String, Long> sql(String statement, String enterprise, String user) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            q.setString(1, enterprise);
            q.setObject(2, LocalDate.parse(FROM));
            q.setObject(3, LocalDate.parse(TODAY));
            q.setString(4, user);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return rows;
    }

    private static BigDecimal rowAmount(String statement, Object... parameters) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        }
    }

    private static long one(String statement, String enterprise, String user) throws SQLException {
        return sql(statement, enterprise, user).getOrDefault("x", 0L);
    }

    private static BigDecimal amount(String statement, String enterprise, String user) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            q.setString(1, enterprise);
            q.setObject(2, LocalDate.parse(FROM));
            q.setObject(3, LocalDate.parse(TODAY));
            q.setString(4, user);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBigDecimal(1);
            }
        }
    }
}
