package com.soegroup.accountability.testsupport.pages;

import com.soegroup.accountability.testsupport.Browser;
import org.openqa.selenium.By;

/** calendar/calendar.xhtml: a year's month grids, the notice they follow; ADMIN's editing of a day. */
public final class CalendarPage extends Page {

    CalendarPage(Browser browser) {
        super(browser);
    }

    public static CalendarPage open(Browser browser, int year) {
        browser.go("/calendar/calendar.xhtml?year=" + year);
        CalendarPage page = new CalendarPage(browser);
        page.find(By.id("months"));
        return page;
    }

    /** The notice the year follows, or — when the year is not kept. */
    public String source() {
        return text("source");
    }

    public boolean warnsNotKept() {
        return present(By.id("calendar:notKept"));
    }

    /** The class of a day's cell: app-cal-holiday, app-cal-workday, app-cal-weekend or app-cal-normal. */
    public String dayStyle(String isoDate) {
        return find(cell(isoDate)).getAttribute("class");
    }

    /** Clicks the day in its month, chooses what it becomes (放假, 调休上班, or the ordinary day) and saves. */
    public CalendarPage makeDay(String isoDate, String kindLabel, String name) {
        find(By.xpath("//td[@data-day='" + isoDate + "']//a")).click();
        waitForText(By.id("calendar:edit"), isoDate);
        chooseInMenu("calendar:kind", kindLabel);
        type("calendar:name", name);
        click("calendar:saveDay");
        waitForText(By.id("calendar:messages"), isoDate);
        return this;
    }

    public String messages() {
        return text("calendar:messages");
    }

    private static By cell(String isoDate) {
        return By.xpath("//td[@data-day='" + isoDate + "']");
    }
}
