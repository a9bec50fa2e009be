package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonBody;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.ruleset.CircumstanceService;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.ruleset.RuleSetAdminService;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /rules/sets}: which rule sets exist, one in full, and ADMIN's administration of drafts. A set's document is
 * read and written in the format the rule sets are kept in, by the engine's own codec.
 */
@Path("rules/sets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    @EJB
    private RuleService rules;

    @EJB
    private RuleSetAdminService admin;

    @EJB
    private CircumstanceService circumstances;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The rule sets (any role but LIAISON)")
    public List<RuleDtos.RuleSetSummary> list() {
        return rules.ruleSets().stream().map(RuleDtos.RuleSetSummary::of).toList();
    }

    @GET
    @Path("{code}/administration")
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "The set's state and record version (ADMIN)")
    public RuleDtos.AdministeredRuleSet administration(@PathParam("code") String code) {
        return RuleDtos.AdministeredRuleSet.of(admin.get(code));
    }

    @POST
    @Path("{code}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Copy to a new draft (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RuleDtos.AdministeredRuleSet.class)))
    public Response copy(@PathParam("code") String code, RuleDtos.CopyRequest r) {
        var copy = admin.copyToDraft(code, r.code(), r.title(), r.effectiveFrom());
        return Response.status(Response.Status.CREATED).entity(RuleDtos.AdministeredRuleSet.of(copy)).build();
    }

    /**
     * Replaces a draft by the document sent (the format of GET /rules/sets/{code}); {@code ?version=} is required. The
     * document is checked as every body is ({@link JsonBody}: NUL, texts, numbers) before the engine's codec reads it.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Replace a draft by the document sent (ADMIN); ?version= is the record version read")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RuleDtos.Document.class)))
    public RuleDtos.AdministeredRuleSet update(@PathParam("code") String code,
                                               @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER))
                                               @QueryParam("version") String version,
                                               InputStream document) throws IOException {
        Integer read = ApiValues.integer("version", version);
        byte[] body = document.readNBytes(JsonBody.MAX_BYTES + 1);
        if (body.length > JsonBody.MAX_BYTES) {
            throw AccountabilityException.invalid(null, "request.body.tooLarge", JsonBody.MAX_BYTES / 1024);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw AccountabilityException.invalid(null, "request.body.required");
        }
        JsonBody.parse(text, null);
        RuleSet edited;
        try {
            edited = RuleSetJson.read(new ByteArrayInputStream(body));
        } catch (RuleInputException e) {
            // the codec names fields as "$.lossLevels[2]"; the API's fields are paths within the body
            throw AccountabilityException.invalid(e.field() == null ? null : e.field().replaceFirst("^\\$\\.?", ""),
                    e.bundleKey());
        }
        return RuleDtos.AdministeredRuleSet.of(admin.updateDraft(code, RuleDtos.requiredVersion(read), edited));
    }

    @POST
    @Path("{code}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Confirm the tables were reviewed (ADMIN)")
    public RuleDtos.AdministeredRuleSet confirmReviewed(@PathParam("code") String code, RuleDtos.VersionRequest r) {
        return RuleDtos.AdministeredRuleSet.of(admin.confirmReviewed(code, r.version()));
    }

    @POST
    @Path("{code}/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Record the filing date (备案, ADMIN)")
    public RuleDtos.AdministeredRuleSet recordFiling(@PathParam("code") String code, RuleDtos.FilingRequest r) {
        return RuleDtos.AdministeredRuleSet.of(admin.recordFiling(code, r.version(), r.filingDate()));
    }

    @POST
    @Path("{code}/in-force")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Put a reviewed draft in force from a date (ADMIN)")
    public RuleDtos.AdministeredRuleSet putInForce(@PathParam("code") String code, RuleDtos.InForceRequest r) {
        return RuleDtos.AdministeredRuleSet.of(admin.putInForce(code, r.version(), r.effectiveFrom()));
    }

    @POST
    @Path("{code}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    @Operation(summary = "Retire a set in force (ADMIN)")
    public RuleDtos.AdministeredRuleSet retire(@PathParam("code") String code, RuleDtos.VersionRequest r) {
        return RuleDtos.AdministeredRuleSet.of(admin.retire(code, r.version()));
    }

    /** The set's circumstance catalogue (M§7–M§16 for the municipal set, O63 二 for the central set). */
    @GET
    @Path("{code}/circumstances")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_LIAISON, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The circumstances (违规情形) a rule set lists, article by article and item by item; 404 for a set without")
    public CircumstanceDtos.Catalogue circumstances(@PathParam("code") String code) {
        return CircumstanceDtos.Catalogue.of(circumstances.catalogue(code));
    }

    /** The set's exemption list (免责事项清单): Order No. 46's for the central set, none for the municipal set. */
    @GET
    @Path("{code}/exemptions")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "The exempted matters (免责事项清单) a rule set adopts with their conditions and citations, "
            + "offered in the fault-tolerance evaluation; empty matters for a set without a list")
    public ExemptionDtos.Exemptions exemptions(@PathParam("code") String code) {
        return ExemptionDtos.Exemptions.of(rules.ruleSet(code));
    }

    /** The whole set in the document format the rule sets are kept in: every number with its article. */
    @GET
    @Path("{code}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    @Operation(summary = "One rule set in full (every threshold, row and period with its article)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = RuleDtos.Document.class)))
    public StreamingOutput one(@PathParam("code") String code) {
        RuleSet set = rules.ruleSet(code);
        return out -> RuleSetJson.write(set, out);
    }
}
