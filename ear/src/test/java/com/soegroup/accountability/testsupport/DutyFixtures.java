package com.soegroup.accountability.testsupport;

/** Duty records through the API, as their ITs and browser tests set them up. */
public final class DutyFixtures {

    private DutyFixtures() {
    }

    /**
     * The body of a record of {@code enterprise}'s party committee on {@code date}: {@code presiding} presides and
     * agrees, {@code dissenting} (when not null) votes against with a reason, and an outsider observes.
     */
    public static String body(String enterprise, String date, String matter, String presiding, String dissenting) {
        String against = dissenting == null ? ""
                : ", {\"employeeNo\": \"" + dissenting + "\", \"role\": \"ATTENDING\", \"opinion\": \"DISAGREE\", "
                + "\"reasons\": \"未经风险评估，担保对象资信不明\"}";
        return "{\"enterprise\": \"" + enterprise + "\", \"matterKind\": \"LARGE_FUNDS\", \"meetingType\": \"PARTY_COMMITTEE\", "
                + "\"meetingDate\": \"" + date + "\", \"meetingNumber\": \"第5次党委会\", \"matter\": \"" + matter + "\", "
                + "\"amount\": \"12000000.00\", \"legalReview\": true, \"legalReviewNote\": \"法律顾问已出具意见\", "
                + "\"riskAssessment\": false, \"riskAssessmentNote\": \"未开展\", \"expertOpinion\": false, "
                + "\"participants\": [{\"employeeNo\": \"" + presiding + "\", \"role\": \"PRESIDING\", \"opinion\": \"AGREE\"}"
                + against + ", {\"name\": \"外部律师张某\", \"role\": \"OBSERVING\"}]}";
    }

    /** Creates a record as {@code user}; the reply (201 with the draft). */
    public static Api.Reply create(String user, String body) {
        return Api.as(user).post("/duty-records", body);
    }

    /** Creates and confirms a record as {@code user}; its number. */
    public static String confirmed(String user, String body) {
        Api.Reply created = create(user, body);
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        String no = created.json().getString("recordNo");
        Api.Reply confirmed = Api.as(user).post("/duty-records/" + no + "/confirmation",
                "{\"version\": " + created.json().getInt("version") + "}");
        if (confirmed.status() != 200) {
            throw new AssertionError(confirmed.toString());
        }
        return no;
    }
}
