package com.soegroup.accountability.it.org;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.soegroup.accountability.testsupport.OrgFixtures.enterpriseCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The group tree: yearly assets as loss levels need them, and restructuring that scope follows. */
class EnterpriseTreeIT extends ApplicationIT {

    @Test
    void anEnterpriseShowsThreeYearsOfAssetsAsMoneyStrings() {
        JsonObject detail = Api.as("office").get("/enterprises/YBNY").json();

        assertEquals("示范能源有限公司", detail.getJsonObject("enterprise").getString("fullName"));
        assertEquals("YBJT", detail.getJsonObject("enterprise").getString("parent"));
        List<JsonObject> assets = detail.getJsonArray("assets").getValuesAs(JsonObject.class);
        assertEquals(3, assets.size());
        assertEquals(LocalDate.now().getYear() - 1, assets.get(0).getInt("year"), "newest first");
        assertTrue(assets.get(0).getString("totalAssets").matches("\\d+\\.\\d{2}"), assets::toString);
        assertEquals("CREATED", detail.getJsonArray("history").getJsonObject(0).getString("kind"));
    }

    @Test
    void aMovedEnterpriseLeavesItsOldParentsScopeAndKeepsItsHistory() {
        String today = LocalDate.now().toString();
        try {
            Api.Reply moved = Api.as("admin").post("/enterprises/YBJSWY/restructure",
                    "{\"kind\": \"MOVED\", \"target\": \"YBWT\", \"effectiveDate\": \"" + today + "\", \"reason\": \"物业板块划转文旅公司\"}");
            assertEquals(200, moved.status(), moved::toString);
            assertEquals("YBWT", moved.json().getJsonObject("enterprise").getString("parent"));

            assertFalse(enterpriseCodes("investigator").contains("YBJSWY"), "YBJS no longer sees it");
            assertEquals(404, Api.as("investigator").get("/enterprises/YBJSWY").status());
            assertEquals(0, Api.as("investigator").get("/people?q=YB").json().getJsonArray("items").stream()
                    .map(p -> p.asJsonObject().getString("enterprise")).filter("YBJSWY"::equals).count());
            JsonObject history = Api.as("office").get("/enterprises/YBJSWY").json().getJsonArray("history")
                    .getValuesAs(JsonObject.class).get(1);
            assertEquals("MOVED", history.getString("kind"));
            assertEquals("YBJS", history.getString("oldParent"));
            assertEquals("YBWT", history.getString("newParent"));
            assertEquals(today, history.getString("effectiveDate"));
        } finally {
            Api.as("admin").post("/enterprises/YBJSWY/restructure",
                    "{\"kind\": \"MOVED\", \"target\": \"YBJS\", \"effectiveDate\": \"" + today + "\"}");
        }
        assertTrue(enterpriseCodes("investigator").contains("YBJSWY"));
    }

    @Test
    void aRestructuringThatWouldBreakTheTreeIsRefusedWithTheField() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        String today = LocalDate.now().toString();

        Api.Reply future = Api.as("admin").post("/enterprises/YBJS/restructure",
                "{\"kind\": \"MOVED\", \"target\": \"YBNY\", \"effectiveDate\": \"" + tomorrow + "\"}");
        Api.Reply cycle = Api.as("admin").post("/enterprises/YBJS/restructure",
                "{\"kind\": \"MOVED\", \"target\": \"YBJSSJ\", \"effectiveDate\": \"" + today + "\"}");
        Api.Reply root = Api.as("admin").post("/enterprises/YBJT/restructure",
                "{\"kind\": \"CLOSED\", \"effectiveDate\": \"" + today + "\"}");
        Api.Reply notAdmin = Api.as("office").post("/enterprises/YBJSSJ/restructure",
                "{\"kind\": \"CLOSED\", \"effectiveDate\": \"" + today + "\"}");

        assertEquals(400, future.status(), future::toString);
        assertEquals("effectiveDate", future.json().getString("field"));
        assertEquals(400, cycle.status(), cycle::toString);
        assertEquals("target", cycle.json().getString("field"));
        assertEquals(422, root.status(), root::toString);
        assertEquals(403, notAdmin.status(), notAdmin::toString);
        assertEquals("YBJT", Api.as("office").get("/enterprises/YBJS").json().getJsonObject("enterprise").getString("parent"));
    }
}
