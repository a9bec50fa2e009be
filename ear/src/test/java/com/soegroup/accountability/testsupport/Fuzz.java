package com.soegroup.accountability.testsupport;

import jakarta.json.Json;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bad input for every write endpoint of the API, made from the OpenAPI document the server serves (issue 16, "Input
 * that hurts the server"): for each endpoint a body whose every field has a value of its type, and from it one
 * request per field and kind of harm — a NUL, 100,000 characters, one character over the field's declared limit (in
 * emoji, which are one character and two UTF-16 units), {@code true} for a text, a number with a huge exponent or
 * of forty digits, an amount beyond the money columns, a date of year −999999999 or 0, a version beyond {@code int}
 * — and the whole-body harms: no body with the JSON content type, {@code {}}, and a body over the 1 MB cap.
 * {@link #fingerprint} says whether anything was written meanwhile.
 */
public final class Fuzz {

    public static final String HUGE_EXPONENT = "1e1000000";
    public static final String BEYOND_COLUMN = "99999999999999999.99";
    public static final String BEYOND_INT = "4294967297";
    public static final String FORTY_DIGITS = "1234567890".repeat(4);
    public static final String EMOJI = "😀";
    public static final int LONG_TEXT = 100_000;
    /** The body cap of the API (JsonBody.MAX_BYTES) and a little more. */
    public static final int OVERSIZED_BODY = 1024 * 1024 + 1024;

    /**
     * Tables every request may write whatever it answers (the audit trail records refused requests and reads; the
     * limiter counts requests), and what the server's own timers write (the mail outbox, the jobs' runs, the daily
     * reminders).
     */
    private static final Set<String> WRITTEN_ANYWAY = Set.of("request_limit", "job_run", "mail_outbox", "clue_reminder",
            "flyway_schema_history", "demo_data_history");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fuzz() {
    }

    /** What a field of a body is, as the document describes it. */
    public enum Kind { TEXT, CODE, DATE, MONEY, INT32, INT64, NUMBER, BOOLEAN, FILE }

    /** A leaf of a body: its JSON path ({@code persons[0].name}), its kind and declared length limit (or null). */
    public record Field(String path, Kind kind, Integer maxLength) {
    }

    /** A write endpoint with a body: the path template, the body's media type and schema, and whether it is open. */
    public record Endpoint(String method, String path, String mediaType, Map<String, Object> schema, boolean open,
                           List<String> queryParameters) {

        public boolean multipart() {
            return mediaType.startsWith("multipart/");
        }

        @Override
        public String toString() {
            return method + " " + path + (multipart() ? " (multipart)" : "");
        }
    }

    /**
     * One bad request: what it tries, its body (JSON text, or the multipart fields), the field an answer must name
     * (null: no particular field), whether the harm is the whole body's, and whether it is one the API refuses while
     * parsing the body (a NUL, a length, a number's form), before any reader or codec sees a field.
     */
    public record Case(String what, String json, Map<String, String> form, String field, boolean wholeBody,
                       boolean parsed) {

        public Case(String what, String json, Map<String, String> form, String field, boolean wholeBody) {
            this(what, json, form, field, wholeBody, what.startsWith("NUL") || what.startsWith(LONG_TEXT + " ")
                    || what.contains(" emoji in ") || what.startsWith("the number") || what.startsWith("forty digits"));
        }
    }

    // --- the document -----------------------------------------------------------------------------------------

    /** The OpenAPI document as /accountability/openapi serves it, read as YAML 1.2 reads it (a date stays text). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> openApi() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestEnvironment.BASE_URL + "/openapi")).GET().build();
        String yaml;
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /openapi answered " + answer.statusCode());
            }
            yaml = answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), yaml.length() * 2));
        return (Map<String, Object>) new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new WithoutTimestamps()).load(yaml);
    }

    /** Every POST, PUT, PATCH and DELETE of the document that takes a body, in the document's order. */
    @SuppressWarnings("unchecked")
    public static List<Endpoint> writeEndpoints(Map<String, Object> document) {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((verb, op) -> {
            if (!List.of("post", "put", "patch", "delete").contains(verb)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) op;
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            Map<String, Object> content = body == null ? null : (Map<String, Object>) body.get("content");
            boolean open = operation.containsKey("security") && ((List<?>) operation.get("security")).isEmpty();
            List<String> query = new ArrayList<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                    query.add((String) parameter.get("name"));
                }
            }
            if (content == null) {
                endpoints.add(new Endpoint(verb.toUpperCase(), path, "", null, open, query));
                return;
            }
            content.forEach((type, media) -> endpoints.add(new Endpoint(verb.toUpperCase(), path, type,
                    (Map<String, Object>) ((Map<String, Object>) media).get("schema"), open, query)));
        }));
        return endpoints;
    }

    // --- bodies -----------------------------------------------------------------------------------------------

    /** A body of the schema whose every field has a value of its type (lists have one element). */
    @SuppressWarnings("unchecked")
    public static Object example(Map<String, Object> schema, Map<String, Object> document, int depth) {
        if (isMoney(schema)) {
            return "1.00";
        }
        Map<String, Object> s = resolve(schema, document);
        if (s.containsKey("enum")) {
            return String.valueOf(((List<Object>) s.get("enum")).get(0));
        }
        String type = type(s);
        if (depth > 6) {
            return null;
        }
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                properties(s, document).forEach((name, property) ->
                        object.put(name, example((Map<String, Object>) property, document, depth + 1)));
                return object;
            }
            case "array" -> {
                List<Object> array = new ArrayList<>();
                array.add(example((Map<String, Object>) s.get("items"), document, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return 1;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                if ("date".equals(s.get("format"))) {
                    return Dates.TODAY;
                }
                if ("date-time".equals(s.get("format"))) {
                    return Dates.TODAY + "T00:00:00Z";
                }
                return "x";
            }
        }
    }

    /** The leaves of {@link #example}'s body, with their paths. */
    @SuppressWarnings("unchecked")
    public static List<Field> fields(Map<String, Object> schema, Map<String, Object> document, String path, int depth) {
        List<Field> fields = new ArrayList<>();
        if (isMoney(schema)) {
            fields.add(new Field(path, Kind.MONEY, null));
            return fields;
        }
        Map<String, Object> s = resolve(schema, document);
        if (depth > 6) {
            return fields;
        }
        String type = type(s);
        switch (type) {
            case "object" -> properties(s, document).forEach((name, property) -> fields.addAll(fields(
                    (Map<String, Object>) property, document, path.isEmpty() ? name : path + "." + name, depth + 1)));
            case "array" -> fields.addAll(fields((Map<String, Object>) s.get("items"), document, path + "[0]", depth + 1));
            case "integer" -> fields.add(new Field(path, "int64".equals(s.get("format")) ? Kind.INT64 : Kind.INT32, null));
            case "number" -> fields.add(new Field(path, Kind.NUMBER, null));
            case "boolean" -> fields.add(new Field(path, Kind.BOOLEAN, null));
            default -> {
                Integer max = s.get("maxLength") instanceof Number n ? n.intValue() : null;
                if ("binary".equals(s.get("format"))) {
                    fields.add(new Field(path, Kind.FILE, null));
                } else if (s.containsKey("enum")) {
                    fields.add(new Field(path, Kind.CODE, max));
                } else if ("date".equals(s.get("format"))) {
                    fields.add(new Field(path, Kind.DATE, max));
                } else {
                    fields.add(new Field(path, Kind.TEXT, max));
                }
            }
        }
        return fields;
    }

    /**
     * The bad requests of an endpoint. A field checked beyond its type (a form's fields are all read by the service,
     * which stops at the first wrong one; the public form's amount is text) must hold a real value for the harm of
     * another to be the one answered: {@code known} gives them, by name, for the body's own fields.
     */
    @SuppressWarnings("unchecked")
    public static List<Case> cases(Endpoint endpoint, Map<String, Object> document, Map<String, String> known) {
        List<Case> cases = new ArrayList<>();
        Object base = example(endpoint.schema(), document, 0);
        if (base instanceof Map<?, ?> top) {
            known.forEach((name, value) -> {
                if (top.containsKey(name) && top.get(name) instanceof String) {
                    ((Map<String, Object>) top).put(name, value);
                }
            });
        }
        List<Field> fields = fields(endpoint.schema(), document, "", 0);
        if (endpoint.multipart()) {
            Map<String, String> form = new LinkedHashMap<>();
            fields.stream().filter(f -> f.kind() != Kind.FILE && !f.path().contains("["))
                    .forEach(f -> form.put(f.path(), known.getOrDefault(f.path(),
                            String.valueOf(((Map<String, Object>) base).get(f.path())))));
            for (String name : form.keySet()) {
                cases.add(new Case("NUL in " + name, null, with(form, name, "a\u0000b"), name, false));
                cases.add(new Case(LONG_TEXT + " characters in " + name, null, with(form, name, "x".repeat(LONG_TEXT)),
                        name, false));
            }
            return cases;
        }
        for (Field f : fields) {
            String p = f.path();
            switch (f.kind()) {
                case TEXT, CODE, DATE, MONEY -> {
                    cases.add(new Case("NUL in " + p, json(set(base, p, "a\u0000b")), null, p, false));
                    cases.add(new Case(LONG_TEXT + " characters in " + p, json(set(base, p, "x".repeat(LONG_TEXT))), null,
                            p, false));
                    cases.add(new Case("true for the text " + p, json(set(base, p, true)), null, p, false));
                    if (f.maxLength() != null && f.maxLength() < LONG_TEXT) {
                        cases.add(new Case((f.maxLength() + 1) + " emoji in " + p + " (at most " + f.maxLength() + ")",
                                json(set(base, p, EMOJI.repeat(f.maxLength() + 1))), null, p, false));
                    }
                }
                default -> {
                    // numbers, booleans and files have their own harms below
                }
            }
            switch (f.kind()) {
                case MONEY -> {
                    cases.add(new Case(BEYOND_COLUMN + " in " + p, json(set(base, p, BEYOND_COLUMN)), null, p, false));
                    cases.add(new Case("\"" + HUGE_EXPONENT + "\" in " + p, json(set(base, p, HUGE_EXPONENT)), null, p, false));
                    cases.add(new Case("the number " + HUGE_EXPONENT + " in " + p, json(set(base, p, raw(HUGE_EXPONENT))),
                            null, p, false));
                    cases.add(new Case("full-width digits in " + p, json(set(base, p, "１００")), null, p, false));
                }
                case DATE -> {
                    cases.add(new Case("-999999999-01-01 in " + p, json(set(base, p, "-999999999-01-01")), null, p, false));
                    cases.add(new Case("0000-01-01 in " + p, json(set(base, p, "0000-01-01")), null, p, false));
                }
                case INT32, INT64, NUMBER -> {
                    if (f.kind() == Kind.INT32) {
                        cases.add(new Case(BEYOND_INT + " in " + p, json(set(base, p, raw(BEYOND_INT))), null, p, false));
                    }
                    cases.add(new Case("forty digits in " + p, json(set(base, p, raw(FORTY_DIGITS))), null, p, false));
                    cases.add(new Case("the number " + HUGE_EXPONENT + " in " + p, json(set(base, p, raw(HUGE_EXPONENT))),
                            null, p, false));
                    cases.add(new Case("true for the number " + p, json(set(base, p, true)), null, p, false));
                }
                default -> {
                }
            }
        }
        cases.add(new Case("no body with the JSON content type", "", null, null, true));
        cases.add(new Case("{}", "{}", null, null, true));
        cases.add(new Case("a body over 1 MB", "{\"x\": \"" + "x".repeat(OVERSIZED_BODY) + "\"}", null, null, true));
        return cases;
    }

    /** A multipart form with the endpoint's fields as {@link #cases} give them, and a file where it takes one. */
    public static Multipart multipart(Map<String, String> form, List<String> files, byte[] content, String fileName) {
        Multipart body = new Multipart();
        form.forEach(body::field);
        for (String file : files) {
            body.file(file, fileName, "application/octet-stream", content);
        }
        return body;
    }

    /** The file fields of a multipart schema. */
    public static List<String> files(Endpoint endpoint, Map<String, Object> document) {
        return fields(endpoint.schema(), document, "", 0).stream().filter(f -> f.kind() == Kind.FILE)
                .map(f -> f.path().replace("[0]", "")).toList();
    }

    // --- what was written -------------------------------------------------------------------------------------

    /**
     * Each application table's rows, as a count and a sum of their hashes: equal before and after, nothing was
     * inserted, changed or removed. The audit trail and the tables written whatever a request answers are left out.
     */
    public static Map<String, String> fingerprint(Connection db) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement q = db.createStatement();
             ResultSet rows = q.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                     + "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT c.relispartition ORDER BY 1")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!name.startsWith("audit_") && !WRITTEN_ANYWAY.contains(name)) {
                    names.add(name);
                }
            }
        }
        try (Statement q = db.createStatement()) {
            for (String name : names) {
                try (ResultSet row = q.executeQuery("SELECT count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM \""
                        + name + "\" t")) {
                    row.next();
                    tables.put(name, row.getLong(1) + " rows, " + row.getLong(2));
                }
            }
        }
        return tables;
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A number written exactly as given (JSON-P would write {@code 1e1000000} as {@code 1E+1000000}). */
    private record Raw(String text) {
    }

    private static Raw raw(String text) {
        return new Raw(text);
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(name, value);
        return copy;
    }

    /** A copy of the body with the value at the path ({@code a.b[0].c}). */
    @SuppressWarnings("unchecked")
    private static Object set(Object body, String path, Object value) {
        Object copy = deepCopy(body);
        if (path.isEmpty()) {
            return value;
        }
        Object holder = copy;
        String[] steps = path.replace("[", ".[").split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                List<Object> list = (List<Object>) holder;
                if (last) {
                    list.set(index, value);
                } else {
                    holder = list.get(index);
                }
            } else {
                Map<String, Object> map = (Map<String, Object>) holder;
                if (last) {
                    map.put(step, value);
                } else {
                    holder = map.get(step);
                }
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }

    /** The body as JSON text; a {@link Raw} number as written. */
    @SuppressWarnings("unchecked")
    public static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Raw r) {
            return r.text();
        }
        if (value instanceof String text) {
            return Json.createValue(text).toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder json = new StringBuilder("{");
            ((Map<String, Object>) map).forEach((k, v) -> json.append(json.length() > 1 ? ", " : "")
                    .append(Json.createValue(k)).append(": ").append(json(v)));
            return json.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder json = new StringBuilder("[");
            for (Object v : list) {
                json.append(json.length() > 1 ? ", " : "").append(json(v));
            }
            return json.append(']').toString();
        }
        throw new IllegalArgumentException("not JSON: " + value);
    }

    private static boolean isMoney(Map<String, Object> schema) {
        return schema != null && String.valueOf(schema.get("$ref")).endsWith("/Money");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> document) {
        if (schema == null) {
            return Map.of();
        }
        Map<String, Object> resolved = new LinkedHashMap<>(schema);
        if (schema.get("$ref") instanceof String ref) {
            Object target = document;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = ((Map<String, Object>) target).get(part);
            }
            resolved.remove("$ref");
            resolve((Map<String, Object>) target, document).forEach(resolved::putIfAbsent);
        }
        return resolved;
    }

    /** The properties of an object schema, those of the schemas it is made of ({@code allOf}) first. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema, Map<String, Object> document) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            properties.putAll(properties(resolve((Map<String, Object>) part, document), document));
        }
        properties.putAll((Map<String, Object>) schema.getOrDefault("properties", Map.of()));
        return properties;
    }

    /** The schema's type; of a nullable one ({@code [string, "null"]}) the other. */
    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type == null) {
            return schema.containsKey("properties") || schema.containsKey("allOf") ? "object" : "string";
        }
        return String.valueOf(type);
    }

    /** YAML 1.1's implicit types but timestamps: a date of the document stays the text it is in its JSON form. */
    private static final class WithoutTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
