package com.soegroup.accountability.api.finding;

import com.soegroup.accountability.investigation.FindingService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /investigations/{caseNo}/findings…}: responsibility findings, fault tolerance and the handling unit of a
 * case, for the callers who may read it.
 */
@Path("investigations")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    @EJB
    private FindingService findings;

    @GET
    @Path("{caseNo}/findings")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_AUDITOR})
    @Operation(summary = "Responsibility findings and fault-tolerance evaluations per subject, the level, and the "
            + "jurisdiction proposal")
    public FindingDtos.Findings findings(@PathParam("caseNo") String caseNo) {
        return FindingDtos.Findings.of(findings.findings(caseNo));
    }

    /** The responsibility finding for one subject (created, or replaced with the version read). */
    @POST
    @Path("{caseNo}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "Record a subject's responsibility (M§24 circumstances required for an enterprise head with "
            + "DIRECT)")
    public FindingDtos.Findings recordFinding(@PathParam("caseNo") String caseNo, FindingDtos.FindingRequest r) {
        return FindingDtos.Findings.of(findings.recordFinding(caseNo, r.employeeNo(), r.data()));
    }

    /** A fault-tolerance evaluation for one subject; refused (422) with any exclusion whatever outcome is sent. */
    @POST
    @Path("{caseNo}/fault-tolerance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_INVESTIGATOR})
    @Operation(summary = "A fault-tolerance evaluation (exclusions, conditions with evidence, outcome from the engine's "
            + "allowed outcomes)")
    public FindingDtos.Findings evaluate(@PathParam("caseNo") String caseNo, FindingDtos.EvaluationRequest r) {
        return FindingDtos.Findings.of(findings.evaluate(caseNo, r.employeeNo(), r.data()));
    }

    @POST
    @Path("{caseNo}/fault-tolerance/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER approves a subject's fault-tolerance evaluation")
    public FindingDtos.Findings approve(@PathParam("caseNo") String caseNo, FindingDtos.ApprovalRequest r) {
        return FindingDtos.Findings.of(findings.approve(caseNo, r.employeeNo(), r.version(), r.note()));
    }

    /** OFFICE confirms the handling unit (the proposal, or another with a reason); the case moves into its scope. */
    @POST
    @Path("{caseNo}/jurisdiction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE confirms or changes (with a reason) the proposed handling unit; the case moves into its "
            + "scope: a hand-over with its date and reference number, or the owner institution's taking it (M§36)")
    public FindingDtos.Jurisdiction jurisdiction(@PathParam("caseNo") String caseNo, FindingDtos.JurisdictionRequest r) {
        return FindingDtos.Jurisdiction.of(findings.confirmJurisdiction(caseNo, r.data()));
    }
}
