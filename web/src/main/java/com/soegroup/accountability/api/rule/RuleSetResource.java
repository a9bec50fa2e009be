package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.rule.set.RuleSet;
import com.soegroup.accountability.rule.set.RuleSetJson;
import com.soegroup.accountability.ruleset.RuleService;
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

    @EJB
    private RuleService rules;

    @GET
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR, Role.R_ADMIN})
    public List<RuleSetSummary> list() {
        return rules.ruleSets().stream().map(RuleSetSummary::of).toList();
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
