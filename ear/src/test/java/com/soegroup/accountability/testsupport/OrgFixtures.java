package com.soegroup.accountability.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The organisation as users see and edit it through the API: the enterprises in a user's scope, a person's edit. */
public final class OrgFixtures {

    private OrgFixtures() {
    }

    /** The codes of the enterprises {@code user} sees ({@code GET /enterprises}), sorted. */
    public static Set<String> enterpriseCodes(String user) {
        Api.Reply reply = Api.as(user).get("/enterprises");
        assertEquals(200, reply.status(), reply::toString);
        return reply.parse().asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("code"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The body of {@code PUT /people/{employeeNo}} that changes nothing of the person as read (its editable fields and
     * the version): a test adds the field it changes.
     */
    public static JsonObjectBuilder personUpdate(JsonObject person, int version) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", version);
        for (String field : List.of("name", "enterprise", "department", "post", "postLevel", "status", "statusDate")) {
            if (person.containsKey(field) && !person.isNull(field)) {
                body.add(field, person.getString(field));
            }
        }
        return body.add("enterpriseHead", person.getBoolean("enterpriseHead"))
                .add("leadershipMember", person.getBoolean("leadershipMember"));
    }
}
