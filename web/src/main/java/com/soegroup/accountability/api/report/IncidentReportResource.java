package com.soegroup.accountability.api.report;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.report.IncidentDocumentService;
import com.soegroup.accountability.report.IncidentDraftService;
import com.soegroup.accountability.report.IncidentKind;
import com.soegroup.accountability.report.IncidentReportService;
import com.soegroup.accountability.report.IncidentState;
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
import jakarta.ws.rs.core.HttpHeaders;
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
 * {@code /incident-reports}: the one-event-one-reports (一事一报告) of the caller's scope, never one about a clue or
 * case the caller is involved in (404). The register, a report, its text in versions, LEADER's approval, the
 * sending, the preliminary-check report's extension and the document as DOCX or PDF (by {@code Accept}).
 */
@Path("incident-reports")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @EJB
    private IncidentReportService reports;

    @EJB
    private IncidentDraftService drafts;

    @EJB
    private IncidentDocumentService documents;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The register of one-event-one-reports, newest first: every report ever raised with the stage under "
            + "way, its deadline and the working days late; filters enterprise (its subtree), state, kind, overdue=true")
    public List<IncidentReportDtos.Summary> list(@QueryParam("enterprise") String enterprise, @QueryParam("state") String state,
                                                 @QueryParam("kind") String kind, @QueryParam("overdue") String overdue) {
        return reports.list(new IncidentReportService.Filter(enterprise, ApiValues.code(IncidentState.class, "state", state),
                ApiValues.code(IncidentKind.class, "kind", kind), "true".equalsIgnoreCase(overdue == null ? "" : overdue.strip())))
                .stream().map(IncidentReportDtos.Summary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR})
    @Operation(summary = "Mark a loss risk with serious consequences on a clue (OFFICE, LEADER) or a case (also an investigator "
            + "of its team): raises the event's report (201), or names the one the event already has (200)")
    @APIResponse(responseCode = "201", description = "Raised",
            content = @Content(schema = @Schema(implementation = IncidentReportDtos.Marked.class)))
    public Response mark(IncidentReportDtos.MarkRequest r) {
        IncidentReportService.Marked marked = reports.mark(r.clueNo(), r.caseNo(), r.reason());
        return Response.status(marked.created() ? 201 : 200).entity(new IncidentReportDtos.Marked(marked.reportNo(), marked.created()))
                .build();
    }

    @GET
    @Path("{reportNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "A report with its clocks, deadlines, the text of the stage under way, versions, sendings, history "
            + "and the actions the caller may take")
    public IncidentReportDtos.Detail get(@PathParam("reportNo") String reportNo) {
        return IncidentReportDtos.Detail.of(reports.detail(reportNo));
    }

    @POST
    @Path("{reportNo}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE saves the stage's text in its five parts (changes for a progress report) as a new version")
    public IncidentReportDtos.Detail text(@PathParam("reportNo") String reportNo, IncidentReportDtos.TextRequest r) {
        return IncidentReportDtos.Detail.of(drafts.saveText(reportNo, r.version(), r.parts()));
    }

    @POST
    @Path("{reportNo}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE submits the saved text of the stage to LEADER for approval")
    public IncidentReportDtos.Detail submit(@PathParam("reportNo") String reportNo, IncidentReportDtos.VersionRequest r) {
        return IncidentReportDtos.Detail.of(drafts.submit(reportNo, r.version()));
    }

    @POST
    @Path("{reportNo}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER approves the submitted text with an opinion")
    public IncidentReportDtos.Detail approve(@PathParam("reportNo") String reportNo, IncidentReportDtos.OpinionRequest r) {
        return IncidentReportDtos.Detail.of(drafts.approve(reportNo, r.version(), r.opinion()));
    }

    @POST
    @Path("{reportNo}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER returns the submitted text to be reworked, with an opinion")
    public IncidentReportDtos.Detail returnForRework(@PathParam("reportNo") String reportNo, IncidentReportDtos.OpinionRequest r) {
        return IncidentReportDtos.Detail.of(drafts.returnForRework(reportNo, r.version(), r.opinion()));
    }

    @POST
    @Path("{reportNo}/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records how the approved stage was sent (sentOn, channel, reference, recipient); the next "
            + "stage opens, after the preliminary-check report the report waits for progress")
    public IncidentReportDtos.Detail sent(@PathParam("reportNo") String reportNo, IncidentReportDtos.SentRequest r) {
        return IncidentReportDtos.Detail.of(drafts.markSent(reportNo, r.version(), r.data()));
    }

    @POST
    @Path("{reportNo}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE starts a progress report after the preliminary-check report was sent")
    public IncidentReportDtos.Detail progress(@PathParam("reportNo") String reportNo, IncidentReportDtos.VersionRequest r) {
        return IncidentReportDtos.Detail.of(drafts.startProgress(reportNo, r.version()));
    }

    @POST
    @Path("{reportNo}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE asks once to extend the preliminary-check report's deadline by at most the rule set's working days")
    public IncidentReportDtos.Detail extension(@PathParam("reportNo") String reportNo, IncidentReportDtos.ExtensionRequest r) {
        return IncidentReportDtos.Detail.of(reports.requestExtension(reportNo, r.version(), r.days(), r.reason()));
    }

    @POST
    @Path("{reportNo}/extension/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER approves or refuses the extension asked for, with an opinion")
    public IncidentReportDtos.Detail decideExtension(@PathParam("reportNo") String reportNo, IncidentReportDtos.ExtensionDecision r) {
        return IncidentReportDtos.Detail.of(reports.decideExtension(reportNo, r.version(), r.approve(), r.opinion()));
    }

    @GET
    @Path("{reportNo}/document")
    @Produces({DOCX, PDF, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The stage's document as DOCX (Accept: " + DOCX + ", the default) or PDF (Accept: application/pdf)")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("reportNo") String reportNo) {
        boolean pdf = wantsPdf();
        byte[] bytes = pdf ? documents.pdf(reportNo) : documents.docx(reportNo);
        String name = reportNo.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + (pdf ? ".pdf" : ".docx");
        return Response.ok(bytes, pdf ? PDF : DOCX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** PDF when the client prefers it to DOCX; DOCX, what offices edit, otherwise. */
    private boolean wantsPdf() {
        for (MediaType type : headers == null ? List.<MediaType>of() : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(PDF)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.valueOf(DOCX)) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }
}
