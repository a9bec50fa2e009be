package com.soegroup.accountability.it.task;

import com.soegroup.accountability.testsupport.Api;
import com.soegroup.accountability.testsupport.ApplicationIT;
import com.soegroup.accountability.testsupport.Browser;
import com.soegroup.accountability.testsupport.pages.HomeTasksPage;
import com.soegroup.accountability.testsupport.pages.SignInPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each role's day starts on the home page (issue 17): signed in, each finds its work grouped by kind in Chinese with
 * the counts of {@code GET /me/tasks/summary}, groups with overdue work first and overdue rows in red, a long group
 * cut short with "更多", and one click from a row to the page where the work is done. On a 390-px phone the list
 * fits the screen.
 */
class TasksBrowserIT extends ApplicationIT {

    @Test
    void eachRoleSignsInAndFindsItsGroupedWorkOnTheHomePage() {
        for (String user : List.of("office", "leader", "investigator", "hr", "liaison")) {
            Map<String, Integer> expected = Api.as(user).get("/me/tasks/summary").json().getJsonArray("kinds")
                    .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(k -> k.getString("kind"), k -> k.getInt("count")));
            try (Browser browser = Browser.open()) {
                HomeTasksPage tasks = HomeTasksPage.of(SignInPage.open(browser).signIn(user, user));
                assertTrue(tasks.title().startsWith("待办事项"), tasks::title);
                List<HomeTasksPage.Group> groups = tasks.groups();
                tasks.screenshot("tasks-home-" + user);
                assertFalse(groups.isEmpty(), user + " finds work on the home page");
                assertEquals(expected, groups.stream().collect(Collectors.toMap(HomeTasksPage.Group::kind, HomeTasksPage.Group::count)),
                        user + ": the home page counts what /me/tasks/summary counts");
                boolean withoutOverdue = false;
                for (HomeTasksPage.Group g : groups) {
                    assertFalse(g.heading().matches(".*[A-Z]{3,}_[A-Z]+.*"), "a kind by its name, never its code: " + g.heading());
                    assertTrue(g.numbers().size() <= 5 && g.numbers().size() == Math.min(5, g.count()), g::toString);
                    assertEquals(g.count() > 5, g.more(), "a long group is cut short with 更多: " + g);
                    assertEquals(g.overdue() > 0, g.redRows().get(0), "overdue rows first, in red: " + g);
                    if (g.overdue() == 0) {
                        withoutOverdue = true;
                    } else {
                        assertFalse(withoutOverdue, "groups with overdue work first: " + groups);
                    }
                }
                HomeTasksPage.Group first = groups.get(0);
                String url = tasks.openFirst(first.kind());
                assertTrue(url.contains(first.numbers().get(0)) || url.contains("/effect/pay.xhtml?person=") || url.contains("pay-instructions"), url);
                assertFalse(url.contains("/error/"), url);
            }
        }
    }

    @Test
    void aLongGroupLeadsToTheWholeListAndTheHomePageFitsAPhone() {
        try (Browser browser = Browser.open()) {
            HomeTasksPage tasks = HomeTasksPage.of(SignInPage.open(browser).signIn("office", "office"));
            HomeTasksPage.Group toCheck = tasks.groups().stream().filter(g -> g.kind().equals("CLUE_TO_CHECK")).findFirst().orElseThrow();
            assertTrue(toCheck.heading().startsWith("待受理线索"), toCheck::heading);
            assertTrue(toCheck.more(), "the demo has more clues to accept than the home page shows");

            assertTrue(tasks.fitsWidth(390), "nothing beyond the right edge of a 390-px-wide phone");
            tasks.screenshot("tasks-home-office-390");
            tasks.desktop();

            HomeTasksPage whole = HomeTasksPage.open(browser);
            List<HomeTasksPage.Group> more = whole.more("CLUE_TO_CHECK");
            assertEquals(List.of("CLUE_TO_CHECK"), more.stream().map(HomeTasksPage.Group::kind).toList());
            assertEquals(Math.min(20, toCheck.count()), more.get(0).numbers().size(), "the whole list pages by twenty");
            whole.screenshot("tasks-all-office");
        }
    }
}
