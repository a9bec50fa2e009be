package com.soegroup.accountability.api.annual;

import com.soegroup.accountability.annual.AnnualDocumentService;
import com.soegroup.accountability.annual.AnnualDraftService;
import com.soegroup.accountability.annual.AnnualReportService;
import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
 * {@code /annual-reports}: the annual accountability work reports (篇五) of the caller's scope. The list, a new report
 * (OFFICE), a report with its sections, facts and figures beside last year's, the text in versions, submission,
 * LEADER's approval or return, reopening, the sending, and the document as DOCX or PDF.
 */
@Path("annual-reports")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @EJB
    private AnnualReportService reports;

    @EJB
    private AnnualDraftService drafts;

    @EJB
    private AnnualDocumentService documents;

    @Context
    private HttpServletRequest request;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The annual reports of the caller's scope, newest year first, with their state and, for drafts, the day "
            + "they are due and the working days late; year= filters")
    public List<AnnualDtos.Summary> list(@QueryParam("year") String year) {
        return reports.list(ApiValues.integer("year", year)).stream().map(AnnualDtos.Summary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE starts the report of a year (this year or earlier) for an enterprise of its scope with its "
            + "subsidiaries; one per enterprise and year (409 names the existing one)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AnnualDtos.Summary.class)))
    public Response create(AnnualDtos.CreateRequest r) {
        AnnualDtos.Summary created = AnnualDtos.Summary.of(reports.create(r.year(), r.enterprise()));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{no}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "A report: its sections (the system's draft from the data until saved), versions, the facts of part 二 "
            + "and the tables of part 三 each beside last year's, approval, sending, history and the caller's actions")
    public AnnualDtos.Detail get(@PathParam("no") String reportNo) {
        return AnnualDtos.Detail.of(reports.detail(reportNo, chinese()), texts());
    }

    @PUT
    @Path("{no}/text")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE saves every section as a new version (overview, problems and plans required)")
    public AnnualDtos.Detail text(@PathParam("no") String reportNo, AnnualDtos.TextRequest r) {
        return AnnualDtos.Detail.of(drafts.saveText(reportNo, r.version(), r.sections().asMap(), chinese()), texts());
    }

    @POST
    @Path("{no}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE submits the saved text to LEADER")
    public AnnualDtos.Detail submit(@PathParam("no") String reportNo, AnnualDtos.VersionRequest r) {
        return AnnualDtos.Detail.of(drafts.submit(reportNo, r.version(), chinese()), texts());
    }

    @POST
    @Path("{no}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER approves the submitted report with an opinion")
    public AnnualDtos.Detail approve(@PathParam("no") String reportNo, AnnualDtos.OpinionRequest r) {
        return AnnualDtos.Detail.of(drafts.approve(reportNo, r.version(), r.opinion(), chinese()), texts());
    }

    @POST
    @Path("{no}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER returns the submitted report to the office with an opinion")
    public AnnualDtos.Detail returnForRework(@PathParam("no") String reportNo, AnnualDtos.OpinionRequest r) {
        return AnnualDtos.Detail.of(drafts.returnForRework(reportNo, r.version(), r.opinion(), chinese()), texts());
    }

    @POST
    @Path("{no}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE takes an approved (not yet sent) report back to the draft, saying why (opinion)")
    public AnnualDtos.Detail reopen(@PathParam("no") String reportNo, AnnualDtos.OpinionRequest r) {
        return AnnualDtos.Detail.of(drafts.reopen(reportNo, r.version(), r.opinion(), chinese()), texts());
    }

    @POST
    @Path("{no}/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records how the approved report was sent (sentOn, channel, reference, recipient)")
    public AnnualDtos.Detail sent(@PathParam("no") String reportNo, AnnualDtos.SentRequest r) {
        return AnnualDtos.Detail.of(drafts.markSent(reportNo, r.version(), r.data(), chinese()), texts());
    }

    @GET
    @Path("{no}/document.docx")
    @Produces(DOCX)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The report as a Word document in the official layout (A4), with its tables and charts")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("no") String reportNo) {
        return file(documents.docx(reportNo, chinese()), DOCX, documents.fileName(reportNo) + ".docx");
    }

    @GET
    @Path("{no}/document.pdf")
    @Produces(PDF)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The report as PDF (A4, Chinese font embedded), with its tables and charts")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("no") String reportNo) {
        return file(documents.pdf(reportNo, chinese()), PDF, documents.fileName(reportNo) + ".pdf");
    }

    static Response file(byte[] bytes, String type, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9.-]", "");
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    /** The figures' names in Chinese: the report and its drafted sentences go to the regulator. */
    static Function<String, String> chinese() {
        return ApiMessages.bundle(Locale.SIMPLIFIED_CHINESE);
    }

    private Function<String, String> texts() {
        return ApiMessages.bundle(ApiMessages.choose(request));
    }
}
