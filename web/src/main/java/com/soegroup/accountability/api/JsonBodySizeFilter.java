package com.soegroup.accountability.api;

import com.soegroup.accountability.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Refuses a JSON body longer than {@link JsonBody#MAX_BYTES} with 413 and the api.md error body before anything reads
 * it: no text of any request is that long, and a resource must not spend a minute on a 10 MB summary. Runs after
 * the sign-in and the role check ({@link ApiSecurityFilter}), so only a caller allowed to send the body costs the read
 * of one megabyte. Multipart uploads keep their own limits (the files' sizes, and the server's 10 MB).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodySizeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || !request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(JsonBody.MAX_BYTES + 1);
        if (body.length > JsonBody.MAX_BYTES) {
            request.abortWith(ApiResponses.error(413, ErrorCode.INVALID_INPUT, ApiMessages.text(
                    ApiMessages.choose(request.getAcceptableLanguages()), "request.body.tooLarge", JsonBody.MAX_BYTES / 1024),
                    null));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
