package com.soegroup.accountability.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document the build generates (smallrye-open-api-maven-plugin, target/openapi) lists every JAX-RS
 * endpoint of the WAR and none that does not exist, and every body it describes has a real schema.
 */
class OpenApiDocumentTest {

    private static final String YAML = "target/openapi/openapi.yaml";
    private static final String JSON = "target/openapi/openapi.json";

    @Test
    void theDocumentListsExactlyTheEndpoints() throws Exception {
        assertEquals(endpointsInCode(), endpointsInDocument());
    }

    @Test
    void noRequestOrAnswerIsAnObjectWithoutProperties() throws IOException {
        JsonObject document = json();
        List<String> bare = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, operation) -> {
            JsonObject op = operation.asJsonObject();
            if (op.containsKey("requestBody")) {
                bodies(verb + " " + path + " request", op.getJsonObject("requestBody"), document, bare);
            }
            op.getJsonObject("responses").forEach((status, answer) ->
                    bodies(verb + " " + path + " " + status, answer.asJsonObject(), document, bare));
        }));
        document.getJsonObject("components").getJsonObject("schemas")
                .forEach((name, schema) -> schema(name, schema, document, bare, new TreeSet<>()));

        assertTrue(bare.isEmpty(), () -> "bare objects: " + bare);
    }

    @Test
    void theServedDocumentIsTheGeneratedOneWithTheApisInfoAndSignIn() throws IOException {
        JsonObject document = json();

        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertEquals("/accountability/api/v1", document.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals("basic", document.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basic").getString("scheme"));
        assertTrue(document.getJsonObject("info").getString("title").startsWith("违规经营投资责任追究系统"));
        assertTrue(Files.readString(Paths.get(YAML)).contains("\nopenapi: 3."), "the YAML form is written beside it");
    }

    /**
     * The YAML form, the one /accountability/openapi serves, is YAML a parser takes (an unquoted ": " in a summary
     * is not) and says exactly what the JSON form says. Read as YAML 1.2 reads it: a date stays the text it is in
     * the JSON form (YAML 1.1 alone would turn an unquoted example date into a timestamp).
     */
    @Test
    void theServedYamlIsValidYamlAndSaysWhatTheJsonSays() throws IOException {
        String served = Files.readString(Paths.get(YAML));
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(options.getCodePointLimit(), served.length() * 2));
        Object yaml;
        try {
            yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, new WithoutTimestamps()).load(served);
        } catch (YAMLException e) {
            throw new AssertionError("the served OpenAPI document is not valid YAML: " + e.getMessage(), e);
        }

        assertEquals(plain(json()), plain(yaml));
    }

    /** YAML 1.1's implicit types but timestamps. */
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

    /** JSON-P values and SnakeYAML's objects alike as maps, lists, texts, numbers (any notation), booleans. */
    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new HashMap<>();
            object.forEach((key, v) -> map.put(key, plain(v)));
            return map;
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(OpenApiDocumentTest::plain).toList();
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().stripTrailingZeros();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value == JsonValue.NULL || value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new HashMap<>();
            map.forEach((key, v) -> plain.put(String.valueOf(key), plain(v)));
            return plain;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OpenApiDocumentTest::plain).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return value;
    }

    private static void bodies(String where, JsonObject holder, JsonObject document, List<String> bare) {
        if (holder.containsKey("$ref")) {
            holder = resolve(holder.getString("$ref"), document);
        }
        if (!holder.containsKey("content")) {
            return;
        }
        holder.getJsonObject("content").forEach((type, media) -> {
            JsonObject m = media.asJsonObject();
            if (!m.containsKey("schema")) {
                bare.add(where + " " + type + ": no schema");
            } else {
                schema(where + " " + type, m.get("schema"), document, bare, new TreeSet<>());
            }
        });
    }

    /** An object schema must say what it holds: properties, the type of its values, or schemas it is made of. */
    private static void schema(String where, JsonValue value, JsonObject document, List<String> bare, Set<String> seen) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return;
        }
        JsonObject schema = value.asJsonObject();
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            if (seen.add(ref)) {
                schema(where + " → " + ref, resolve(ref, document), document, bare, seen);
            }
            return;
        }
        boolean object = schema.containsKey("type") && schema.get("type").toString().contains("object");
        boolean described = schema.containsKey("properties") || schema.containsKey("additionalProperties")
                || schema.containsKey("allOf") || schema.containsKey("oneOf") || schema.containsKey("anyOf");
        if (object && !described || schema.isEmpty()) {
            bare.add(where);
        }
        for (String nested : List.of("properties")) {
            if (schema.containsKey(nested)) {
                schema.getJsonObject(nested).forEach((name, property) ->
                        schema(where + "." + name, property, document, bare, seen));
            }
        }
        for (String single : List.of("items", "additionalProperties")) {
            if (schema.containsKey(single)) {
                schema(where + "[]", schema.get(single), document, bare, seen);
            }
        }
    }

    private static JsonObject resolve(String ref, JsonObject document) {
        JsonObject target = document;
        for (String part : ref.replaceFirst("^#/", "").split("/")) {
            target = target.getJsonObject(part);
        }
        return target;
    }

    private static JsonObject json() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(Paths.get(JSON)))) {
            return reader.readObject();
        }
    }

    /** The endpoints of the YAML form, the one the WAR serves. */
    private static Set<String> endpointsInDocument() throws IOException {
        List<String> lines = Files.readAllLines(Paths.get(YAML));
        Set<String> endpoints = new TreeSet<>();
        String path = null;
        boolean inPaths = false;
        for (String line : lines) {
            if (line.equals("paths:")) {
                inPaths = true;
            } else if (inPaths && !line.startsWith(" ") && !line.isBlank()) {
                inPaths = false;
            } else if (inPaths && line.matches("^  /\\S*:$")) {
                path = line.trim().replaceAll(":$", "");
            } else if (inPaths && path != null && line.matches("^    (get|put|post|delete):.*")) {
                endpoints.add(line.trim().replaceAll(":.*", "").toUpperCase() + " " + path);
            }
        }
        return endpoints;
    }

    private static Set<String> endpointsInCode() throws IOException, URISyntaxException, ClassNotFoundException {
        // the WAR's classes, not the test classes that share the package
        var root = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (var files = Files.walk(root.resolve("com/soegroup/accountability/api"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        Set<String> endpoints = new TreeSet<>();
        Map<Class<?>, String> verbs = new HashMap<>(Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT",
                DELETE.class, "DELETE"));
        for (Class<?> resource : resources) {
            String base = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : resource.getDeclaredMethods()) {
                for (var verb : verbs.entrySet()) {
                    @SuppressWarnings("unchecked")
                    var annotation = (Class<? extends java.lang.annotation.Annotation>) verb.getKey();
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = sub == null ? base : base + "/" + sub.value().replaceAll("^/|/$", "");
                        endpoints.add(verb.getValue() + " " + path);
                    }
                }
            }
        }
        return endpoints;
    }
}
