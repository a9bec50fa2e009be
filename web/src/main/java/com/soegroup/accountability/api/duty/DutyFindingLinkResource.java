package com.soegroup.accountability.api.duty;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.duty.DutyFindingLinkService;
import com.soegroup.accountability.duty.LinkedDutyRecord;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

import static com.soegroup.accountability.api.ApiValues.name;

/**
 * {@code /investigations/{caseNo}/findings/{employeeNo}/duty-records}: the duty records a subject took part in and
 * those linked to the subject's finding as the evidence of an M§24 circumstance (关联履职记录); within the case's scope,
 * team and recusal (404 outside).
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class DutyFindingLinkResource {

    @EJB
    private DutyFindingLinkService links;

    /** A record as a finding shows it: linked or not, who presided, who voted against, the subject's role and opinion. */
    @Schema(name = "FindingDutyRecord")
    public record Linked(DutyDtos.Summary record, boolean linked, String subjectRole, String subjectOpinion) {
        static List<Linked> of(List<LinkedDutyRecord> lines) {
            return lines.stream().map(l -> new Linked(DutyDtos.Summary.of(l.record()), l.linked(), name(l.subjectRole()),
                    name(l.subjectOpinion()))).toList();
        }
    }

    /** The record to link. */
    @Schema(name = "FindingDutyRecordLink")
    public record LinkRequest(@Schema(required = true) @Size(max = 40) String recordNo) implements ApiRequest {
        static LinkRequest read(JsonInput in) {
            return new LinkRequest(in.text("recordNo", true));
        }
    }

    @GET
    @Path("{caseNo}/findings/{employeeNo}/duty-records")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "The subject's duty records, those linked to the finding first")
    public List<Linked> records(@PathParam("caseNo") String caseNo, @PathParam("employeeNo") String employeeNo) {
        return Linked.of(links.records(caseNo, employeeNo));
    }

    @POST
    @Path("{caseNo}/findings/{employeeNo}/duty-records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Link a duty record the subject took part in to the finding, as the evidence of an M§24 circumstance")
    @APIResponse(responseCode = "201", description = "Linked; the subject's records",
            content = @Content(schema = @Schema(implementation = Linked.class)))
    public Response link(@PathParam("caseNo") String caseNo, @PathParam("employeeNo") String employeeNo, LinkRequest r) {
        return Response.status(201).entity(Linked.of(links.link(caseNo, employeeNo, r.recordNo()))).build();
    }
}
