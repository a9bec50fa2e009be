package com.soegroup.accountability.api.inspection;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.clue.Attachments;
import com.soegroup.accountability.inspection.AnswerSheetService;
import com.soegroup.accountability.inspection.CampaignDetail;
import com.soegroup.accountability.inspection.CampaignService;
import com.soegroup.accountability.inspection.CampaignStatus;
import com.soegroup.accountability.inspection.SheetStatus;
import com.soegroup.accountability.rule.set.CircumstanceArea;
import com.soegroup.accountability.shared.AccountabilityException;
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
 * {@code /campaigns}: self-inspection campaigns (自查专项行动). OFFICE launches, reviews, turns problems into clues and
 * closes; LIAISON answers their own enterprise's sheet; LEADER and AUDITOR read. A campaign is visible to whoever
 * sees one of its sheets; anything else is 404.
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @EJB
    private CampaignService campaigns;

    @EJB
    private AnswerSheetService sheets;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Campaigns the caller sees (one of their sheets), running first, newest first; status filter; "
            + "progress counted over the sheets the caller sees")
    public CampaignDtos.Page list(@QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        CampaignStatus s = status == null || status.isBlank() ? null : ApiValues.code(CampaignStatus.class, "status", status);
        return CampaignDtos.Page.of(campaigns.list(s, page * size, size), page, size);
    }

    @GET
    @Path("checklist")
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "A checklist from the circumstance catalogue of the rule set in force: one item per "
            + "circumstance of the areas named (area, repeated or comma-separated; all when none)")
    public List<CampaignDtos.ChecklistItem> checklist(@QueryParam("area") List<String> areas) {
        return campaigns.checklist(ApiValues.codes(CircumstanceArea.class, "area", areas)).stream()
                .map(CampaignDtos.ChecklistItem::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE launches a campaign {title, topic, enterprise, dueDate after today, items: "
            + "[{circumstance, text}]}: one answer sheet per active enterprise below the one named (or that one alone)")
    @APIResponse(responseCode = "201", description = "Launched",
            content = @Content(schema = @Schema(implementation = CampaignDtos.Detail.class)))
    public Response create(CampaignDtos.CreateRequest r, @Context UriInfo uri) {
        CampaignDetail created = campaigns.launch(r.data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.summary().campaignNo()).build())
                .entity(CampaignDtos.Detail.of(created)).build();
    }

    @GET
    @Path("{campaignNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "A campaign with its checklist, progress per enterprise, history and the caller's actions")
    public CampaignDtos.Detail get(@PathParam("campaignNo") String no) {
        return CampaignDtos.Detail.of(campaigns.detail(no));
    }

    @POST
    @Path("{campaignNo}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE closes a running campaign {opinion, version}; nothing can be answered afterwards")
    public CampaignDtos.Detail close(@PathParam("campaignNo") String no, CampaignDtos.CloseRequest r) {
        return CampaignDtos.Detail.of(campaigns.close(no, r.opinion(), r.version()));
    }

    @GET
    @Path("{campaignNo}/answers")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Progress per enterprise the caller sees: status, overdue with working days late, answers, "
            + "problems found, clues raised")
    public List<CampaignDtos.Progress> answers(@PathParam("campaignNo") String no) {
        return campaigns.detail(no).progress().stream().map(CampaignDtos.Progress::of).toList();
    }

    @GET
    @Path("{campaignNo}/answers/{enterprise}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "An enterprise's answer sheet, item by item, with the caller's actions")
    public CampaignDtos.Sheet sheet(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise) {
        return CampaignDtos.Sheet.of(sheets.sheet(no, enterprise));
    }

    @PUT
    @Path("{campaignNo}/answers/{enterprise}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LIAISON)
    @Operation(summary = "LIAISON of the enterprise saves answers {answers: [{itemId, result: NO_PROBLEM | PROBLEM, "
            + "description (required for PROBLEM), amount}], version}; the sheet must be OPEN or RETURNED")
    public CampaignDtos.Sheet answer(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                                     CampaignDtos.AnswersRequest r) {
        return CampaignDtos.Sheet.of(sheets.answer(no, enterprise,
                r.answers().stream().map(CampaignDtos.AnswerRequest::data).toList(), null, List.of(), r.version()));
    }

    /** Multipart: {@code itemId}, {@code version} and up to five parts {@code file}. */
    @POST
    @Path("{campaignNo}/answers/{enterprise}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.R_LIAISON)
    @Operation(summary = "LIAISON adds evidence to an answered item (multipart itemId, version, files named file, "
            + "checked like clue attachments)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = CampaignDtos.FileForm.class)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = CampaignDtos.Sheet.class)))
    public Response files(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                          List<EntityPart> parts) {
        String item = null;
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
                    case "itemId" -> item = new String(part.getContent().readNBytes(32), StandardCharsets.UTF_8).strip();
                    case "version" -> version = new String(part.getContent().readNBytes(32), StandardCharsets.UTF_8).strip();
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw AccountabilityException.invalid("file", "field.required");
        }
        Integer itemId = ApiValues.integer("itemId", item);
        return Response.status(201).entity(CampaignDtos.Sheet.of(sheets.answer(no, enterprise, List.of(),
                itemId == null ? null : itemId.longValue(), files, ApiValues.integer("version", version)))).build();
    }

    @GET
    @Path("{campaignNo}/answers/{enterprise}/files/{id}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_LIAISON, Role.R_AUDITOR})
    @Operation(summary = "Download an evidence file; every download is logged")
    @APIResponse(responseCode = "200", description = "The file, in its own type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                         @PathParam("id") long id) {
        AnswerSheetService.Download file = sheets.file(no, enterprise, id);
        String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{campaignNo}/answers/{enterprise}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LIAISON)
    @Operation(summary = "LIAISON hands the sheet in {version}; every item must be answered; the sheet goes to SUBMITTED")
    public CampaignDtos.Sheet submit(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                                     CampaignDtos.VersionRequest r) {
        return CampaignDtos.Sheet.of(sheets.submit(no, enterprise, r.version()));
    }

    @POST
    @Path("{campaignNo}/answers/{enterprise}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE reviews a submitted sheet {result: ACCEPTED | RETURNED, opinion, version}; "
            + "RETURNED sends it back with the opinion as the reason; not SUBMITTED is 409")
    public CampaignDtos.Sheet review(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                                     CampaignDtos.ReviewRequest r) {
        if (r.result() != SheetStatus.ACCEPTED && r.result() != SheetStatus.RETURNED) {
            throw AccountabilityException.invalid("result", "inspection.review.result");
        }
        return CampaignDtos.Sheet.of(sheets.review(no, enterprise, r.result() == SheetStatus.ACCEPTED, r.opinion(),
                r.version()));
    }

    @POST
    @Path("{campaignNo}/answers/{enterprise}/clue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE turns a problem found on a handed-in sheet into a clue of the enterprise {itemId, "
            + "summary, amount, version}: source SELF_INSPECTION (自查发现); the answer names the clue")
    @APIResponse(responseCode = "201", description = "The clue is registered",
            content = @Content(schema = @Schema(implementation = CampaignDtos.Sheet.class)))
    public Response clue(@PathParam("campaignNo") String no, @PathParam("enterprise") String enterprise,
                         CampaignDtos.ClueRequest r) {
        return Response.status(201).entity(CampaignDtos.Sheet.of(sheets.makeClue(no, enterprise, r.itemId(), r.summary(),
                r.amount(), r.version()))).build();
    }
}
