package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Inputs;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a request body field by field, so that whatever is wrong is answered with 400 naming the exact JSON
 * path (api.md): money as a string with at most two decimals, ISO dates, codes of a known enum, texts as JSON
 * strings (never a number or {@code true} stored as a summary). Every request record of the API ({@link ApiRequest})
 * is read with it, from a body {@link JsonBody} checked (lengths, NUL, numbers).
 */
public final class JsonInput {

    private final JsonObject object;
    private final String path;

    private JsonInput(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static JsonInput of(JsonObject body) {
        if (body == null) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        return new JsonInput(body, "");
    }

    public boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /**
     * Money: a JSON string (a plain number is accepted too) read by {@link ApiValues#money(String, String)}, with at
     * most two decimals; answered with two. Its size is checked before anything writes it out.
     */
    public BigDecimal money(String name, boolean required) {
        if (!has(name)) {
            return absent(name, required);
        }
        JsonValue value = object.get(name);
        BigDecimal amount = switch (value.getValueType()) {
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.isBlank()) {
                    throw invalid(name, ApiValues.MONEY_INVALID);
                }
                yield ApiValues.money(pathOf(name), text);
            }
            case NUMBER -> Inputs.moneySize(pathOf(name), ((JsonNumber) value).bigDecimalValue());
            default -> throw invalid(name, ApiValues.MONEY_INVALID);
        };
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw invalid(name, ApiValues.MONEY_SCALE);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A date: a JSON string, exactly YYYY-MM-DD, read by {@link ApiValues#date(String, String)}. */
    public LocalDate date(String name, boolean required) {
        if (!has(name)) {
            return absent(name, required);
        }
        String text = string(name);
        if (text.isBlank() || !text.equals(text.strip())) {
            throw invalid(name, ApiValues.DATE_INVALID);
        }
        return ApiValues.date(pathOf(name), text);
    }

    /**
     * Money written as text and read as a query parameter is ({@link ApiValues#money(String, String)}: blanks around
     * ignored, blank is absent, any number of decimals), for the bodies that have always taken it so (the clue
     * ledger's); a JSON number is read as the amount it is.
     */
    public BigDecimal moneyText(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        return switch (value.getValueType()) {
            case STRING -> ApiValues.money(pathOf(name), ((JsonString) value).getString());
            case NUMBER -> Inputs.moneySize(pathOf(name), ((JsonNumber) value).bigDecimalValue());
            default -> throw invalid(name, ApiValues.MONEY_INVALID);
        };
    }

    /**
     * A date written as text and read as a query parameter is ({@link ApiValues#date(String, String)}: blanks around
     * ignored, blank is absent), for the bodies that have always taken it so; anything but a JSON string is not a
     * date.
     */
    public LocalDate dateText(String name) {
        if (has(name) && !(object.get(name) instanceof JsonString)) {
            throw invalid(name, ApiValues.DATE_INVALID);
        }
        return ApiValues.date(pathOf(name), untrimmed(name));
    }

    public String text(String name, boolean required) {
        if (!has(name)) {
            return absent(name, required);
        }
        String text = string(name).trim();
        if (text.isEmpty()) {
            return absent(name, required);
        }
        return text;
    }

    public Integer integer(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw invalid(name, "input.integer");
            }
        }
        throw invalid(name, "input.integer");
    }

    public boolean bool(String name) {
        if (!has(name)) {
            return false;
        }
        JsonValue value = object.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw invalid(name, "input.boolean");
    }

    public <E extends Enum<E>> E code(String name, Class<E> type, boolean required) {
        String text = text(name, required);
        return text == null ? null : parse(text, type, pathOf(name));
    }

    /**
     * A code in any letter case, read by {@link ApiValues#code(Class, String, String)}: the clue ledger's and the
     * enterprise tree's bodies have always taken codes so. Absent or blank is null.
     */
    public <E extends Enum<E>> E codeInAnyCase(String name, Class<E> type) {
        return ApiValues.code(type, pathOf(name), untrimmed(name));
    }

    /**
     * The text exactly as sent, blanks included, for the services that trim and check it themselves; null when
     * absent. Anything but a JSON string (a number, {@code true}) is not a text.
     */
    public String untrimmed(String name) {
        return has(name) ? string(name) : null;
    }

    /** A list of texts as sent (not trimmed); absent or null is the empty list. */
    public List<String> texts(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonArray array = array(name);
        List<String> texts = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw AccountabilityException.invalid(pathOf(name) + "[" + i + "]", "input.text");
            }
            texts.add(text.getString());
        }
        return texts;
    }

    /** How many elements a list has, before reading them; 0 when absent or null. */
    public int length(String name) {
        return has(name) ? array(name).size() : 0;
    }

    /** A list of codes; absent or null is the empty set. */
    public <E extends Enum<E>> Set<E> codes(String name, Class<E> type) {
        if (!has(name)) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        JsonArray array = array(name);
        Set<E> codes = EnumSet.noneOf(type);
        for (int i = 0; i < array.size(); i++) {
            String element = pathOf(name) + "[" + i + "]";
            if (!(array.get(i) instanceof JsonString text)) {
                throw AccountabilityException.invalid(element, "input.code");
            }
            codes.add(parse(text.getString().trim(), type, element));
        }
        return codes;
    }

    /** A list of ids (JSON integers above zero); absent or null is the empty list. */
    public List<Long> ids(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonArray array = array(name);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = pathOf(name) + "[" + i + "]";
            if (!(array.get(i) instanceof JsonNumber number) || !number.isIntegral()) {
                throw AccountabilityException.invalid(element, "input.integer");
            }
            long id;
            try {
                id = number.longValueExact();
            } catch (ArithmeticException e) {
                throw AccountabilityException.invalid(element, "input.integer");
            }
            if (id <= 0) {
                throw AccountabilityException.invalid(element, "input.integer");
            }
            ids.add(id);
        }
        return ids;
    }

    /** The objects of an array, each read with its own path (e.g. {@code measures[1].banYears}). */
    public <T> List<T> objects(String name, boolean required, Function<JsonInput, T> reader) {
        if (!has(name)) {
            absent(name, required);
            return List.of();
        }
        JsonArray array = array(name);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String element = pathOf(name) + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject child)) {
                throw AccountabilityException.invalid(element, "input.object");
            }
            result.add(reader.apply(new JsonInput(child, element)));
        }
        return result;
    }

    /** A nested object, read with its own path; null when absent and not required. */
    public JsonInput object(String name, boolean required) {
        if (!has(name)) {
            return absent(name, required);
        }
        if (!(object.get(name) instanceof JsonObject child)) {
            throw invalid(name, "input.object");
        }
        return new JsonInput(child, pathOf(name));
    }

    /** An error about a field of this object, e.g. a combination the engine cannot take. */
    public AccountabilityException invalid(String name, String messageKey) {
        return AccountabilityException.invalid(pathOf(name), messageKey);
    }

    private JsonArray array(String name) {
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(name, "input.array");
        }
        return value.asJsonArray();
    }

    private String string(String name) {
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(name, "input.text");
        }
        return ((JsonString) value).getString();
    }

    private <T> T absent(String name, boolean required) {
        if (required) {
            throw invalid(name, "input.required");
        }
        return null;
    }

    private static <E extends Enum<E>> E parse(String text, Class<E> type, String field) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw AccountabilityException.invalid(field, "input.code.unknown", text);
        }
    }

    private String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
