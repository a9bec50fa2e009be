package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.ImportFixtures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.OrgFixtures.personUpdate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing people: optimistic locking between two editors, the ID number that is never stored in clear, and the linked
 * account, which decides recusal and only ADMIN changes.
 */
class PeopleIT extends ApplicationIT {

    /** The standard's own example of a resident ID (GB 11643), check digit X. */
    private static final String ID_NUMBER = "11010519491231002X";

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndOverwritesNothing() {
        JsonObject before = Api.as("hr").get("/people/YB000150").json().getJsonObject("person");
        int version = before.getInt("version");

        Api.Reply first = Api.as("hr").put("/people/YB000150", personUpdate(before, version).add("department", "审计部").build().toString());
        Api.Reply second = Api.as("admin").put("/people/YB000150", personUpdate(before, version).add("department", "财务部").build().toString());

        assertEquals(200, first.status(), first::toString);
        assertEquals(409, second.status(), second::toString);
        assertEquals("STALE_VERSION", second.json().getString("error"));
        assertEquals("该记录已被他人修改，请刷新后重试。", second.json().getString("message"));
        JsonObject after = Api.as("hr").get("/people/YB000150").json().getJsonObject("person");
        assertEquals("审计部", after.getString("department"));
        assertEquals(version + 1, after.getInt("version"));
    }

    @Test
    void theClearIdNumberIsStoredNowhereOnlyItsHashAndLastFour() throws Exception {
        JsonObject before = Api.as("hr").get("/people/YB000151").json().getJsonObject("person");

        Api.Reply saved = Api.as("hr").put("/people/YB000151",
                personUpdate(before, before.getInt("version")).add("idNumber", ID_NUMBER).build().toString());

        assertEquals(200, saved.status(), saved::toString);
        assertEquals("002X", saved.json().getString("idLastFour"));
        assertTrue(!saved.body().contains(ID_NUMBER) && !saved.body().contains("id_hash"), saved::toString);
        assertEquals(List.of(), tablesContaining(ID_NUMBER));
        assertEquals(List.of(), tablesContaining("110105194912"), "not even a prefix of it");
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        JsonObject before = Api.as("hr").get("/people/YB000152").json().getJsonObject("person");

        Api.Reply wrongId = Api.as("hr").put("/people/YB000152",
                personUpdate(before, before.getInt("version")).add("idNumber", "110105194912310021").build().toString());
        Api.Reply noDate = Api.as("hr").put("/people/YB000152",
                personUpdate(before, before.getInt("version")).add("status", "RETIRED").build().toString());
        Api.Reply otherEnterprise = Api.as("hr").put("/people/YB000152",
                personUpdate(before, before.getInt("version")).add("enterprise", "NOSUCH").build().toString());

        assertEquals(400, wrongId.status(), wrongId::toString);
        assertEquals("idNumber", wrongId.json().getString("field"));
        assertEquals(400, noDate.status(), noDate::toString);
        assertEquals("statusDate", noDate.json().getString("field"));
        assertEquals(400, otherEnterprise.status(), otherEnterprise::toString);
        assertEquals("enterprise", otherEnterprise.json().getString("field"));
        assertEquals(before.getInt("version"), Api.as("hr").get("/people/YB000152").json().getJsonObject("person").getInt("version"));
    }

    @Test
    void onlyAdminAndHrMayEditPeople() {
        JsonObject before = Api.as("office").get("/people/YB000153").json().getJsonObject("person");

        assertEquals(403, Api.as("office").put("/people/YB000153", personUpdate(before, before.getInt("version")).build().toString()).status());
        assertEquals(403, Api.as("auditor").put("/people/YB000153", personUpdate(before, before.getInt("version")).build().toString()).status());
    }

    @Test
    void onlyAdminLinksAPersonToAnAccountAndTheLinkIsAudited() {
        JsonObject before = Api.as("hr").get("/people/YB000154").json().getJsonObject("person");
        int version = before.getInt("version");

        Api.Reply byHr = Api.as("hr").put("/people/YB000154",
                personUpdate(before, version).add("ldapUserId", "link-by-hr").build().toString());
        assertEquals(403, byHr.status(), byHr::toString);
        assertEquals("FORBIDDEN", byHr.json().getString("error"));
        assertEquals("ldapUserId", byHr.json().getString("field"));
        assertTrue(byHr.json().getString("message").contains("系统管理员"), byHr::toString);
        JsonObject unchanged = Api.as("hr").get("/people/YB000154").json();
        assertEquals(version, unchanged.getJsonObject("person").getInt("version"), "nothing was saved");
        assertTrue(unchanged.isNull("ldapUserId"));

        Api.Reply byAdmin = Api.as("admin").put("/people/YB000154",
                personUpdate(before, version).add("ldapUserId", "link-by-admin").build().toString());
        assertEquals(200, byAdmin.status(), byAdmin::toString);
        assertEquals("link-by-admin", byAdmin.json().getString("ldapUserId"));
        JsonObject entry = Api.as("admin").get("/audit?objectType=PERSON&objectId=YB000154&action=UPDATE&size=1")
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("admin", entry.getString("user"));
        JsonObject change = entry.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> "ldapUserId".equals(c.getString("field"))).findFirst().orElseThrow();
        assertTrue(!change.containsKey("oldValue") || change.isNull("oldValue"), "no account was linked before: " + change);
        assertEquals("link-by-admin", change.getString("newValue"));

        // HR edits the person as before, sending the link back as read; dropping it is a change of the link too
        JsonObject linked = byAdmin.json().getJsonObject("person");
        Api.Reply hrEdit = Api.as("hr").put("/people/YB000154", personUpdate(linked, linked.getInt("version"))
                .add("post", "审计专员").add("ldapUserId", "link-by-admin").build().toString());
        assertEquals(200, hrEdit.status(), hrEdit::toString);
        JsonObject edited = hrEdit.json().getJsonObject("person");
        Api.Reply unlink = Api.as("hr").put("/people/YB000154", personUpdate(edited, edited.getInt("version")).build().toString());
        assertEquals(403, unlink.status(), unlink::toString);
        assertEquals("link-by-admin", Api.as("hr").get("/people/YB000154").json().getString("ldapUserId"));
    }

    @Test
    void anHrImportCannotLinkAnAccountAndItsEmptyColumnKeepsTheLink() {
        JsonObject person = Api.as("admin").get("/people/YB000155").json().getJsonObject("person");
        Api.Reply linked = Api.as("admin").put("/people/YB000155",
                personUpdate(person, person.getInt("version")).add("ldapUserId", "link-155").build().toString());
        assertEquals(200, linked.status(), linked::toString);
        String row = "YB000155," + person.getString("name") + "," + person.getString("enterprise") + ",审计部,专员,一般员工,否,否,在职,,";

        Api.Reply relink = ImportFixtures.upload("hr", "/people/import", "PEOPLE", "people.csv",
                (ImportFixtures.PEOPLE_HEADER + "\r\n" + row + "other-account,\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, relink.status(), relink::toString);
        assertEquals("登录账号", relink.json().getJsonArray("rows").getJsonObject(0).getString("column"), relink::toString);

        Api.Reply keep = ImportFixtures.upload("hr", "/people/import", "PEOPLE", "people.csv",
                (ImportFixtures.PEOPLE_HEADER + "\r\n" + row + ",\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, keep.status(), keep::toString);
        JsonObject after = Api.as("hr").get("/people/YB000155").json();
        assertEquals("link-155", after.getString("ldapUserId"), "HR's empty column keeps the link");
        assertEquals("审计部", after.getJsonObject("person").getString("department"), "the rest of the row was saved");
    }

    /** People are found by the initials of their name's pinyin, as the name is now. */
    @Test
    void aPersonIsFoundByThePinyinInitialsOfTheirNameAsItIsNow() {
        String no = "PY" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String row = no + ",%s,YBJT,办公室,专员,一般员工,否,否,在职,,,\r\n";
        assertEquals(200, ImportFixtures.upload("admin", "/people/import", "PEOPLE", "people.csv",
                (ImportFixtures.PEOPLE_HEADER + "\r\n" + row.formatted("欧阳宝华")).getBytes(StandardCharsets.UTF_8)).status());
        assertTrue(employeeNumbers("oybh").contains(no), "欧阳宝华 by oybh");
        assertTrue(employeeNumbers("OYB").contains(no), "by the first letters, in either case");

        assertEquals(200, ImportFixtures.upload("admin", "/people/import", "PEOPLE", "people.csv",
                (ImportFixtures.PEOPLE_HEADER + "\r\n" + row.formatted("欧阳晓")).getBytes(StandardCharsets.UTF_8)).status());
        assertTrue(employeeNumbers("oyx").contains(no), "renamed 欧阳晓: found by oyx");
        assertFalse(employeeNumbers("oybh").contains(no), "and no longer by the old name's initials");
    }

    private static List<String> employeeNumbers(String q) {
        return Api.as("admin").get("/people?size=100&q=" + q).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("employeeNo")).toList();
    }

    /** Every table with a row whose text contains {@code text}. */
    private static List<String> tablesContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection db = Database.connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM \"" + table + "\" t WHERE t::text LIKE ?")) {
                    query.setString(1, "%" + text + "%");
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }
}
