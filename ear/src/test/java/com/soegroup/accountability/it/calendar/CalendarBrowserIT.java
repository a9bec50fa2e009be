package com.soegroup.accountability.it.calendar;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.CalendarPage;
import com.soegroup.accountability.testsupport.pages.OrgansPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADMIN makes a day of a kept year a holiday on the month grid, and every deadline counts with it at once; a year
 * nobody kept says so; the calendar and the organs' pages fit a phone's width.
 */
class CalendarBrowserIT extends ApplicationIT {

    @Test
    void adminMakesADayAHolidayOnTheGrid() {
        Api admin = Api.as("admin");
        Api.Reply kept = admin.put("/calendar/2033", """
                {"source": "测试通知（2033）", "version": -1, "days": [{"day": "2033-01-03", "kind": "HOLIDAY", "name": "元旦"}]}""");
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("2033-01-05", admin.get("/calendar/deadline?from=2033-01-04&workingDays=1").json().getString("due"));

        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("admin", "admin");
            CalendarPage page = CalendarPage.open(browser, 2033);
            assertEquals("测试通知（2033）", page.source());
            assertTrue(page.dayStyle("2033-01-03").contains("app-cal-holiday"));
            assertTrue(page.dayStyle("2033-01-05").contains("app-cal-normal"));

            page.makeDay("2033-01-05", "放假", "测试补假");
            assertTrue(page.dayStyle("2033-01-05").contains("app-cal-holiday"), page.dayStyle("2033-01-05"));
            page.screenshot("calendar-2033");

            CalendarPage empty = CalendarPage.open(browser, 2099);
            assertTrue(empty.warnsNotKept(), "a year nobody kept warns that deadlines count Monday to Friday");
        }
        JsonObject after = admin.get("/calendar/2033").json();
        assertTrue(after.getJsonArray("days").stream().anyMatch(d -> d.asJsonObject().getString("day").equals("2033-01-05")
                && d.asJsonObject().getString("name").equals("测试补假")), after::toString);
        assertEquals("2033-01-06", admin.get("/calendar/deadline?from=2033-01-04&workingDays=1").json().getString("due"),
                "the deadline counts the new holiday");
    }

    @Test
    void theNewPagesFitAPhone() {
        try (Browser browser = Browser.openPhone()) {
            SignInPage.open(browser).signIn("admin", "admin");
            CalendarPage calendar = CalendarPage.open(browser, 2026);
            assertEquals(0, calendar.horizontalOverflow(), "the calendar scrolls sideways");
            calendar.screenshot("phone-calendar");
            calendar.signOut().signIn("office", "office");
            OrgansPage organs = OrgansPage.open(browser, "YBJT");
            assertEquals("示范发展集团有限公司", organs.enterpriseName());
            assertEquals(0, organs.horizontalOverflow(), "the organs' page scrolls sideways");
            organs.screenshot("phone-organs");
            assertTrue(List.of("李建国", "王敏", "周晓燕").stream().allMatch(organs.source()::contains),
                    "the group's leading group and office with their members");
        }
        try (Browser browser = Browser.open()) {
            SignInPage.open(browser).signIn("office", "office");
            OrgansPage.open(browser, "YBJT").screenshot("organs-ybjt");
        }
    }
}
