package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.ruleset.RuleSetFilingData;
import com.soegroup.accountability.ruleset.RuleSetFilingService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * {@code /rules/sets/{code}/filings}: the filings of a rule set with the regulator (M§40) — listed, recorded by
 * ADMIN against the version of the set they read — and the filing package, the set as a document (DOCX, PDF).
 */
@Path("rules/sets/{code}/filings")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetFilingResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    private RuleSetFilingService filings;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The set's filings, latest first")
    public List<RuleSetFilingDtos.Filing> list(@PathParam("code") String code) {
        return filings.filings(code).stream().map(RuleSetFilingDtos.Filing::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Record a filing of the version read (ADMIN)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = RuleSetFilingDtos.Filing.class)))
    public Response record(@PathParam("code") String code, RuleSetFilingDtos.FilingRequest r) {
        if (r.version() == null) {
            throw AccountabilityException.invalid("version", "field.required");
        }
        var filing = filings.record(code, r.version(), new RuleSetFilingData(r.filedOn(), r.reference(), r.filedWith(), r.note()));
        return Response.status(Response.Status.CREATED).entity(RuleSetFilingDtos.Filing.of(filing)).build();
    }

    @GET
    @Path("package.docx")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The filing package: the set's articles and parameters as a Word document")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("code") String code) {
        return file(filings.document(code, true, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key)), DOCX, code, ".docx");
    }

    @GET
    @Path("package.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The filing package as a PDF")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("code") String code) {
        return file(filings.document(code, false, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key)), "application/pdf",
                code, ".pdf");
    }

    private static Response file(byte[] bytes, String type, String code, String extension) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"rule-set-" + code.replaceAll("[^A-Za-z0-9-]", "")
                        + extension + "\"")
                .build();
    }
}
