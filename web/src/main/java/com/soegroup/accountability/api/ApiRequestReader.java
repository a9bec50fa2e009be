package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Reads every JSON request body of the API into its {@link ApiRequest} record: the JSON object handed to the
 * record's {@code static read(JsonInput)}. No body, or {@code null}, is a 400 "the request must have a body"
 * (unless the parameter says {@link EmptyBodyAllowed}); anything that is not a JSON object is a 400
 * MALFORMED_REQUEST.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class ApiRequestReader implements MessageBodyReader<ApiRequest> {

    private static final ClassValue<MethodHandle> READERS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                        .findStatic(type, "read", MethodType.methodType(type, JsonInput.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(type + " is an ApiRequest without static read(JsonInput)", e);
            }
        }
    };

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ApiRequest.class.isAssignableFrom(type);
    }

    @Override
    public ApiRequest readFrom(Class<ApiRequest> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        JsonObject body = body(new String(entity.readAllBytes(), charset(mediaType)), emptyAllowed(annotations));
        try {
            return type.cast(READERS.get(type).invoke(JsonInput.of(body)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject body(String text, boolean emptyAllowed) {
        JsonValue value = JsonValue.NULL;
        if (!text.isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                value = reader.readValue();
            } catch (JsonException | IllegalStateException e) {
                throw malformed();
            }
        }
        if (value == JsonValue.NULL) {
            if (emptyAllowed) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed();
        }
        return value.asJsonObject();
    }

    private static AccountabilityException malformed() {
        return new AccountabilityException(ErrorCode.MALFORMED_REQUEST, ErrorCode.MALFORMED_REQUEST.bundleKey(), null);
    }

    private static boolean emptyAllowed(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof EmptyBodyAllowed) {
                return true;
            }
        }
        return false;
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }
}
