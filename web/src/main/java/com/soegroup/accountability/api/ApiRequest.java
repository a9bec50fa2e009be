package com.soegroup.accountability.api;

/**
 * A JSON request body of the API: a record of its area's {@code …Dtos}, declared as the resource method's body
 * parameter. {@link ApiRequestReader} reads it with its {@code static T read(JsonInput)}, field by field, so that
 * a wrong value is a 400 naming its JSON path; the record's components are what the OpenAPI document describes.
 */
public interface ApiRequest {
}
