package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
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
 * MALFORMED_REQUEST; what {@link JsonBody} refuses (a NUL, a text over its limit, a number too long) a 400 naming it.
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
        // JsonBodySizeFilter refused a longer body already; reading one byte more than the limit is enough to know
        byte[] bytes = entity.readNBytes(JsonBody.MAX_BYTES + 1);
        if (bytes.length > JsonBody.MAX_BYTES) {
            throw AccountabilityException.invalid(null, "request.body.tooLarge", JsonBody.MAX_BYTES / 1024);
        }
        JsonObject body = body(new String(bytes, charset(mediaType)), emptyAllowed(annotations), type);
        try {
            return type.cast(READERS.get(type).invoke(JsonInput.of(body)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject body(String text, boolean emptyAllowed) {
        return body(text, emptyAllowed, null);
    }

    /** The body as a JSON object, checked by {@link JsonBody} against the limits {@code type} declares. */
    static JsonObject body(String text, boolean emptyAllowed, Class<?> type) {
        JsonValue value = text.isBlank() ? JsonValue.NULL : JsonBody.parse(text, type);
        if (value == JsonValue.NULL) {
            if (emptyAllowed) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw JsonBody.malformed();
        }
        return value.asJsonObject();
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
            throw JsonBody.malformed();
        }
    }
}
