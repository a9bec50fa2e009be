package com.soegroup.accountability.api.circular;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.circular.CircularDocumentService;
import com.soegroup.accountability.circular.CircularDraftService;
import com.soegroup.accountability.circular.CircularService;
import com.soegroup.accountability.circular.CircularState;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * {@code /circulars}: warning circulars and published handling results. What the caller may read — the published
 * ones sent to them (their home enterprise in the publication subtree, one of the chosen roles) and, for OFFICE,
 * LEADER and AUDITOR, the circulars of their scope in every state, never one about a case they are involved in;
 * anything else is 404. OFFICE drafts from a decided case, writes the text and the masks, submits and publishes;
 * LEADER approves or returns with an opinion. A text that still names a subject, an employee or ID number or the
 * enterprise (unless it may be named) is 422, naming the leak.
 */
@Path("circulars")
@Produces(MediaType.APPLICATION_JSON)
public class CircularResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @EJB
    private CircularService circulars;

    @EJB
    private CircularDraftService drafts;

    @EJB
    private CircularDocumentService documents;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The circulars the caller may read, newest first: published ones sent to them, and for OFFICE, LEADER and "
            + "AUDITOR the circulars of their scope in every state; filter state")
    public List<CircularDtos.Summary> list(@QueryParam("state") String state) {
        return circulars.list(ApiValues.code(CircularState.class, "state", state)).stream().map(CircularDtos.Summary::of).toList();
    }

    @GET
    @Path("cases")
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "The decided cases of the caller's scope (a decision approved, served or executed) a circular may be drafted from")
    public List<CircularDtos.DecidedCaseRow> cases() {
        return circulars.draftable().stream().map(CircularDtos.DecidedCaseRow::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE drafts a circular (kind WARNING or RESULT) from a decided case: numbered, the text drafted from the "
            + "case and anonymised")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = CircularDtos.Detail.class)))
    public Response draft(CircularDtos.DraftRequest r) {
        CircularDtos.Detail created = CircularDtos.Detail.of(circulars.draft(r.caseNo(), r.kind(), null));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{circularNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "A circular; reading it records only the audit entry (a recipient's receipt is POST …/reads)")
    public CircularDtos.Detail get(@PathParam("circularNo") String no) {
        return CircularDtos.Detail.of(circulars.open(no));
    }

    @PUT
    @Path("{circularNo}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE saves the text (title, facts, violation, handling, lesson) as a new version while drafting; 422 on a leak")
    public CircularDtos.Detail text(@PathParam("circularNo") String no, CircularDtos.TextRequest r) {
        return CircularDtos.Detail.of(drafts.saveText(no, r.version(), r.parts()));
    }

    @PUT
    @Path("{circularNo}/masks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE saves its own terms to mask and whether the enterprise may be named, and applies them to the text")
    public CircularDtos.Detail masks(@PathParam("circularNo") String no, CircularDtos.MasksRequest r) {
        return CircularDtos.Detail.of(drafts.saveMasks(no, r.version(), r.terms(), r.nameEnterprise()));
    }

    @POST
    @Path("{circularNo}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE submits the saved text to LEADER for approval; 422 on a leak")
    public CircularDtos.Detail submit(@PathParam("circularNo") String no, CircularDtos.VersionRequest r) {
        return CircularDtos.Detail.of(drafts.submit(no, r.version()));
    }

    @POST
    @Path("{circularNo}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER approves the submitted circular with an opinion")
    public CircularDtos.Detail approve(@PathParam("circularNo") String no, CircularDtos.OpinionRequest r) {
        return CircularDtos.Detail.of(drafts.approve(no, r.version(), r.opinion()));
    }

    @POST
    @Path("{circularNo}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER returns the submitted circular for rework, with an opinion")
    public CircularDtos.Detail returnForRework(@PathParam("circularNo") String no, CircularDtos.OpinionRequest r) {
        return CircularDtos.Detail.of(drafts.returnForRework(no, r.version(), r.opinion()));
    }

    @POST
    @Path("{circularNo}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE publishes the approved circular to an enterprise of its scope with its subtree, for the roles, "
            + "on publishedOn (not after today)")
    public CircularDtos.Detail publish(@PathParam("circularNo") String no, CircularDtos.PublishRequest r) {
        return CircularDtos.Detail.of(drafts.publish(no, r.version(), r.enterprise(), r.roles(), r.publishedOn()));
    }

    @POST
    @Path("{circularNo}/reads")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The caller has opened the published circular: a recipient's read receipt, recorded once however often; "
            + "anyone else gets recipient false and nothing is recorded")
    public CircularDtos.ReadMark markRead(@PathParam("circularNo") String no) {
        return new CircularDtos.ReadMark(circulars.markRead(no));
    }

    @GET
    @Path("{circularNo}/reads")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The read receipts per enterprise of the publication subtree: recipients (people with a sign-in account), "
            + "read, not read")
    public List<CircularDtos.Receipt> reads(@PathParam("circularNo") String no) {
        return circulars.receipts(no).stream().map(CircularDtos.Receipt::of).toList();
    }

    @GET
    @Path("{circularNo}/document.pdf")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The circular as PDF (official layout; a draft is marked as such)")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("circularNo") String no) {
        return file(documents.pdf(no), PDF, no, ".pdf");
    }

    @GET
    @Path("{circularNo}/document.docx")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The circular as DOCX (official layout, what offices edit)")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("circularNo") String no) {
        return file(documents.docx(no), DOCX, no, ".docx");
    }

    private static Response file(byte[] bytes, String type, String no, String suffix) {
        String name = no.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + suffix;
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
