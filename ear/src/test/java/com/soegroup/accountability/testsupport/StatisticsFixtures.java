package com.soegroup.accountability.testsupport;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reading the statistics' answer by group and figure, and the counts an IT writes in SQL to compare them with. */
public final class StatisticsFixtures {

    private StatisticsFixtures() {
    }

    /** A group of {@code GET /statistics}'s answer, whole. */
    public static JsonObject groupObject(JsonObject s, String id) {
        return s.getJsonArray("groups").getValuesAs(JsonObject.class).stream().filter(g -> g.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + id));
    }

    /** A group of {@code GET /statistics}'s answer: its figures' counts by code. */
    public static Map<String, Long> group(JsonObject s, String id) {
        Map<String, Long> figures = new HashMap<>();
        groupObject(s, id).getJsonArray("figures").getValuesAs(JsonObject.class)
                .forEach(f -> figures.put(f.getString("code"), f.getJsonNumber("count").longValue()));
        return figures;
    }

    /** The figures that count something (an SQL count has no row for nothing). */
    public static Map<String, Long> nonZero(Map<String, Long> figures) {
        Map<String, Long> some = new HashMap<>(figures);
        some.values().removeIf(v -> v == 0);
        return some;
    }

    public static long sum(Map<String, Long> figures) {
        return figures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows of (key, count) of a statement with its parameters as given. */
    public static Map<String, Long> rows(String statement, Object... parameters) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection db = Database.connect(); PreparedStatement q = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return rows;
    }
}
