package com.soegroup.accountability.api.rectification;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.rectification.ExtensionStatus;
import com.soegroup.accountability.rectification.RectificationDetail;
import com.soegroup.accountability.rectification.RectificationFilter;
import com.soegroup.accountability.rectification.RectificationService;
import com.soegroup.accountability.rectification.RectificationSource;
import com.soegroup.accountability.rectification.RectificationStatus;
import com.soegroup.accountability.rectification.RectificationSubmissionService;
import com.soegroup.accountability.rectification.SubmissionReview;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /rectifications}: rectification tasks (整改) of owner enterprises within the caller's scope, never those
 * of a case the caller is involved in; anything else is 404. OFFICE assigns, verifies and turns an overdue task
 * into a clue; LIAISON submits and asks for more time; LEADER decides extension requests.
 */
@Path("rectifications")
@Produces(MediaType.APPLICATION_JSON)
public class RectificationResource {

    @EJB
    private RectificationService rectifications;

    @EJB
    private RectificationSubmissionService submissions;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "The board: tasks of the scope, open first by deadline; filters enterprise (subtree unless "
            + "subsidiaries=false), status and source (repeated or comma-separated), overdue=true, q; paged")
    public RectificationDtos.Page list(@QueryParam("enterprise") String enterprise,
                                       @QueryParam("subsidiaries") @DefaultValue("true") boolean subsidiaries,
                                       @QueryParam("status") List<String> status, @QueryParam("source") List<String> source,
                                       @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                       @QueryParam("q") String text,
                                       @QueryParam("page") @DefaultValue("0") int page,
                                       @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        RectificationFilter filter = new RectificationFilter(enterprise, subsidiaries,
                ApiValues.codes(RectificationStatus.class, "status", status),
                ApiValues.codes(RectificationSource.class, "source", source), overdue, text);
        return RectificationDtos.Page.of(rectifications.list(filter, page * size, size), page, size);
    }

    @GET
    @Path("draft")
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "What a task from a concluded case (caseNo) or a decision (decisionNo) starts from: owner "
            + "enterprise, the decided person, the report's rectification proposals (整改建议), the clues it holds open")
    public RectificationDtos.Draft draft(@QueryParam("caseNo") String caseNo, @QueryParam("decisionNo") String decisionNo) {
        if ((caseNo == null || caseNo.isBlank()) && (decisionNo == null || decisionNo.isBlank())) {
            throw AccountabilityException.invalid("caseNo", "field.required");
        }
        return RectificationDtos.Draft.of(rectifications.draft(caseNo, decisionNo));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE assigns a task (source, caseNo | decisionNo | reference, enterprise, department, "
            + "responsible employeeNo, liaison sign-in name, measure, requirement, fixes, deadline after today)")
    @APIResponse(responseCode = "201", description = "Assigned",
            content = @Content(schema = @Schema(implementation = RectificationDtos.Detail.class)))
    public Response create(RectificationDtos.CreateRequest r, @Context UriInfo uri) {
        RectificationDetail created = rectifications.create(r.data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.summary().rectificationNo()).build())
                .entity(RectificationDtos.Detail.of(created)).build();
    }

    @GET
    @Path("{rectificationNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A task with its submissions, extension requests, history and the actions the caller may take")
    public RectificationDtos.Detail get(@PathParam("rectificationNo") String no) {
        return RectificationDtos.Detail.of(rectifications.detail(no));
    }

    /** Multipart: {@code text}, {@code version} and up to five parts {@code file}. */
    @POST
    @Path("{rectificationNo}/submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.R_LIAISON)
    @Operation(summary = "LIAISON of the owner enterprise submits what was done (multipart text, version, files named "
            + "file, checked like clue attachments); the task goes to SUBMITTED")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = RectificationDtos.SubmissionForm.class)))
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = RectificationDtos.Detail.class)))
    public Response submit(@PathParam("rectificationNo") String no, List<EntityPart> parts) {
        String text = null;
        String version = null;
        List<Attachments.Upload> files = new ArrayList<>();
        try {
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                switch (part.getName()) {
                    case "file" -> {
                        if (files.size() >= Attachments.MAX_FILES) {
                            throw AccountabilityException.invalid("attachments", "attachment.tooMany", Attachments.MAX_FILES);
                        }
                        try (InputStream in = part.getContent()) {
                            files.add(new Attachments.Upload(part.getFileName().orElse(null), in.readNBytes(Attachments.MAX_BYTES + 1)));
                        }
                    }
                    case "text" -> text = new String(part.getContent().readNBytes(64 * 1024), StandardCharsets.UTF_8);
                    case "version" -> version = new String(part.getContent().readNBytes(32), StandardCharsets.UTF_8).strip();
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.status(201).entity(RectificationDtos.Detail.of(submissions.submit(no, text, files,
                ApiValues.integer("version", version)))).build();
    }

    @GET
    @Path("{rectificationNo}/files/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Download a submitted file; every download is logged")
    @APIResponse(responseCode = "200", description = "The file, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("rectificationNo") String no, @PathParam("id") long id) {
        RectificationSubmissionService.Download file = submissions.file(no, id);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{rectificationNo}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE verifies a submitted task {result: VERIFIED | SENT_BACK, opinion, version}: VERIFIED "
            + "closes it, SENT_BACK reopens it (OPEN) with the opinion as the reason; not SUBMITTED is 409")
    public RectificationDtos.Detail verify(@PathParam("rectificationNo") String no, RectificationDtos.VerificationRequest r) {
        return RectificationDtos.Detail.of(rectifications.review(no, r.result() == SubmissionReview.VERIFIED, r.opinion(),
                r.version()));
    }

    @POST
    @Path("{rectificationNo}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LIAISON)
    @Operation(summary = "LIAISON asks for a later deadline {reason, deadline, version}; one request waits at a time")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = RectificationDtos.Detail.class)))
    public Response requestExtension(@PathParam("rectificationNo") String no, RectificationDtos.ExtensionRequest r) {
        return Response.status(201).entity(RectificationDtos.Detail.of(submissions.requestExtension(no, r.reason(),
                r.deadline(), r.version()))).build();
    }

    @POST
    @Path("{rectificationNo}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER decides the waiting extension request {result: APPROVED | REFUSED, opinion, version}; "
            + "APPROVED moves the deadline; no request waiting is 409")
    public RectificationDtos.Detail decideExtension(@PathParam("rectificationNo") String no, RectificationDtos.ExtensionDecisionRequest r) {
        if (r.result() == ExtensionStatus.REQUESTED) {
            throw AccountabilityException.invalid("result", "rectification.extension.result");
        }
        return RectificationDtos.Detail.of(submissions.decideExtension(no, r.result() == ExtensionStatus.APPROVED,
                r.opinion(), r.version()));
    }

    @POST
    @Path("{rectificationNo}/clue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE turns an open task past its (extended) deadline into a new clue (M§7(5)) {summary, "
            + "version}: source SELF_INSPECTION, the owner enterprise, the responsible person; the answer names the clue")
    @APIResponse(responseCode = "201", description = "The clue was registered",
            content = @Content(schema = @Schema(implementation = RectificationDtos.Detail.class)))
    public Response makeClue(@PathParam("rectificationNo") String no, RectificationDtos.ClueRequest r) {
        return Response.status(201).entity(RectificationDtos.Detail.of(rectifications.makeClue(no, r.version(),
                r.summary()))).build();
    }
}
