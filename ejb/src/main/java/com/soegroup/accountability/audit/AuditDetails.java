package com.soegroup.accountability.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The details column: {@code {"changes": [{"field", "old", "new"}...], "facts": {name: value}}} as JSON
 * text; the text is what the hash covers, so it is written once and never re-serialised.
 */
final class AuditDetails {

    /**
     * Found once: {@code JSON.createObjectBuilder()} looks the provider up through the service loader on every
     * call, a scan of the module's resources for each entry of the trail (every page read writes one).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AuditDetails() {
    }

    static String write(List<FieldChange> changes, Map<String, ?> facts) {
        if (changes.isEmpty() && facts.isEmpty()) {
            return null;
        }
        JsonObjectBuilder details = JSON.createObjectBuilder();
        if (!changes.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            for (FieldChange change : changes) {
                JsonObjectBuilder item = JSON.createObjectBuilder().add("field", change.field());
                nullable(item, "old", change.oldValue());
                nullable(item, "new", change.newValue());
                list.add(item);
            }
            details.add("changes", list);
        }
        if (!facts.isEmpty()) {
            JsonObjectBuilder map = JSON.createObjectBuilder();
            facts.forEach((name, value) -> nullable(map, name, value == null ? null : value.toString()));
            details.add("facts", map);
        }
        return details.build().toString();
    }

    static List<FieldChange> changes(String details) {
        List<FieldChange> changes = new ArrayList<>();
        JsonObject json = parse(details);
        if (json != null && json.containsKey("changes")) {
            for (JsonValue value : json.getJsonArray("changes")) {
                JsonObject change = value.asJsonObject();
                changes.add(new FieldChange(change.getString("field"), text(change, "old"), text(change, "new")));
            }
        }
        return changes;
    }

    static Map<String, String> facts(String details) {
        Map<String, String> facts = new LinkedHashMap<>();
        JsonObject json = parse(details);
        if (json != null && json.containsKey("facts")) {
            json.getJsonObject("facts").keySet().forEach(name -> facts.put(name, text(json.getJsonObject("facts"), name)));
        }
        return facts;
    }

    private static JsonObject parse(String details) {
        if (details == null || details.isBlank()) {
            return null;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(details))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : value.toString();
    }

    private static void nullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
