package com.soegroup.accountability.api.decision;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.decision.DecisionAppealService;
import com.soegroup.accountability.decision.DecisionDetail;
import com.soegroup.accountability.decision.DecisionDocumentService;
import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DecisionPayService;
import com.soegroup.accountability.decision.DecisionReferralService;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionStatus;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * {@code /decisions}: handling decisions of the caller's scope (the deciding unit's for OFFICE, LEADER, AUDITOR),
 * never those of a case the caller is involved in; HR reaches only the pay part of decisions about people of
 * its scope. Anything else is 404.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    private DecisionService decisions;

    @EJB
    private DecisionPayService pays;

    @EJB
    private DecisionReferralService referrals;

    @EJB
    private DecisionAppealService appeals;

    @EJB
    private DecisionDocumentService documents;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "Handling decisions (处理决定) of the caller's scope, newest first; status and text (name, "
            + "employee or decision number) filters, paged (OFFICE, LEADER, AUDITOR)")
    public DecisionDtos.Page list(@QueryParam("status") String status, @QueryParam("q") String text,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        return DecisionDtos.Page.of(decisions.list(ApiValues.code(DecisionStatus.class, "status", status), text,
                page * size, size));
    }

    /** What a decision for each responsible person of a concluded case would start from. */
    @GET
    @Path("proposals")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "For each responsible person of a concluded case, the engine's recommended row and the "
            + "pre-filled decision (query caseNo)")
    public List<DecisionDtos.Proposal> proposals(@QueryParam("caseNo") String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            throw AccountabilityException.invalid("caseNo", "field.required");
        }
        return decisions.proposals(caseNo).stream().map(DecisionDtos.Proposal::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE proposes the decision for a responsible person of a concluded case (caseNo, employeeNo, "
            + "outcome, measures, banYears/banLifetime, percentages, incentive terms, legalBasis, facts, reason); outside "
            + "the recommended row a reason is required, lighter also an approved fault-tolerance or mitigation basis (422)")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = DecisionDtos.Detail.class)))
    public Response propose(DecisionDtos.ProposalRequest r, @Context UriInfo uri) {
        DecisionDetail created = decisions.propose(r.caseNo(), r.employeeNo(), r.decision().data());
        return Response.created(uri.getAbsolutePathBuilder().path(created.decisionNo()).build())
                .entity(DecisionDtos.Detail.of(created)).build();
    }

    @GET
    @Path("{decisionNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "A decision with its referrals, appeals, history and the next steps the caller may take")
    public DecisionDtos.Detail get(@PathParam("decisionNo") String decisionNo) {
        return DecisionDtos.Detail.of(decisions.detail(decisionNo));
    }

    @POST
    @Path("{decisionNo}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE changes a proposed decision (same fields as the proposal, with version)")
    public DecisionDtos.Detail revise(@PathParam("decisionNo") String decisionNo, DecisionDtos.DecisionFields r) {
        return DecisionDtos.Detail.of(decisions.revise(decisionNo, r.data()));
    }

    @POST
    @Path("{decisionNo}/legal-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records the legality review (合法性审查) sign-off with reviewer, reviewedOn, opinion and version")
    public DecisionDtos.Detail legalReview(@PathParam("decisionNo") String decisionNo, DecisionDtos.LegalReviewRequest r) {
        return DecisionDtos.Detail.of(decisions.recordLegalReview(decisionNo, r.reviewer(), r.reviewedOn(), r.opinion(),
                r.version()));
    }

    /** {@code {"to": "APPROVED" | "EFFECTIVE" | "EXECUTED", "date": "...", "note": "...", "version": n}}. */
    @POST
    @Path("{decisionNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    @Operation(summary = "A lifecycle step {to, date, note, version} to APPROVED (LEADER, after the legal review), "
            + "EFFECTIVE (OFFICE, serving date; effects start) or EXECUTED (OFFICE); anything else 409")
    public DecisionDtos.Detail transition(@PathParam("decisionNo") String decisionNo, DecisionDtos.TransitionRequest r) {
        return DecisionDtos.Detail.of(decisions.transition(decisionNo, r.to(), r.date(), r.note(), r.version()));
    }

    @GET
    @Path("{decisionNo}/pay")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    @Operation(summary = "The pay part (no case facts; HR too) — bases from HR's pay data, amounts at the decided "
            + "percentages, other deductions and the highest that applies (M§29), recoveries")
    public DecisionDtos.Pay pay(@PathParam("decisionNo") String decisionNo) {
        return pay(pays.pay(decisionNo));
    }

    @POST
    @Path("{decisionNo}/deductions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records a deduction another organ ordered for the same event (source PARTY_DISCIPLINE "
            + "or GOVERNMENT_DISCIPLINE, amount, reference)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionDtos.Pay.class)))
    public Response deduction(@PathParam("decisionNo") String decisionNo, DecisionDtos.DeductionRequest r) {
        return Response.status(201).entity(pay(pays.recordDeduction(decisionNo, r.source(), r.amount(),
                r.reference()))).build();
    }

    @POST
    @Path("{decisionNo}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    @Operation(summary = "HR or OFFICE records an amount actually recovered (recoveredOn, amount, note)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionDtos.Pay.class)))
    public Response recovery(@PathParam("decisionNo") String decisionNo, DecisionDtos.RecoveryRequest r) {
        return Response.status(201).entity(pay(pays.recordRecovery(decisionNo, r.recoveredOn(), r.amount(),
                r.note()))).build();
    }

    @POST
    @Path("{decisionNo}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records a referral (M§5) with kind DISCIPLINARY or JUDICIAL, organ, referredOn and reference")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionDtos.Detail.class)))
    public Response refer(@PathParam("decisionNo") String decisionNo, DecisionDtos.ReferralRequest r) {
        return Response.status(201).entity(DecisionDtos.Detail.of(referrals.refer(decisionNo, r.kind(), r.organ(),
                r.referredOn(), r.reference()))).build();
    }

    /** The disciplinary sanction that came back: {@code {"sanction", "sanctionedOn", "influenceMonths", "version"}}. */
    @POST
    @Path("{decisionNo}/referrals/{id}/sanction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE records the disciplinary sanction that came back with sanction, sanctionedOn, "
            + "influenceMonths and version")
    public DecisionDtos.Detail sanction(@PathParam("decisionNo") String decisionNo, @PathParam("id") long id,
                                        DecisionDtos.SanctionRequest r) {
        return DecisionDtos.Detail.of(referrals.recordSanction(decisionNo, id, r.sanction(), r.sanctionedOn(),
                r.influenceMonths(), r.version()));
    }

    @POST
    @Path("{decisionNo}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    @Operation(summary = "OFFICE files an appeal (申诉) against a decision in force with filedOn and grounds; it suspends nothing")
    @APIResponse(responseCode = "201", description = "Filed",
            content = @Content(schema = @Schema(implementation = DecisionDtos.Detail.class)))
    public Response appeal(@PathParam("decisionNo") String decisionNo, DecisionDtos.AppealRequest r) {
        return Response.status(201).entity(DecisionDtos.Detail.of(appeals.fileAppeal(decisionNo, r.filedOn(),
                r.grounds()))).build();
    }

    /**
     * {@code {"result": "UPHELD" | "CHANGED" | "REVOKED", "resultOn", "reason", "version", "replacement": {decision
     * fields, "legalReviewer", "legalOpinion"}}}; the replacement only with CHANGED.
     */
    @POST
    @Path("{decisionNo}/appeals/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    @Operation(summary = "LEADER records the appeal's result, UPHELD, REVOKED (effects end on resultOn) or CHANGED with "
            + "a replacement decision in force from resultOn")
    public DecisionDtos.Detail resolve(@PathParam("decisionNo") String decisionNo, @PathParam("id") long id,
                                       DecisionDtos.AppealResultRequest r) {
        return DecisionDtos.Detail.of(appeals.resolveAppeal(decisionNo, id, r.result(), r.resultOn(), r.reason(),
                r.replacement() == null ? null : r.replacement().replacement(), r.version()));
    }

    /** The handling decision (处理决定书) in Chinese, for serving. */
    @GET
    @Path("{decisionNo}/document.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The handling decision (处理决定书) as a PDF for serving, Chinese font embedded")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("decisionNo") String decisionNo) {
        byte[] pdf = documents.documentPdf(decisionNo, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(pdf, "application/pdf", decisionNo, ".pdf");
    }

    /** The same handling decision as a Word document, for the office to edit and stamp. */
    @GET
    @Path("{decisionNo}/document.docx")
    @Produces({DOCX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    @Operation(summary = "The handling decision (处理决定书) as a Word document (DOCX) laid out as an official document, "
            + "the PDF's content, for the office to edit and stamp")
    @APIResponse(responseCode = "200", description = "The DOCX",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response documentDocx(@PathParam("decisionNo") String decisionNo) {
        byte[] docx = documents.documentDocx(decisionNo, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(docx, DOCX, decisionNo, ".docx");
    }

    @GET
    @Path("{decisionNo}/pay-instruction.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    @Operation(summary = "The pay instruction for HR as a PDF (no case facts)")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response payInstructionPdf(@PathParam("decisionNo") String decisionNo) {
        byte[] pdf = documents.payInstruction(decisionNo, false, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(pdf, "application/pdf", decisionNo, "-pay.pdf");
    }

    @GET
    @Path("{decisionNo}/pay-instruction.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    @Operation(summary = "The pay instruction for HR as a worksheet (amounts as numbers)")
    @APIResponse(responseCode = "200", description = "The worksheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response payInstructionXlsx(@PathParam("decisionNo") String decisionNo) {
        byte[] xlsx = documents.payInstruction(decisionNo, true, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(xlsx, XLSX, decisionNo, "-pay.xlsx");
    }

    private DecisionDtos.Pay pay(DecisionPay pay) {
        String missing = pay.missingKey() == null ? null
                : ApiMessages.text(ApiMessages.choose(headers == null ? List.of() : headers.getAcceptableLanguages()),
                pay.missingKey(), pay.missingArgs().stream().map(String::valueOf).toArray());
        return DecisionDtos.Pay.of(pay, missing);
    }

    private static Response file(byte[] content, String type, String decisionNo, String suffix) {
        String name = decisionNo.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + suffix;
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
