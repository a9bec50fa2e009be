package com.soegroup.accountability.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The error body of api.md: {@code {"error": code, "message": sentence, "field": path or null}}.
 * {@code field} is written as null rather than left out: clients read it unconditionally.
 */
@JsonbNillable
@JsonbPropertyOrder({"error", "message", "field"})
@Schema(name = "Error", description = "The error body of api.md; the message follows Accept-Language (Chinese by default)")
public record ApiError(@Schema(required = true, example = "INVALID_INPUT") String error,
                       @Schema(required = true) String message,
                       @Schema(required = true, nullable = true, description = "The JSON path or parameter at fault")
                       String field) {
}
