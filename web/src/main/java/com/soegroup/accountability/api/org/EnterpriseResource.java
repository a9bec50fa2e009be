package com.soegroup.accountability.api.org;

import com.soegroup.accountability.org.EnterpriseDetail;
import com.soegroup.accountability.org.EnterpriseService;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.org.OrgImportService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Set;

/**
 * {@code /enterprises}: the group tree within the caller's scope (an enterprise outside it is 404, in the
 * list as by code), ADMIN's restructuring, and ADMIN's import of enterprises and yearly assets
 * ({@code POST /enterprises/import}, multipart: {@code file}, {@code kind} ENTERPRISES (default) or ASSETS).
 */
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @EJB
    private EnterpriseService enterprises;

    @EJB
    private OrgImportService imports;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Import enterprises or yearly assets from CSV (UTF-8 or GBK) or .xlsx (ADMIN); all or nothing")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OrgDtos.EnterpriseImportForm.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = OrgDtos.Saved.class)))
    @APIResponse(responseCode = "400", description = "Refused, with every bad row",
            content = @Content(schema = @Schema(implementation = OrgDtos.Rejected.class)))
    public Response importFile(List<EntityPart> parts) {
        Imports.Upload upload = Imports.read(parts);
        ImportKind kind = Imports.kind(upload.kind(), ImportKind.ENTERPRISES, Set.of(ImportKind.ENTERPRISES, ImportKind.ASSETS));
        return Imports.answer(kind == ImportKind.ASSETS
                ? imports.importAssets(upload.fileName(), upload.content())
                : imports.importEnterprises(upload.fileName(), upload.content()), headers);
    }

    @GET
    @Path("import/template")
    @Produces({Imports.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "The import template of a kind (xlsx or csv)")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = Imports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("kind") String kind, @QueryParam("format") String format) {
        ImportKind chosen = Imports.kind(kind, ImportKind.ENTERPRISES, Set.of(ImportKind.ENTERPRISES, ImportKind.ASSETS));
        ImportTemplates.Format as = Imports.format(format);
        return Imports.template(imports.template(chosen, as), chosen, as);
    }

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The enterprises of the caller's scope (group tree)")
    public List<OrgDtos.Enterprise> list() {
        return enterprises.tree().stream().map(OrgDtos.Enterprise::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "One enterprise with its yearly assets (404 outside the scope)")
    public OrgDtos.EnterpriseDetail get(@PathParam("code") String code) {
        return detail(enterprises.detail(code));
    }

    @POST
    @Path("{code}/restructure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Move, merge or close an enterprise with an effective date (ADMIN)")
    public OrgDtos.EnterpriseDetail restructure(@PathParam("code") String code, OrgDtos.Restructure request) {
        return detail(enterprises.restructure(code, request.restructuring(), request.version()));
    }

    private static OrgDtos.EnterpriseDetail detail(EnterpriseDetail d) {
        return OrgDtos.EnterpriseDetail.of(d.enterprise(), d.assets(), d.history());
    }
}
