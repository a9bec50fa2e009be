package com.soegroup.accountability.api.organ;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.org.OrganKind;
import com.soegroup.accountability.org.OrganService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code /organisation-report}: the accountability organs of an enterprise (篇二 附件) — read as JSON, or as the
 * report itself (DOCX or PDF, by {@code Accept} or by the path's extension, for links); kept by the office and ADMIN
 * one organ at a time. An enterprise outside the caller's scope is not found.
 */
@Path("organisation-report")
public class OrganResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Function<String, String> CHINESE = key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key);

    @EJB
    private OrganService organs;

    @Context
    private HttpHeaders headers;

    /**
     * The report as JSON (the default), or as the document itself when the caller asks for it with {@code Accept}:
     * DOCX or PDF.
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, DOCX, "application/pdf"})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The organs of an enterprise: leading group and office with their members (JSON, or DOCX/PDF by Accept)")
    @APIResponse(responseCode = "200", description = "The organs, or the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganDtos.Report.class)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@QueryParam("enterprise") String enterprise) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                break;
            }
            if (MediaType.valueOf(DOCX).isCompatible(type)) {
                return docx(enterprise);
            }
            if (MediaType.valueOf("application/pdf").isCompatible(type)) {
                return pdf(enterprise);
            }
        }
        return Response.ok(OrganDtos.Report.of(organs.report(enterprise)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response docx(String enterprise) {
        return file(organs.docx(enterprise, CHINESE), DOCX, enterprise, ".docx");
    }

    private Response pdf(String enterprise) {
        return file(organs.pdf(enterprise, CHINESE), "application/pdf", enterprise, ".pdf");
    }

    @GET
    @Path("report.docx")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The organisation report as a Word document (for links)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docxLink(@QueryParam("enterprise") String enterprise) {
        return docx(enterprise);
    }

    @GET
    @Path("report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The organisation report as a PDF (for links)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdfLink(@QueryParam("enterprise") String enterprise) {
        return pdf(enterprise);
    }

    @PUT
    @Path("organs/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_ADMIN})
    @Operation(summary = "Enter or change one organ (LEADING_GROUP or OFFICE) with all its members (OFFICE, ADMIN)")
    public OrganDtos.Report put(@QueryParam("enterprise") String enterprise, @PathParam("kind") String kind,
                                OrganDtos.OrganRequest r) {
        OrganKind chosen = ApiValues.code(OrganKind.class, "kind", kind);
        if (chosen == null) {
            throw AccountabilityException.invalid("kind", "field.required");
        }
        if (r.version() == null) {
            throw AccountabilityException.invalid("version", "field.required");
        }
        return OrganDtos.Report.of(organs.save(enterprise, chosen, r.version(), r.data()));
    }

    private static Response file(byte[] bytes, String type, String enterprise, String extension) {
        String name = "organisation-report-" + enterprise + extension;
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"organisation-report" + extension
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
