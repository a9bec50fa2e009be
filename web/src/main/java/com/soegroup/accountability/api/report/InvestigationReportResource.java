package com.soegroup.accountability.api.report;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.report.InvestigationReportService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import java.util.Locale;

/**
 * {@code /investigations/{caseNo}/report…}: the investigation report (财产损失情况调查报告) — its drafted text, and the
 * report itself as a PDF in Chinese, a draft until LEADER approved it.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationReportResource {

    @EJB
    private InvestigationReportService reports;

    /** The investigation report as a PDF in Chinese; a draft until LEADER approved it. */
    @GET
    @Path("{caseNo}/report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The investigation report (财产损失情况调查报告) as a PDF with the Chinese font embedded; the "
            + "download is logged")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("caseNo") String caseNo) {
        byte[] pdf = reports.pdf(caseNo, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        String name = caseNo.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The drafters' text of the report: proposed handling and rectification proposals (整改建议). */
    @GET
    @Path("{caseNo}/report")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The drafters' text of the report (proposedHandling, rectification = 整改建议) with its version "
            + "and whether the caller may edit it")
    public ReportDtos.Text text(@PathParam("caseNo") String caseNo) {
        return ReportDtos.Text.of(reports.text(caseNo));
    }

    /** Writes them with the version read (absent for the first text); refused once the report is approved. */
    @PUT
    @Path("{caseNo}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Write the proposed handling and the rectification proposals (OFFICE or the team, before "
            + "approval) with the version read")
    public ReportDtos.Text write(@PathParam("caseNo") String caseNo, ReportDtos.TextRequest r) {
        return ReportDtos.Text.of(reports.writeText(caseNo, r.proposedHandling(), r.rectification(), r.version()));
    }
}
