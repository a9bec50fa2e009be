package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** api.md "Rule evaluation": stateless answers of the rule engine under the rule set in force. */
@Path("rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {

    @EJB
    private RuleService rules;

    @POST
    @Path("loss-level")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    @Operation(summary = "Loss level of one loss (rules.md §2; OFFICE, LEADER, INVESTIGATOR, HR, AUDITOR)")
    public RuleDtos.LossLevelAnswer lossLevel(RuleDtos.LossLevelRequest r) {
        return RuleDtos.LossLevelAnswer.of(rules.lossLevel(r.amount(), r.priorYearEndAssets(), r.ruleSet(),
                r.determinationDate()));
    }

    @POST
    @Path("sanction-recommendation")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    @Operation(summary = "The sanction matrix row after aggravation and fault tolerance (rules.md §5–§7)")
    public RuleDtos.RecommendationAnswer sanctionRecommendation(RuleDtos.RecommendationRequest r) {
        return RuleDtos.RecommendationAnswer.of(rules.recommend(r.level(), r.responsibility(), r.aggravating(),
                r.exclusions(), r.conditions(), r.ruleSet(), r.determinationDate()));
    }

    @POST
    @Path("promotion-effects")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    @Operation(summary = "Restrictions in force on a date for given measures (rules.md §8, M§30)")
    public RuleDtos.EligibilityAnswer promotionEffects(RuleDtos.PromotionEffectsRequest r) {
        return RuleDtos.EligibilityAnswer.of(rules.promotionEffects(r.taken(), r.disciplinaryEligibleFrom(), r.date(),
                r.ruleSet()));
    }
}
