package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.rule.RuleInputException;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.ruleset.RuleSetAdminService;
import com.soegroup.accountability.shared.AccountabilityException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.List;

/** {@code GET /rules/sets} and {@code /rules/sets/{code}}: which rule sets exist, and one in full. */
@Path("rules/sets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    @JsonbNillable
    @JsonbPropertyOrder({"code", "issuer", "title", "effectiveFrom", "filingDate", "status", "tablesReviewed"})
    public record RuleSetSummary(String code, String issuer, String title, String effectiveFrom, String filingDate,
                                 String status, boolean tablesReviewed) {

        static RuleSetSummary of(RuleSet set) {
            return new RuleSetSummary(set.code(), set.issuer(), set.title(), set.effectiveFrom().toString(),
                    set.filingDate() == null ? null : set.filingDate().toString(), set.status().name(),
                    set.tablesReviewed());
        }
    }

    /** What an administrator's change answers: the set's state and the version to name in the next change. */
    @JsonbNillable
    @JsonbPropertyOrder({"code", "issuer", "title", "effectiveFrom", "filingDate", "status", "tablesReviewed",
            "derivedFrom", "version"})
    public record AdministeredRuleSet(String code, String issuer, String title, String effectiveFrom, String filingDate,
                                      String status, boolean tablesReviewed, String derivedFrom, int version) {

        static AdministeredRuleSet of(RuleSetAdminService.Versioned versioned) {
            RuleSetSummary s = RuleSetSummary.of(versioned.set());
            return new AdministeredRuleSet(s.code(), s.issuer(), s.title(), s.effectiveFrom(), s.filingDate(), s.status(),
                    s.tablesReviewed(), versioned.derivedFrom(), versioned.version());
        }
    }

    @EJB
    private RuleService rules;

    @EJB
    private RuleSetAdminService admin;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<RuleSetSummary> list() {
        return rules.ruleSets().stream().map(RuleSetSummary::of).toList();
    }

    @GET
    @Path("{code}/administration")
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet administration(@PathParam("code") String code) {
        return AdministeredRuleSet.of(admin.get(code));
    }

    /** Copies a set to a new draft: {@code {"code": ..., "title": ..., "effectiveFrom": ...}}. */
    @POST
    @Path("{code}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public Response copy(@PathParam("code") String code, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var copy = admin.copyToDraft(code, in.text("code", true), in.text("title", true), in.date("effectiveFrom", true));
        return Response.status(Response.Status.CREATED).entity(AdministeredRuleSet.of(copy)).build();
    }

    /** Replaces a draft by the document sent (the format of GET /rules/sets/{code}); {@code ?version=} is required. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet update(@PathParam("code") String code, @QueryParam("version") Integer version,
                                      InputStream document) {
        RuleSet edited;
        try {
            edited = RuleSetJson.read(document);
        } catch (RuleInputException e) {
            // the codec names fields as "$.lossLevels[2]"; the API's fields are paths within the body
            throw AccountabilityException.invalid(e.field() == null ? null : e.field().replaceFirst("^\\$\\.?", ""),
                    e.bundleKey());
        }
        return AdministeredRuleSet.of(admin.updateDraft(code, requiredVersion(version), edited));
    }

    @POST
    @Path("{code}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet confirmReviewed(@PathParam("code") String code, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return AdministeredRuleSet.of(admin.confirmReviewed(code, version(in)));
    }

    @POST
    @Path("{code}/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet recordFiling(@PathParam("code") String code, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return AdministeredRuleSet.of(admin.recordFiling(code, version(in), in.date("filingDate", true)));
    }

    @POST
    @Path("{code}/in-force")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet putInForce(@PathParam("code") String code, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return AdministeredRuleSet.of(admin.putInForce(code, version(in), in.date("effectiveFrom", true)));
    }

    @POST
    @Path("{code}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.R_ADMIN)
    public AdministeredRuleSet retire(@PathParam("code") String code, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        return AdministeredRuleSet.of(admin.retire(code, version(in)));
    }

    private static int version(JsonInput in) {
        return requiredVersion(in.integer("version"));
    }

    private static int requiredVersion(Integer version) {
        if (version == null) {
            throw AccountabilityException.invalid("version", "input.required");
        }
        return version;
    }

    /** The whole set in the document format the rule sets are kept in: every number with its article. */
    @GET
    @Path("{code}")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public StreamingOutput one(@PathParam("code") String code) {
        RuleSet set = rules.ruleSet(code);
        return out -> RuleSetJson.write(set, out);
    }
}
