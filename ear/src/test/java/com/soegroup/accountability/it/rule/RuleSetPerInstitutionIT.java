package com.soegroup.accountability.it.rule;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Database;
import com.soegroup.accountability.testsupport.Dates;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule sets per regulator: with a copy of the central set (which serves the central SASAC) in force beside the
 * municipal set, a clue of an enterprise held by the central SASAC is classified by the central catalogue and levelled
 * by its amounts, while a municipal enterprise's clue keeps the municipal set's catalogue.
 */
class RuleSetPerInstitutionIT extends ApplicationIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Test
    void eachEnterpriseIsAnsweredByTheSetOfItsRegulator() throws Exception {
        String central = ("ZY" + RUN).substring(0, Math.min(20, 2 + RUN.length()));
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO enterprise (id, code, full_name, short_name, parent_id, type, owner_institution, path) "
                        + "SELECT nextval('enterprise_seq'), ?, ?, ?, p.id, 'CONTROLLED', '国务院国有资产监督管理委员会', '/0/' "
                        + "FROM enterprise p WHERE p.code = 'YBJT' RETURNING id")) {
            insert.setString(1, central);
            insert.setString(2, "央企控股测试公司" + RUN);
            insert.setString(3, "央企控股" + RUN);
            long id;
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            try (PreparedStatement path = db.prepareStatement("UPDATE enterprise SET path = "
                    + "(SELECT p.path FROM enterprise p WHERE p.code = 'YBJT') || ? || '/' WHERE id = ?")) {
                path.setString(1, Long.toString(id));
                path.setLong(2, id);
                path.executeUpdate();
            }
        }

        Api admin = Api.as("admin");
        String copy = "O46-IT-" + RUN;
        Api.Reply copied = admin.post("/rules/sets/SASAC-46-2026/copies", "{\"code\": \"" + copy
                + "\", \"title\": \"央企口径（测试）\", \"effectiveFrom\": \"2026-01-01\"}");
        assertEquals(201, copied.status(), copied::toString);
        int version = admin.post("/rules/sets/" + copy + "/review", "{\"version\": " + copied.json().getInt("version") + "}")
                .json().getInt("version");
        // a day no other set in force starts on
        String from = LocalDate.of(2021, 1, 1).plusDays(Math.floorMod(RUN.hashCode(), 300)).toString();
        Api.Reply inForce = admin.post("/rules/sets/" + copy + "/in-force", "{\"version\": " + version
                + ", \"effectiveFrom\": \"" + from + "\"}");
        assertEquals(200, inForce.status(), inForce::toString);
        try {
            String o63 = Api.as("office").get("/rules/sets/" + copy + "/circumstances").json().getJsonArray("articles")
                    .getJsonObject(0).getJsonArray("items").getJsonObject(0).getString("code");

            Api.Reply municipal = register("YBJS", "建投公司违规决策（市属口径）", "[\"12-3\"]", "600000.00");
            assertEquals(201, municipal.status(), "the municipal enterprise keeps the measures: " + municipal);
            JsonObject cited = ClueViolation.first(municipal);
            assertTrue(cited.getString("citation").contains("《实施办法》"), cited::toString);

            Api.Reply wrong = register(central, "央企控股公司违规决策（用市属编号）", "[\"12-3\"]", null);
            assertEquals(400, wrong.status(), "the central enterprise is classified by the central catalogue: " + wrong);
            Api.Reply right = register(central, "央企控股公司违规决策", "[\"" + o63 + "\"]", "6000000.00");
            assertEquals(201, right.status(), right::toString);
            assertTrue(ClueViolation.first(right).getString("citation").contains("国办发〔2016〕63号"), right::toString);
            assertEquals("LARGER", right.json().getJsonObject("clue").getString("level"),
                    "6,000,000 is 较大 by the central set's amounts alone");
            Api.Reply small = register(central, "央企控股公司小额损失", "[]", "4000000.00");
            assertEquals("GENERAL", small.json().getJsonObject("clue").getString("level"), "below 5,000,000: 一般");
        } finally {
            int current = admin.get("/rules/sets/" + copy + "/administration").json().getInt("version");
            admin.post("/rules/sets/" + copy + "/retirement", "{\"version\": " + current + "}");
        }
    }

    private static Api.Reply register(String enterprise, String summary, String violations, String loss) {
        return Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"" + enterprise + "\", \"summary\": \"" + summary + "\", \"violations\": " + violations
                + (loss == null ? "" : ", \"possibleLoss\": \"" + loss + "\"") + "}");
    }

    /** The first circumstance a registration answer cites. */
    private static final class ClueViolation {
        static JsonObject first(Api.Reply reply) {
            return reply.json().getJsonArray("violations").getJsonObject(0);
        }
    }
}
