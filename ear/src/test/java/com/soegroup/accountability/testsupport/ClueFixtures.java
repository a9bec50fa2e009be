package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clues made through the API as the office and the leading group make them, for the tests of every area that starts
 * from a clue: registered, being checked, accepted (what an investigation opens from). The helpers that answer a
 * ledger number assert their step succeeded, so that a test fails at the set-up that went wrong.
 */
public final class ClueFixtures {

    private ClueFixtures() {
    }

    /** {@code POST /clues} as {@code user}, received today; the answer as it comes ({@code loss} may be null). */
    public static Api.Reply register(String user, String enterprise, String source, String summary, String loss) {
        return Api.as(user).post("/clues", "{\"source\": \"" + source + "\", \"receivedOn\": \"" + Dates.TODAY + "\", \"enterprise\": \""
                + enterprise + "\", \"summary\": \"" + summary + "\"" + (loss == null ? "" : ", \"possibleLoss\": \"" + loss + "\"") + "}");
    }

    /** A new REGISTERED clue of source AUDIT, by its ledger number. */
    public static String registered(String user, String enterprise, String summary) {
        Api.Reply reply = register(user, enterprise, "AUDIT", summary, null);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonObject("clue").getString("ledgerNo");
    }

    /** A new clue the office registered and is checking (version 1). */
    public static String checking(String enterprise, String summary) {
        return checking(registered("office", enterprise, summary));
    }

    /** The registered clue, now being checked (version 1). */
    public static String checking(String no) {
        advanceToChecking(no);
        return no;
    }

    /** REGISTERED (version 0) to CHECKING, as the office, handler 张伟, deadline in 20 days. */
    public static void advanceToChecking(String no) {
        Api.Reply reply = transition("office", no, 0, "{\"to\": \"CHECKING\", \"handler\": \"张伟\", \"deadline\": \""
                + Dates.daysFromToday(20) + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    /** A new clue the leading group accepted for accountability (version 2): what an investigation opens from. */
    public static String accepted(String enterprise, String summary) {
        String no = checking(enterprise, summary);
        Api.Reply accepted = transition("leader", no, 1, "{\"to\": \"ACCEPTED\", \"reason\": \"同意启动追责\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        return no;
    }

    /** {@code POST /clues/{no}/transitions} as {@code user}: the JSON object given, with the version added. */
    public static Api.Reply transition(String user, String no, int version, String json) {
        return Api.as(user).post("/clues/" + no + "/transitions", json.replaceFirst("\\{", "{\"version\": " + version + ", "));
    }

    /** The clue as the office reads it. */
    public static JsonObject detail(String no) {
        Api.Reply reply = Api.as("office").get("/clues/" + no);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
