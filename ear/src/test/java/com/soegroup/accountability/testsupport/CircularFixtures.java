package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Decided cases for the circulars' tests: a served decision of its own concluded case (through
 * {@link DecisionFixtures}), whose facts name the person, their employee number, their enterprise and an amount, so
 * that the draft has something to hide; and the circular steps through the API.
 */
public final class CircularFixtures {

    private CircularFixtures() {
    }

    /** A case decided by {@code owner} about a new person of {@code personEnterprise}; its facts name them. */
    public record Decided(String caseNo, long investigationId, String employeeNo, String name) {
    }

    public static Decided decided(String owner, String name, String personEnterprise, String enterpriseFullName) {
        try (DecisionFixtures fixtures = DecisionFixtures.open()) {
            String employeeNo = fixtures.person(name, personEnterprise);
            DecisionFixtures.Inserted d = fixtures.decision(employeeNo).owner(owner).measures("ADMONISHMENT").insert();
            try (Connection db = Database.connect()) {
                try (PreparedStatement q = db.prepareStatement("UPDATE decision SET facts = ? WHERE id = ?")) {
                    q.setString(1, enterpriseFullName + name + "（工号" + employeeNo + "）未经集体决策向关联方预付工程款1,234,567.89元，至今未能收回。");
                    q.setLong(2, d.id());
                    q.executeUpdate();
                }
                // the fixture's case gets a number of the application's form, so the case is found as a typed number is
                try (PreparedStatement q = db.prepareStatement("UPDATE investigation SET case_no = ? || '-DC-' || case_year || '-' "
                        + "|| lpad(case_seq::text, 4, '0') WHERE id = ? RETURNING case_no")) {
                    q.setString(1, owner);
                    q.setLong(2, d.investigationId());
                    try (ResultSet row = q.executeQuery()) {
                        row.next();
                        return new Decided(row.getString(1), d.investigationId(), employeeNo, name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The person with this employee number is involved in the case (recusal), as the case area records it. */
    public static void involve(long investigationId, String employeeNo) {
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement("INSERT INTO involved_person (object_type, "
                + "object_id, person_id, reason, recorded_by, recorded_at) SELECT 'INVESTIGATION', ?, id, 'SUBJECT', 'office', now() "
                + "FROM person WHERE employee_no = ? ON CONFLICT DO NOTHING")) {
            q.setLong(1, investigationId);
            q.setString(2, employeeNo);
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** OFFICE drafts a circular of the kind from the case; its number. */
    public static String drafted(String caseNo, String kind) {
        Api.Reply r = Api.as("office").post("/circulars", "{\"caseNo\": \"" + caseNo + "\", \"kind\": \"" + kind + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonObject("summary").getString("circularNo");
    }

    public static JsonObject get(String user, String no) {
        Api.Reply r = Api.as(user).get("/circulars/" + no);
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    /** OFFICE saves the text as it stands (the draft's), LEADER approves, OFFICE publishes to the subtree and roles today. */
    public static JsonObject published(String no, String enterprise, String rolesJson) {
        JsonObject d = get("office", no);
        JsonObject t = d.getJsonObject("text");
        Api.Reply saved = Api.as("office").put("/circulars/" + no + "/text", "{\"title\": " + quote(t.getString("title")) + ", \"facts\": "
                + quote(t.getString("facts")) + ", \"violation\": " + quote(t.getString("violation")) + ", \"handling\": "
                + quote(t.getString("handling")) + ", \"lesson\": " + quote(t.getString("lesson")) + ", \"version\": " + d.getInt("version") + "}");
        assertEquals(200, saved.status(), saved::toString);
        Api.Reply submitted = Api.as("office").post("/circulars/" + no + "/submission", "{\"version\": " + saved.json().getInt("version") + "}");
        assertEquals(200, submitted.status(), submitted::toString);
        Api.Reply approved = Api.as("leader").post("/circulars/" + no + "/approval", "{\"opinion\": \"同意发布\", \"version\": "
                + submitted.json().getInt("version") + "}");
        assertEquals(200, approved.status(), approved::toString);
        Api.Reply published = Api.as("office").post("/circulars/" + no + "/publication", "{\"enterprise\": \"" + enterprise + "\", \"roles\": "
                + rolesJson + ", \"publishedOn\": \"" + Dates.TODAY + "\", \"version\": " + approved.json().getInt("version") + "}");
        assertEquals(200, published.status(), published::toString);
        return published.json();
    }

    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
