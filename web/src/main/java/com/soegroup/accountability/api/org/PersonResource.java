package com.soegroup.accountability.api.org;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.org.ImportKind;
import com.soegroup.accountability.org.ImportTemplates;
import com.soegroup.accountability.org.OrgImportService;
import com.soegroup.accountability.org.PayEntryService;
import com.soegroup.accountability.org.PersonDetail;
import com.soegroup.accountability.org.PersonPage;
import com.soegroup.accountability.org.PersonService;
import com.soegroup.accountability.org.PersonStatus;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /people}: people within the caller's scope. Pay only for HR, OFFICE and LEADER; the ID document
 * only as its last four characters. Import for HR systems: {@code POST /people/import}, multipart {@code file}
 * and {@code kind} PEOPLE (default; ADMIN, HR) or PAY (HR).
 */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @EJB
    private PersonService people;

    @EJB
    private OrgImportService imports;

    @EJB
    private PayEntryService payEntries;

    @Context
    private HttpHeaders headers;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    @Operation(summary = "Import people (ADMIN, HR) or yearly pay (HR) from CSV (UTF-8 or GBK) or .xlsx; all or nothing")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = OrgDtos.PersonImportForm.class)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = OrgDtos.Saved.class)))
    @APIResponse(responseCode = "400", description = "Refused, with every bad row",
            content = @Content(schema = @Schema(implementation = OrgDtos.Rejected.class)))
    public Response importFile(List<EntityPart> parts) {
        Imports.Upload upload = Imports.read(parts);
        ImportKind kind = Imports.kind(upload.kind(), ImportKind.PEOPLE, Set.of(ImportKind.PEOPLE, ImportKind.PAY));
        return Imports.answer(kind == ImportKind.PAY
                ? imports.importPay(upload.fileName(), upload.content())
                : imports.importPeople(upload.fileName(), upload.content()), headers);
    }

    @GET
    @Path("import/template")
    @Produces({Imports.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    @Operation(summary = "The import template of a kind (xlsx or csv)")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = Imports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("kind") String kind, @QueryParam("format") String format) {
        ImportKind chosen = Imports.kind(kind, ImportKind.PEOPLE, Set.of(ImportKind.PEOPLE, ImportKind.PAY));
        ImportTemplates.Format as = Imports.format(format);
        return Imports.template(imports.template(chosen, as), chosen, as);
    }

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "People of the caller's scope, filtered and paged")
    public OrgDtos.PersonPage list(@QueryParam("q") String text, @QueryParam("enterprise") String enterprise,
                                   @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                                   @QueryParam("status") String status,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        PersonPage found = people.search(text, enterprise, subsidiaries, ApiValues.code(PersonStatus.class, "status", status),
                page * size, size);
        return new OrgDtos.PersonPage(found.total(), page, size, found.people().stream().map(OrgDtos.Person::of).toList());
    }

    @GET
    @Path("{employeeNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "One person (404 outside the scope); the ID number only as its last four characters")
    public OrgDtos.PersonDetail get(@PathParam("employeeNo") String employeeNo) {
        return detail(people.detail(employeeNo));
    }

    @PUT
    @Path("{employeeNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_ADMIN, Role.R_HR})
    @Operation(summary = "Update a person (HR, ADMIN); 409 when someone else changed it first")
    public OrgDtos.PersonDetail update(@PathParam("employeeNo") String employeeNo, OrgDtos.PersonUpdate update) {
        return detail(people.update(employeeNo, update.version(), update.input()));
    }

    @GET
    @Path("{employeeNo}/pay")
    @RolesAllowed({Role.R_HR, Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "Yearly pay of a person (HR, OFFICE, LEADER); the read is logged")
    public List<OrgDtos.Pay> pay(@PathParam("employeeNo") String employeeNo) {
        return people.pay(employeeNo).stream().map(OrgDtos.Pay::of).toList();
    }

    @PUT
    @Path("{employeeNo}/pay/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_HR)
    @Operation(summary = "HR enters or corrects one year's pay of a person of its scope (the pay import's checks; "
            + "the version read when correcting a year on record); audited")
    public OrgDtos.Pay enterPay(@PathParam("employeeNo") String employeeNo, @PathParam("year") String year,
                                OrgDtos.PayEntry entry) {
        return OrgDtos.Pay.of(payEntries.enter(employeeNo, ApiValues.integer("year", year), entry.data(), entry.version()));
    }

    private static OrgDtos.PersonDetail detail(PersonDetail d) {
        return OrgDtos.PersonDetail.of(d.person(), d.ldapUserId(), d.idLastFour(), d.payVisible() ? d.pay() : null);
    }
}
