package com.soegroup.accountability.testsupport;

import jakarta.json.JsonArray;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Investigations made through the API as the office and the team make them: opened from accepted clues
 * ({@link ClueFixtures#accepted}), the team, the lifecycle, loss items and responsibility findings, for the tests
 * of investigations and of what follows them (decisions). Helpers that answer {@link Api.Reply} leave the checking
 * to the test; {@link #opened} asserts its steps.
 */
public final class InvestigationFixtures {

    private InvestigationFixtures() {
    }

    /** {@code POST /investigations} as the office, with a title and a plan. */
    public static Api.Reply open(List<String> clues, List<String> subjects) {
        return Api.as("office").post("/investigations", "{\"clues\": [" + quoted(clues) + "], \"subjects\": [" + quoted(subjects)
                + "], \"title\": \"建投公司违规对外借款形成损失调查\", \"plan\": \"调取合同、付款凭证，约谈相关人员，委托会计师事务所审计。\"}");
    }

    /** A new PLANNED investigation of a new accepted clue of the enterprise, by its case number. */
    public static String opened(String enterprise, String summary, String... subjects) {
        Api.Reply reply = open(List.of(ClueFixtures.accepted(enterprise, summary)), List.of(subjects));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonObject("summary").getString("caseNo");
    }

    /**
     * A new accepted clue of the enterprise whose persons concerned are these employee numbers (and one person known
     * only by name): what "立项调查" carries over as the subjects.
     */
    public static String acceptedClueConcerning(String enterprise, String summary, String... employeeNos) {
        StringBuilder persons = new StringBuilder();
        for (String no : employeeNos) {
            persons.append("{\"employeeNo\": \"").append(no).append("\"}, ");
        }
        persons.append("{\"name\": \"某出纳\"}");
        Api.Reply created = Api.as("office").post("/clues", "{\"source\": \"AUDIT\", \"receivedOn\": \"" + Dates.TODAY
                + "\", \"enterprise\": \"" + enterprise + "\", \"summary\": \"" + summary + "\", \"persons\": [" + persons + "]}");
        assertEquals(201, created.status(), created::toString);
        String no = created.json().getJsonObject("clue").getString("ledgerNo");
        ClueFixtures.checking(no);
        Api.Reply accepted = ClueFixtures.transition("leader", no, 1, "{\"to\": \"ACCEPTED\", \"reason\": \"同意启动追责\"}");
        assertEquals(200, accepted.status(), accepted::toString);
        return no;
    }

    /** The office puts {@code user} on the case's team in the {@code role} (LEADER or MEMBER). */
    public static Api.Reply assign(String no, String user, String role) {
        return Api.as("office").post("/investigations/" + no + "/team", "{\"userId\": \"" + user
                + "\", \"department\": \"审计部\", \"role\": \"" + role + "\"}");
    }

    /** {@code POST /investigations/{no}/transitions} as {@code user} ({@code reason} may be null). */
    public static Api.Reply transition(String user, String no, int version, String to, String reason) {
        return Api.as(user).post("/investigations/" + no + "/transitions", "{\"version\": " + version + ", \"to\": \"" + to + "\""
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}");
    }

    /**
     * The office confirms {@code unit} as the handling unit and hands the case over to it (rules.md §9), with a
     * reference number of the hand-over letter; {@code reason} is needed when the unit is not the proposed one.
     */
    public static Api.Reply handOver(String no, String unit, String reason) {
        return Api.as("office").post("/investigations/" + no + "/jurisdiction", "{\"unit\": \"" + unit + "\", \"version\": "
                + version(no) + (reason == null ? "" : ", \"reason\": \"" + reason + "\"")
                + ", \"reference\": \"移交函〔2026〕" + Math.abs(no.hashCode() % 1000) + "号\"}");
    }

    /** The case's version now, as the office reads it: for the next transition. */
    public static int version(String no) {
        return Api.as("office").get("/investigations/" + no).json().getJsonObject("summary").getInt("version");
    }

    /** A loss item added by the office ({@code assessment} and {@code recovered} may be null). */
    public static Api.Reply lossItem(String no, String kind, boolean contingent, String amount, String assessment, String recovered) {
        return lossItem(no, "office", kind, contingent, amount, assessment, recovered);
    }

    /**
     * A loss item added by {@code user}; what was {@code recovered} of it (may be null) is recorded as a recovery event
     * of the item, as the recovered figure of an item is the sum of its events.
     */
    public static Api.Reply lossItem(String no, String user, String kind, boolean contingent, String amount, String assessment,
                                     String recovered) {
        Api.Reply added = Api.as(user).post("/investigations/" + no + "/loss-items", "{\"kind\": \"" + kind + "\", \"contingent\": " + contingent
                + ", \"description\": \"损失项目\", \"amount\": \"" + amount + "\", \"basis\": \"ACCOUNTING_AUDIT\", "
                + "\"evidenceReference\": \"审计报告〔2026〕8号\""
                + (assessment == null ? "" : ", \"assessmentReference\": \"" + assessment + "\"") + "}");
        if (recovered != null && added.status() == 201) {
            JsonArray items = added.json().getJsonArray("items");
            long item = items.getJsonObject(items.size() - 1).getJsonNumber("id").longValue();
            Api.Reply event = Api.as(user).post("/investigations/" + no + "/recoveries", "{\"lossItemId\": " + item
                    + ", \"recoveredOn\": \"" + Dates.TODAY + "\", \"amount\": \"" + recovered + "\", \"method\": \"AGREED_REPAYMENT\", "
                    + "\"evidence\": \"退款银行回单\"}");
            if (event.status() != 201) {
                throw new AssertionError("recovery of the item: " + event);
            }
        }
        return added;
    }

    /**
     * The office records a subject's responsibility; {@code circumstances} is a JSON array of M§24 codes. The finding
     * names the circumstance its facts are (M§9 第九条第（一）项, a contract signed against the rules), as every
     * finding must before the report is approved.
     */
    public static Api.Reply finding(String no, String employeeNo, String responsibility, String circumstances) {
        return finding(no, employeeNo, responsibility, circumstances, "[\"9-1\"]", null);
    }

    /**
     * A finding with the circumstances found as given ({@code violations}, a JSON array of codes such as "12-3"; "[]"
     * leaves it unclassified); {@code version} that of the finding being changed, or null for a new one.
     */
    public static Api.Reply finding(String no, String employeeNo, String responsibility, String circumstances,
                                    String violations, Integer version) {
        return Api.as("office").post("/investigations/" + no + "/findings", "{\"employeeNo\": \"" + employeeNo
                + "\", \"responsibility\": \"" + responsibility + "\", \"facts\": \"未经集体决策擅自签订采购合同\", "
                + "\"evidence\": \"采购合同、会议纪要\", \"circumstances\": " + circumstances
                + ", \"violations\": " + violations + (version == null ? "" : ", \"version\": " + version) + "}");
    }

    /** The office proposes a fault-tolerance evaluation; {@code exclusions} and {@code conditions} are JSON arrays. */
    public static Api.Reply evaluate(String no, String employeeNo, String exclusions, String conditions, String outcome) {
        return Api.as("office").post("/investigations/" + no + "/fault-tolerance", "{\"employeeNo\": \"" + employeeNo
                + "\", \"exclusions\": " + exclusions + ", \"conditions\": " + conditions + ", \"outcome\": \"" + outcome + "\"}");
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
