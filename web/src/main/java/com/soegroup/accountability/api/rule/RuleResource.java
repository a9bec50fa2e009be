package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.MeasureTaken;
import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Recommendation;
import com.soegroup.accountability.rule.sanction.Responsibility;
import com.soegroup.accountability.ruleset.RuleService;
import com.soegroup.accountability.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;

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
    public RuleDtos.LossLevelAnswer lossLevel(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        LossLevelResult result = rules.lossLevel(in.money("amount", true), in.money("priorYearEndAssets", false),
                in.text("ruleSet", false), in.date("determinationDate", false));
        return RuleDtos.LossLevelAnswer.of(result);
    }

    @POST
    @Path("sanction-recommendation")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public RuleDtos.RecommendationAnswer sanctionRecommendation(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Recommendation recommendation = rules.recommend(in.code("level", LossLevel.class, true),
                in.code("responsibility", Responsibility.class, true), in.codes("aggravating", Aggravating.class),
                in.codes("exclusions", Exclusion.class), in.codes("conditions", MitigatingCondition.class),
                in.text("ruleSet", false), in.date("determinationDate", false));
        return RuleDtos.RecommendationAnswer.of(recommendation);
    }

    @POST
    @Path("promotion-effects")
    @RolesAllowed({Role.R_OFFICE, Role.R_LEADER, Role.R_INVESTIGATOR, Role.R_HR, Role.R_AUDITOR})
    public RuleDtos.EligibilityAnswer promotionEffects(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var measures = in.objects("measures", true, RuleResource::measure);
        Eligibility eligibility = rules.promotionEffects(measures, in.date("disciplinaryEligibleFrom", false),
                in.date("date", false), in.text("ruleSet", false));
        return RuleDtos.EligibilityAnswer.of(eligibility);
    }

    private static MeasureTaken measure(JsonInput in) {
        Measure measure = in.code("measure", Measure.class, true);
        LocalDate effective = in.date("effectiveDate", true);
        Integer banYears = in.integer("banYears");
        boolean lifetime = in.bool("lifetime");
        return new MeasureTaken(measure, effective, banYears, lifetime, null);
    }
}
