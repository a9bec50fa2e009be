package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import com.soegroup.accountability.shared.Inputs;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.Size;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Parses a JSON request body and refuses, before any value is used, what would cost the server or the database
 * more than a valid body: every text within its length (in characters, an emoji being one: the limit a request
 * record declares with {@code @Size(max = …)} on its component, else {@value #MAX_TEXT}), without a NUL
 * character (PostgreSQL cannot store one); every number at most {@value #MAX_NUMBER} characters and written without
 * an exponent ({@code 1e1000000} is nine characters for a million digits); nested at most {@value #MAX_DEPTH} deep.
 * Each refusal is a 400 naming the JSON path of the value, as every other error of a body.
 */
public final class JsonBody {

    /** The largest JSON body taken, in bytes (uploads are multipart and keep their own limits). */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The longest text of a field that declares no limit of its own: longer than any text column. */
    public static final int MAX_TEXT = 4000;
    /** The longest number, in characters: far more than any count, version or amount needs. */
    public static final int MAX_NUMBER = 30;
    static final int MAX_DEPTH = 16;

    /** The declared limits of each request record, read once. */
    private static final ClassValue<Limits> LIMITS = new ClassValue<>() {
        @Override
        protected Limits computeValue(Class<?> type) {
            return Limits.of(type);
        }
    };

    private JsonBody() {
    }

    /** The body's value, checked; {@code type} is the request record whose declared limits apply, or null. */
    public static JsonValue parse(String text, Class<?> type) {
        Limits limits = type == null || !type.isRecord() ? null : LIMITS.get(type);
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            JsonValue value = value(parser, parser.next(), "", limits, null, 0);
            if (parser.hasNext()) {
                throw malformed();
            }
            return value;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw malformed();
        }
    }

    /**
     * One value and what it holds. {@code holder} is the limits of the record the value is a field of, {@code name}
     * that field's name (an array's elements share their array's), so a text is checked against its own limit.
     */
    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, Limits holder, String name,
                                   int depth) {
        return switch (event) {
            case START_OBJECT -> {
                if (depth >= MAX_DEPTH) {
                    throw malformed();
                }
                // the body itself is the record; a field's object, or an element of a field's list, is the record it holds
                Limits own = name == null || holder == null ? holder : holder.nested(name);
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String child = path.isEmpty() ? key : path + "." + key;
                    object.add(key, value(parser, parser.next(), child, own, key, depth + 1));
                }
                yield object.build();
            }
            case START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    throw malformed();
                }
                JsonArrayBuilder array = Json.createArrayBuilder();
                int i = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, path + "[" + i++ + "]", holder, name, depth + 1));
                }
                yield array.build();
            }
            case VALUE_STRING -> {
                String text = parser.getString();
                int max = holder == null || name == null ? MAX_TEXT : holder.length(name);
                Inputs.checkLength(path.isEmpty() ? null : path, text, max);
                yield Json.createValue(text);
            }
            case VALUE_NUMBER -> {
                // the number's text as sent, before it becomes a number: its length and form decide whether it is one
                String number = parser.getString();
                if (number.length() > MAX_NUMBER) {
                    throw AccountabilityException.invalid(path, "input.number.tooLong", MAX_NUMBER);
                }
                if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
                    throw AccountabilityException.invalid(path, "input.number.exponent");
                }
                yield parser.getValue();
            }
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw malformed();
        };
    }

    static AccountabilityException malformed() {
        return new AccountabilityException(ErrorCode.MALFORMED_REQUEST, ErrorCode.MALFORMED_REQUEST.bundleKey(), null);
    }

    /**
     * The limits a request record declares: the {@code max} of its text components' {@code @Size} (which the OpenAPI
     * document shows as {@code maxLength}; nothing else validates it), and the limits of the records it holds (a
     * component of a record type, or a list of them; one that is a request record itself is read from the same
     * object, as a proposal's decision fields are).
     */
    private record Limits(Map<String, Integer> lengths, Map<String, Limits> nested) {

        static Limits of(Class<?> type) {
            Map<String, Integer> lengths = new HashMap<>();
            Map<String, Limits> nested = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                // @Size does not apply to record components as such: the record's field carries it
                Size size = field(type, component.getName()).getAnnotation(Size.class);
                if (size != null) {
                    lengths.put(component.getName(), size.max());
                }
                Class<?> held = held(component.getGenericType());
                if (held != null && held.isRecord() && held != type) {
                    Limits of = LIMITS.get(held);
                    if (ApiRequest.class.isAssignableFrom(held) && held == component.getType()) {
                        // a request record within a request record is read from the same object (a proposal's
                        // decision fields): its limits are the holder's
                        lengths.putAll(of.lengths());
                        nested.putAll(of.nested());
                    } else {
                        nested.put(component.getName(), of);
                    }
                }
            }
            return new Limits(Map.copyOf(lengths), Map.copyOf(nested));
        }

        private static Field field(Class<?> type, String name) {
            try {
                return type.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type + " has no field " + name, e);
            }
        }

        /** The record type a component holds: itself, or a list's elements. */
        private static Class<?> held(Type type) {
            if (type instanceof Class<?> plain) {
                return plain;
            }
            if (type instanceof ParameterizedType list && list.getRawType() == List.class
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return null;
        }

        int length(String name) {
            return lengths.getOrDefault(name, MAX_TEXT);
        }

        Limits nested(String name) {
            return nested.get(name);
        }
    }
}
