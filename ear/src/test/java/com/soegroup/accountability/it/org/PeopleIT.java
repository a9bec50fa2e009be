package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static com.soegroup.accountability.testsupport.OrgFixtures.personUpdate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing people: optimistic locking between two editors, and the ID number that is never stored in clear. */
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
