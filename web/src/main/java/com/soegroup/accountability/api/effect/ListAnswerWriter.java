package com.soegroup.accountability.api.effect;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the answer of a list of up to 10,000 people straight to the response with JSON-P's generator: the same
 * JSON the records describe (and the OpenAPI document shows), without JSON-B's reflection over 10,000 objects, which
 * cost more than reading and computing the answer (measured by EffectBenchmarkIT).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ListAnswerWriter implements MessageBodyWriter<EffectDtos.ListAnswer> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EffectDtos.ListAnswer.class;
    }

    @Override
    public void writeTo(EffectDtos.ListAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(new NotClosing(out), StandardCharsets.UTF_8)) {
            json.writeStartObject().write("date", answer.date()).writeStartArray("results");
            for (EffectDtos.ListEntry entry : answer.results()) {
                json.writeStartObject().write("employeeNo", entry.employeeNo()).write("found", entry.found());
                if (!entry.found()) {
                    json.write("error", entry.error());
                } else {
                    json.write("eligibleForPromotion", entry.eligibleForPromotion())
                            .write("eligibleForAnyPost", entry.eligibleForAnyPost())
                            .write("eligibleForSeniorManagement", entry.eligibleForSeniorManagement())
                            .writeStartArray("restrictions");
                    for (EffectDtos.RestrictionAnswer r : entry.restrictions()) {
                        json.writeStartObject().write("kind", r.kind());
                        nullable(json, "source", r.source());
                        nullable(json, "from", r.from());
                        nullable(json, "eligibleFrom", r.eligibleFrom());
                        nullable(json, "decisionNo", r.decisionNo());
                        json.writeEnd();
                    }
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
    }

    private static void nullable(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The container closes the response stream; closing the generator must only flush it. */
    private static final class NotClosing extends FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
