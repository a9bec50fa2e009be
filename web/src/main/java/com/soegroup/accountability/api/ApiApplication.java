package com.soegroup.accountability.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The integration API of shared/spec/api.md, under /accountability/api/v1. Its OpenAPI document is generated from
 * the resources and their records when the WAR is built, starting from what is said here.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "违规经营投资责任追究系统 — integration API", version = "1", description = """
                The contract of shared/spec/api.md. JSON in UTF-8; money is a string with two decimals ("1000000.00"); \
                dates are YYYY-MM-DD. Sign in with HTTP BASIC against the group's LDAP (or the session of a signed-in \
                user). Every error has the body {"error", "message", "field"}; messages follow Accept-Language \
                (Chinese by default)."""),
        servers = @Server(url = "/accountability/api/v1"),
        security = @SecurityRequirement(name = "basic"),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP,
                        scheme = "basic"),
                schemas = @Schema(name = "Money", type = SchemaType.STRING, pattern = "^-?\\d+(\\.\\d{1,2})?$",
                        examples = "1000000.00", description = "An amount of yuan with at most two decimals"),
                responses = @APIResponse(name = "Error", description = "The api.md error body: 400 bad input (naming the "
                        + "field), 401, 403, 404, 409 conflict or stale version, 413 a JSON body over 1 MB, 422 refused "
                        + "by the rules, 500",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ApiError.class)))))
public class ApiApplication extends Application {
}
