package com.soegroup.accountability.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The error body of api.md: {@code {"error": code, "message": sentence, "field": path or null}}.
 * {@code field} is written as null rather than left out: clients read it unconditionally.
 */
@JsonbNillable
@JsonbPropertyOrder({"error", "message", "field"})
public record ApiError(String error, String message, String field) {
}
