package com.soegroup.accountability.api.annual;

import com.soegroup.accountability.annual.AnnualFilingService;
import com.soegroup.accountability.annual.Filing;
import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.web.annual.FilingWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/**
 * {@code /filings/quarterly}: the periodic filing (定期报送) of an enterprise subtree for a quarter ({@code quarter=1..4})
 * or a half-year ({@code half=1|2}, instead of quarter), as JSON or as the fixed-layout workbook.
 */
@Path("filings/quarterly")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private AnnualFilingService filings;

    @Context
    private HttpServletRequest request;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The filing of a quarter (year, quarter 1–4) or a half-year (year, half 1–2; exactly one of quarter and "
            + "half) for an enterprise (code, default the caller's own) with its subsidiaries: one line per direct subsidiary "
            + "(with its own), one of the enterprise's own records, the total last; clues received, accepted, under check, "
            + "cases opened and concluded, losses, people held accountable, recovered, rectifications verified, incident reports sent")
    public AnnualDtos.FilingDto filing(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
                                       @QueryParam("half") String half, @QueryParam("enterprise") String enterprise) {
        return AnnualDtos.FilingDto.of(read(year, quarter, half, enterprise));
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The same filing as the fixed-layout workbook (title row with the enterprise and period, names not codes, "
            + "A4 print set-up)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@QueryParam("year") String year, @QueryParam("quarter") String quarter, @QueryParam("half") String half,
                         @QueryParam("enterprise") String enterprise) {
        Filing f = read(year, quarter, half, enterprise);
        byte[] bytes = FilingWorkbook.write(f, ApiMessages.bundle(ApiMessages.choose(request)));
        return AnnualReportResource.file(bytes, XLSX, FilingWorkbook.fileName(f));
    }

    private Filing read(String year, String quarter, String half, String enterprise) {
        return filings.filing(ApiValues.integer("year", year), ApiValues.integer("quarter", quarter), ApiValues.integer("half", half),
                enterprise);
    }
}
