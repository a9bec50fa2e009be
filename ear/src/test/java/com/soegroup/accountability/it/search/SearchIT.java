package com.soegroup.accountability.it.search;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.ClueFixtures;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.DecisionFixtures;
import com.soegroup.accountability.testsupport.InvestigationFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static com.soegroup.accountability.testsupport.Dates.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /search}: clues, cases, decisions and people of the caller's scope by number, name and Chinese words
 * without spaces; never outside the scope, never a record the caller is recused from, each type only for the roles of
 * its list; queries that cannot be searched are a 400 naming {@code q} with a sentence; every search one audit entry.
 */
class SearchIT extends ApplicationIT {

    @Test
    void aClueIsFoundByItsLedgerNumberAndByAChineseWordOfItsSummaryWithoutSpaces() throws SQLException {
        String no = ClueFixtures.registered("office", "YBJS", "建投公司鹦鹉螺号项目预付工程款后施工方停工，款项无法收回");

        JsonObject byWord = search("office", "鹦鹉螺号");
        JsonObject hit = only(byWord, "CLUE");
        assertEquals(no, hit.getString("number"));
        assertTrue(hit.getString("title").contains("鹦鹉螺号项目预付工程款"), hit::toString);
        assertEquals("示范建设投资有限公司", hit.getString("enterprise"), "the enterprise by its name");
        assertEquals("REGISTERED", hit.getString("status"));
        assertEquals(TODAY, hit.getString("date"));
        assertEquals("/accountability/clue/detail.xhtml?no=" + no, hit.getString("link"));

        // two characters of the middle of the text, and two words that both occur, each find it
        assertTrue(numbers(search("office", "螺号"), "CLUE").contains(no));
        assertTrue(numbers(search("office", "鹦鹉螺 停工"), "CLUE").contains(no));
        assertFalse(numbers(search("office", "鹦鹉螺 复工"), "CLUE").contains(no), "every word must occur");

        // its number, as typed in lower case, finds it and nothing else of its kind; so does its beginning
        assertEquals(List.of(no), numbers(search("office", no.toLowerCase()), "CLUE"));
        assertTrue(numbers(search("office", no.substring(0, no.length() - 2)), "CLUE").contains(no));

        // one audit entry for one search, with the query and the counts
        int before = searchEntries("office", "鹦鹉螺号");
        search("office", "鹦鹉螺号");
        assertEquals(before + 1, searchEntries("office", "鹦鹉螺号"));
    }

    @Test
    void nothingOutsideTheScopeAndNoClueOfWhichTheCallerIsAPersonConcerned() {
        String energy = ClueFixtures.registered("office", "YBNY", "能源公司琥珀猫电站备件采购价格明显高于市场价格");
        assertTrue(numbers(search("office", "琥珀猫"), "CLUE").contains(energy));
        assertTrue(numbers(search("auditor", "琥珀猫"), "CLUE").contains(energy), "the auditor of YBNY");
        JsonObject asLiaison = search("liaison", "琥珀猫");
        assertEquals(0, count(asLiaison, "CLUE"), "the liaison of YBJSSJ does not find a clue of YBNY");
        assertEquals(0, asLiaison.getInt("total"));
        assertEquals(List.of(), numbers(search("liaison", energy), "CLUE"), "not by its number either");

        Api.Reply concerning = Api.as("office").post("/clues", "{\"source\": \"REPORT\", \"receivedOn\": \"" + TODAY
                + "\", \"enterprise\": \"YBJSSJ\", \"summary\": \"设计院玳瑁鱼项目分包给关联方\", "
                + "\"persons\": [{\"employeeNo\": \"DEMO-LIAISON\"}]}");
        assertEquals(201, concerning.status(), concerning::toString);
        String recused = concerning.json().getJsonObject("clue").getString("ledgerNo");
        String visible = ClueFixtures.registered("office", "YBJSSJ", "设计院玳瑁鱼项目结算资料缺失");

        assertEquals(List.of(visible), numbers(search("liaison", "玳瑁鱼"), "CLUE"),
                "the liaison finds the clue of its unit but never the one it is concerned in");
        assertEquals(List.of(), numbers(search("liaison", recused), "CLUE"));
        assertTrue(numbers(search("office", "玳瑁鱼"), "CLUE").containsAll(List.of(recused, visible)));
    }

    @Test
    void aPersonByNameAndByEmployeeNumberWithinTheScope() {
        JsonObject byName = search("office", "刘芳");
        JsonObject person = only(byName, "PERSON");
        assertEquals("DEMO-LIAISON", person.getString("number"));
        assertEquals("刘芳", person.getString("title"));
        assertEquals("示范建设设计院有限公司", person.getString("enterprise"));
        assertEquals("/accountability/org/people.xhtml?no=DEMO-LIAISON", person.getString("link"));
        assertEquals(List.of("DEMO-LIAISON"), numbers(search("office", "demo-liaison"), "PERSON"));

        assertEquals(List.of("DEMO-OFFICE"), numbers(search("hr", "王敏"), "PERSON"));
        assertEquals(List.of(), numbers(search("hr2", "王敏"), "PERSON"), "HR of YBJS does not see the group's office");
        assertEquals(List.of(), numbers(search("hr2", "DEMO-OFFICE"), "PERSON"));

        // HR and ADMIN search people only: the case lists are not theirs
        assertEquals(List.of("PERSON"), types(search("hr", "王敏")));
        assertEquals(List.of("PERSON"), types(search("admin", "王敏")));
        assertEquals(List.of("PERSON", "INVESTIGATION", "DECISION", "CLUE"), types(search("office", "王敏")));
    }

    @Test
    void aCaseByItsNumberAndTheWordsOfItsTitleOnlyForItsTeamAmongInvestigators() {
        String caseNo = InvestigationFixtures.opened("YBJSWY", "物业公司对外借款无法收回", "YB000064");

        JsonObject byNumber = search("office", caseNo);
        JsonObject hit = only(byNumber, "INVESTIGATION");
        assertEquals(caseNo, hit.getString("number"));
        assertEquals("建投公司违规对外借款形成损失调查", hit.getString("title"));
        assertEquals("/accountability/investigation/investigation.xhtml?no=" + caseNo, hit.getString("link"));
        assertEquals(List.of(caseNo), numbers(search("office", "对外借款 " + caseNo), "INVESTIGATION"));
        JsonObject byWords = Api.as("office").get("/search?q=" + encode("违规对外借款") + "&types=INVESTIGATION&size=5").json();
        assertEquals(caseNo, byWords.getJsonArray("items").getJsonObject(0).getString("number"), "the newest first");
        assertTrue(byWords.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getString("type").equals("INVESTIGATION")), "only the type asked for");

        assertEquals(List.of(), numbers(search("investigator", caseNo), "INVESTIGATION"), "not on its team");
        assertEquals(200, InvestigationFixtures.assign(caseNo, "investigator", "MEMBER").status());
        assertEquals(List.of(caseNo), numbers(search("investigator", caseNo), "INVESTIGATION"), "on its team");
    }

    @Test
    void aDecisionByItsNumberAndByThePersonsNameForTheCaseRolesOfItsDecidingUnit() {
        String employeeNo;
        DecisionFixtures.Inserted decision;
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            employeeNo = fixtures.person("欧阳检索", "YBJS");
            decision = fixtures.decision(employeeNo).owner("YBJS").insert();
        }
        JsonObject byNumber = search("office", decision.decisionNo());
        JsonObject hit = only(byNumber, "DECISION");
        assertEquals("欧阳检索", hit.getString("title"));
        assertEquals("示范建设投资有限公司", hit.getString("enterprise"));
        assertEquals("/accountability/decision/decision.xhtml?no=" + decision.decisionNo(), hit.getString("link"));

        JsonObject byName = search("leader", "欧阳检索");
        assertEquals(List.of(decision.decisionNo()), numbers(byName, "DECISION"));
        assertEquals(List.of(employeeNo), numbers(byName, "PERSON"));
        assertEquals(0, count(search("auditor", "欧阳检索"), "DECISION"), "the auditor of YBNY: another subtree");
    }

    @Test
    void queriesThatCannotBeSearchedAreRefusedWithASentenceNeverAnError() {
        refused("/search", "q");
        refused("/search?q=", "q");
        refused("/search?q=%20%E3%80%80", "q");
        refused("/search?q=" + encode("张"), "q");
        refused("/search?q=" + encode("预".repeat(101)), "q");
        refused("/search?q=%E9%A2%84%00%E4%BB%98", "q");
        refused("/search?q=" + encode("一二 三四 五六 七八 九十 甲乙 丙丁 戊己 庚辛"), "q");
        refused("/search?q=" + encode("预付") + "&types=LOSS", "types");
        refused("/search?q=" + encode("预付") + "&size=101", "size");
        refused("/search?q=" + encode("预付") + "&page=-1", "page");
        Api.Reply shortOne = Api.as("office").get("/search?q=" + encode("张"));
        assertEquals("请至少输入两个字（单个汉字或字母无法查找）。", shortOne.json().getString("message"));
        assertEquals("Type at least two characters (a single character or letter cannot be searched).",
                Api.as("office").inEnglish().get("/search?q=a").json().getString("message"));

        // characters SQL or LIKE would treat specially are text like any other
        for (String odd : List.of("%%", "__", "a' OR '1'='1", "\\\\", "预付%", "<script>")) {
            Api.Reply reply = Api.as("office").get("/search?q=" + encode(odd));
            assertEquals(200, reply.status(), () -> odd + ": " + reply);
        }
        assertEquals(401, Api.anonymous().get("/search?q=" + encode("预付")).status());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static JsonObject search(String user, String q) {
        Api.Reply reply = Api.as(user).get("/search?q=" + encode(q) + "&size=100");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static void refused(String path, String field) {
        Api.Reply reply = Api.as("office").get(path);
        assertEquals(400, reply.status(), () -> path + ": " + reply);
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertFalse(reply.json().getString("message").isBlank());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> numbers(JsonObject page, String type) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals(type)).map(i -> i.getString("number")).toList();
    }

    private static JsonObject only(JsonObject page, String type) {
        List<JsonObject> hits = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("type").equals(type)).toList();
        assertEquals(1, hits.size(), page::toString);
        return hits.get(0);
    }

    private static long count(JsonObject page, String type) {
        return page.getJsonArray("counts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("type").equals(type)).mapToLong(c -> c.getJsonNumber("count").longValue())
                .findFirst().orElse(0);
    }

    private static List<String> types(JsonObject page) {
        return page.getJsonArray("counts").getValuesAs(JsonObject.class).stream().map(c -> c.getString("type")).toList();
    }

    /** The user's SEARCH entries of the audit trail whose query is the text. */
    private static int searchEntries(String user, String q) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM audit_entry WHERE user_id = ? "
                     + "AND action = 'READ' AND object_type = 'SEARCH' AND details LIKE ?")) {
            count.setString(1, user);
            count.setString(2, "%\"q\":\"" + q + "\"%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
