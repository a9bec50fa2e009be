package com.soegroup.accountability.api.decision;

import com.soegroup.accountability.api.ApiMessages;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.decision.AppealStatus;
import com.soegroup.accountability.decision.DecisionData;
import com.soegroup.accountability.decision.DecisionDetail;
import com.soegroup.accountability.decision.DecisionPage;
import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DecisionProposal;
import com.soegroup.accountability.decision.DecisionReplacement;
import com.soegroup.accountability.decision.DecisionAppealService;
import com.soegroup.accountability.decision.DecisionDocumentService;
import com.soegroup.accountability.decision.DecisionPayService;
import com.soegroup.accountability.decision.DecisionReferralService;
import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.decision.DecisionTerms;
import com.soegroup.accountability.decision.ReferralKind;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
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

import java.util.ArrayList;
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
    public DecisionPage list(@QueryParam("status") String status, @QueryParam("q") String text,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        ApiValues.checkPaging(page, size, 500);
        DecisionStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = DecisionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AccountabilityException.invalid("status", "field.unknownCode", status);
            }
        }
        return decisions.list(s, text, page * size, size);
    }

    /** What a decision for each responsible person of a concluded case would start from. */
    @GET
    @Path("proposals")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public List<DecisionProposal> proposals(@QueryParam("caseNo") String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            throw AccountabilityException.invalid("caseNo", "field.required");
        }
        return decisions.proposals(caseNo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public Response propose(JsonObject body, @Context UriInfo uri) {
        JsonInput in = JsonInput.of(body);
        DecisionDetail created = decisions.propose(in.text("caseNo", true), in.text("employeeNo", true), data(in));
        return Response.created(uri.getAbsolutePathBuilder().path(created.decisionNo()).build()).entity(created).build();
    }

    @GET
    @Path("{decisionNo}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public DecisionDetail get(@PathParam("decisionNo") String decisionNo) {
        return decisions.detail(decisionNo);
    }

    @POST
    @Path("{decisionNo}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail revise(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        return decisions.revise(decisionNo, data(JsonInput.of(body)));
    }

    @POST
    @Path("{decisionNo}/legal-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail legalReview(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return decisions.recordLegalReview(decisionNo, in.text("reviewer", true), in.date("reviewedOn", true),
                in.text("opinion", true), in.integer("version"));
    }

    /** {@code {"to": "APPROVED" | "EFFECTIVE" | "EXECUTED", "date": "...", "note": "...", "version": n}}. */
    @POST
    @Path("{decisionNo}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER})
    public DecisionDetail transition(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return decisions.transition(decisionNo, in.code("to", DecisionStatus.class, true), in.date("date", false),
                in.text("note", false), in.integer("version"));
    }

    @GET
    @Path("{decisionNo}/pay")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public DecisionDtos.Pay pay(@PathParam("decisionNo") String decisionNo) {
        return pay(pays.pay(decisionNo));
    }

    @POST
    @Path("{decisionNo}/deductions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public Response deduction(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Response.status(201).entity(pay(pays.recordDeduction(decisionNo,
                in.code("source", DeductionSource.class, true), in.money("amount", true), in.text("reference", true)))).build();
    }

    @POST
    @Path("{decisionNo}/recoveries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.R_OFFICE, Role.R_HR})
    public Response recovery(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Response.status(201).entity(pay(pays.recordRecovery(decisionNo, in.date("recoveredOn", true),
                in.money("amount", true), in.text("note", false)))).build();
    }

    @POST
    @Path("{decisionNo}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public Response refer(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Response.status(201).entity(referrals.refer(decisionNo, in.code("kind", ReferralKind.class, true),
                in.text("organ", true), in.date("referredOn", true), in.text("reference", true))).build();
    }

    /** The disciplinary sanction that came back: {@code {"sanction", "sanctionedOn", "influenceMonths", "version"}}. */
    @POST
    @Path("{decisionNo}/referrals/{id}/sanction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public DecisionDetail sanction(@PathParam("decisionNo") String decisionNo, @PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return referrals.recordSanction(decisionNo, id, in.text("sanction", true), in.date("sanctionedOn", true),
                in.integer("influenceMonths"), in.integer("version"));
    }

    @POST
    @Path("{decisionNo}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_OFFICE)
    public Response appeal(@PathParam("decisionNo") String decisionNo, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return Response.status(201).entity(appeals.fileAppeal(decisionNo, in.date("filedOn", true),
                in.text("grounds", true))).build();
    }

    /**
     * {@code {"result": "UPHELD" | "CHANGED" | "REVOKED", "resultOn", "reason", "version", "replacement": {decision
     * fields, "legalReviewer", "legalOpinion"}}}; the replacement only with CHANGED.
     */
    @POST
    @Path("{decisionNo}/appeals/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_LEADER)
    public DecisionDetail resolve(@PathParam("decisionNo") String decisionNo, @PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        AppealStatus result = in.code("result", AppealStatus.class, true);
        JsonInput changed = in.object("replacement", result == AppealStatus.CHANGED);
        DecisionReplacement replacement = changed == null ? null
                : new DecisionReplacement(data(changed), changed.text("legalReviewer", true), changed.text("legalOpinion", true));
        return appeals.resolveAppeal(decisionNo, id, result, in.date("resultOn", true), in.text("reason", true),
                replacement, in.integer("version"));
    }

    /** The handling decision (处理决定书) in Chinese, for serving. */
    @GET
    @Path("{decisionNo}/document.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR})
    public Response document(@PathParam("decisionNo") String decisionNo) {
        byte[] pdf = documents.documentPdf(decisionNo, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(pdf, "application/pdf", decisionNo, ".pdf");
    }

    @GET
    @Path("{decisionNo}/pay-instruction.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
    public Response payInstructionPdf(@PathParam("decisionNo") String decisionNo) {
        byte[] pdf = documents.payInstruction(decisionNo, false, key -> ApiMessages.text(Locale.SIMPLIFIED_CHINESE, key));
        return file(pdf, "application/pdf", decisionNo, "-pay.pdf");
    }

    @GET
    @Path("{decisionNo}/pay-instruction.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_AUDITOR, Role.R_HR})
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

    /** The decision fields shared by a proposal, a revision and an appeal's replacement. */
    static DecisionData data(JsonInput in) {
        List<Measure> measures = new ArrayList<>(in.codes("measures", Measure.class));
        DecisionTerms terms = new DecisionTerms(measures, in.integer("banYears"), in.bool("banLifetime"),
                in.money("performanceSalaryPercent", false), in.money("termIncentivePercent", false),
                in.bool("deferPerformanceSalary"), in.bool("endUnexercisedRights"), in.integer("handBackYears"),
                in.integer("incentiveBarYears"), in.bool("incentiveBarPermanent"));
        return new DecisionData(in.code("outcome", Outcome.class, true), terms, in.text("legalBasis", true),
                in.text("facts", true), in.text("reason", false), in.integer("version"));
    }
}
