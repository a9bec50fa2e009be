package com.soegroup.accountability.it.calendar;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Multipart;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The working-day calendar: the years seeded from the State Council's notices, deadlines counted across the Spring
 * Festival, ADMIN keeping a year by hand and from a file, and a file with bad rows changing nothing.
 */
class CalendarIT extends ApplicationIT {

    @Test
    void theSeeded2026CalendarFollowsTheStateCouncilsNotice() {
        JsonObject year = Api.as("office").get("/calendar/2026").json();
        assertTrue(year.getBoolean("kept"));
        assertTrue(year.getString("source").contains("国办发明电〔2025〕7号"), year::toString);
        assertEquals("WORKDAY", day(year, "2026-02-14").getString("kind"), "the Saturday before the Spring Festival is worked");
        assertEquals("HOLIDAY", day(year, "2026-02-23").getString("kind"));
        assertEquals("春节", day(year, "2026-02-17").getString("name"));
        assertTrue(Api.as("office").get("/calendar/2025").json().getString("source").contains("国办发明电〔2024〕12号"));

        JsonObject none = Api.as("liaison").get("/calendar/2099").json();
        assertFalse(none.getBoolean("kept"), "a year nobody entered counts Monday to Friday");
        assertEquals(0, none.getJsonArray("days").size());
    }

    @Test
    void aDeadlineAcrossTheSpringFestivalSkipsTheHolidaysAndCountsTheSaturdayWorked() {
        Api liaison = Api.as("liaison");
        // Friday 13 February 2026: the 14th (Saturday) is worked, the 15th to the 23rd are off
        assertEquals("2026-02-14", due(liaison, "2026-02-13", 1));
        assertEquals("2026-02-24", due(liaison, "2026-02-13", 2));
        assertEquals("2026-02-28", due(liaison, "2026-02-13", 6), "the Saturday worked after the festival counts too");
        assertEquals("2026-03-02", due(liaison, "2026-02-13", 7));
        // a year without a calendar: Monday to Friday
        assertEquals("2099-01-05", due(liaison, "2099-01-02", 1));
        Api.Reply negative = liaison.get("/calendar/deadline?from=2026-02-13&workingDays=-1");
        assertEquals(400, negative.status(), negative::toString);
        assertEquals("workingDays", negative.json().getString("field"));
    }

    @Test
    void adminKeepsAYearAndEveryDeadlineFollowsAtOnce() {
        Api admin = Api.as("admin");
        assertEquals("2031-01-31", due(admin, "2031-01-30", 1), "Monday to Friday before the year is kept");
        Api.Reply kept = admin.put("/calendar/2031", """
                {"source": "测试通知（国办发明电〔2030〕1号）", "version": -1, "days": [
                  {"day": "2031-01-31", "kind": "HOLIDAY", "name": "测试假日"},
                  {"day": "2031-02-01", "kind": "WORKDAY", "name": "测试调休上班"}]}""");
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("2031-02-01", due(admin, "2031-01-30", 1), "the holiday is skipped, the Saturday worked counts");

        Api.Reply weekday = admin.put("/calendar/2031", """
                {"source": "测试通知", "version": %d, "days": [{"day": "2031-02-03", "kind": "WORKDAY", "name": "周一"}]}"""
                .formatted(kept.json().getInt("version")));
        assertEquals(400, weekday.status(), "a Monday is worked already: " + weekday);
        Api.Reply stale = admin.put("/calendar/2031", """
                {"source": "测试通知", "version": -1, "days": []}""");
        assertEquals(409, stale.status(), "a change against an older version is refused: " + stale);
        assertEquals(403, Api.as("office").put("/calendar/2031", """
                {"source": "x", "version": 0, "days": []}""").status(), "only ADMIN keeps the calendar");
        assertEquals(kept.json().getJsonArray("days"), admin.get("/calendar/2031").json().getJsonArray("days"));
    }

    @Test
    void aFileWithBadRowsIsRefusedRowByRowAndChangesNothing() {
        Api admin = Api.as("admin");
        JsonObject before = admin.get("/calendar/2026").json();
        String csv = """
                日期,类型,名称
                2026-02-15,放假,春节
                2026-02-31,放假,春节
                2027-01-01,放假,元旦
                2026-03-03,上班,调休
                2026-03-04,休假吧,春节
                """;
        Multipart bad = upload(csv, "新通知", before.getInt("version"));
        Api.Reply refused = admin.post("/calendar/2026/import", bad.contentType(), bad.bytes());
        assertEquals(400, refused.status(), refused::toString);
        JsonArray rows = refused.json().getJsonArray("rows");
        assertEquals(List.of(3, 4, 5, 6), rows.stream().map(r -> r.asJsonObject().getInt("row")).toList(), refused::toString);
        assertTrue(rows.getJsonObject(0).getString("reason").contains("2026-02-31"), rows::toString);
        assertTrue(rows.getJsonObject(2).getString("reason").contains("周六或周日"), rows::toString);
        assertFalse(refused.body().contains("Exception"), refused::toString);
        assertEquals(before, admin.get("/calendar/2026").json(), "nothing of the file was kept");

        String good = "日期,类型,名称\n2032-01-01,放假,元旦\n2032-02-07,上班,春节调休上班\n";
        Multipart file = upload(good, "测试通知（2032）", -1);
        Api.Reply imported = admin.post("/calendar/2032/import", file.contentType(), file.bytes());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getJsonArray("days").size());
        assertEquals("2032-02-07", due(admin, "2032-02-06", 1), "the imported Saturday is worked");
    }

    private static Multipart upload(String csv, String source, int version) {
        return new Multipart().field("source", source).field("version", String.valueOf(version))
                .file("file", "calendar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String due(Api api, String from, int days) {
        Api.Reply reply = api.get("/calendar/deadline?from=" + from + "&workingDays=" + days);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("due");
    }

    private static JsonObject day(JsonObject year, String date) {
        return year.getJsonArray("days").stream().map(d -> d.asJsonObject()).filter(d -> d.getString("day").equals(date))
                .findFirst().orElseThrow(() -> new AssertionError(date + " not in " + year));
    }
}
