package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Self-inspection campaigns for the tests: launched by the office through the API, moved in time through SQL. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /** OFFICE launches a campaign over the subtree of {@code enterprise} with two free items, due in 10 days. */
    public static Api.Reply launch(String enterprise, String title) {
        return Api.as("office").post("/campaigns", "{\"title\": \"" + title + "\", \"topic\": \"资金管理专项\", "
                + "\"enterprise\": \"" + enterprise + "\", \"dueDate\": \"" + Dates.daysFromToday(10) + "\", \"items\": ["
                + "{\"text\": \"是否存在违规出借资金\"}, {\"text\": \"是否存在违规对外担保\"}]}");
    }

    /** The number of a campaign launched as {@link #launch}, which must succeed. */
    public static String launched(String enterprise, String title) {
        Api.Reply reply = launch(enterprise, title);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonObject("summary").getString("campaignNo");
    }

    public static JsonObject sheet(String user, String campaignNo, String enterprise) {
        Api.Reply reply = Api.as(user).get("/campaigns/" + campaignNo + "/answers/" + enterprise);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The campaign's due date moved into the past, as if the days had gone by. */
    public static void pastDue(String campaignNo, int daysAgo) {
        try (Connection db = Database.connect();
             PreparedStatement update = db.prepareStatement("UPDATE campaign SET due_date = current_date - " + daysAgo
                     + " WHERE campaign_no = ?")) {
            update.setString(1, campaignNo);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
