package com.soegroup.accountability.rule;

import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.rule.level.LossLevelResult;
import com.soegroup.accountability.rule.sanction.PercentRange;
import com.soegroup.accountability.rule.sanction.Recommendation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;

/**
 * Renders engine results in api.md's response shapes, so tests can hold them against the examples of api.md
 * verbatim. Test-only: the API layer owns the real mapping.
 */
public final class ApiShape {

    private ApiShape() {
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static JsonObject lossLevel(LossLevelResult result) {
        return Json.createObjectBuilder()
                .add("level", result.level().name())
                .add("byAmount", result.byAmount().name())
                .add("byShare", result.byShare() == null ? JsonValue.NULL : Json.createValue(result.byShare().name()))
                .add("assetsMissing", result.assetsMissing())
                .add("ruleSet", result.ruleSetCode())
                .build();
    }

    public static JsonObject recommendation(Recommendation r) {
        JsonArrayBuilder measures = Json.createArrayBuilder();
        r.measures().forEach(m -> measures.add(m.name()));
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        r.outcomes().forEach(o -> outcomes.add(o.name()));
        return Json.createObjectBuilder()
                .add("measures", measures)
                .add("performanceSalaryPercent", range(r.performanceSalaryPercent()))
                .add("termIncentivePercent", range(r.termIncentivePercent()))
                .add("deferPerformanceSalary", r.deferPerformanceSalary())
                .add("endUnexercisedRights", r.endUnexercisedRights())
                .add("handBackYears", r.handBackYears() == null ? JsonValue.NULL : Json.createValue(r.handBackYears()))
                .add("incentiveBarYears", r.incentiveBarYears() == null ? JsonValue.NULL
                        : Json.createValue(r.incentiveBarYears()))
                .add("incentiveBarPermanent", r.incentiveBarPermanent())
                .add("faultToleranceAllowed", r.faultToleranceAllowed())
                .add("outcomes", outcomes)
                .build();
    }

    public static JsonObject eligibility(Eligibility e) {
        JsonArrayBuilder restrictions = Json.createArrayBuilder();
        for (Restriction r : e.restrictions()) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("kind", r.kind().name())
                    .add("source", r.source() == null ? JsonValue.NULL : Json.createValue(r.source().name()))
                    .add("from", r.from() == null ? JsonValue.NULL : Json.createValue(r.from().toString()))
                    .add("eligibleFrom", r.eligibleFrom() == null ? JsonValue.NULL
                            : Json.createValue(r.eligibleFrom().toString()));
            if (r.reference() != null) {
                item.add("reference", r.reference());
            }
            restrictions.add(item);
        }
        return Json.createObjectBuilder()
                .add("eligibleForPromotion", e.eligibleForPromotion())
                .add("eligibleForAnyPost", e.eligibleForAnyPost())
                .add("eligibleForSeniorManagement", e.eligibleForSeniorManagement())
                .add("restrictions", restrictions)
                .build();
    }

    private static JsonValue range(PercentRange range) {
        return range == null ? JsonValue.NULL : Json.createObjectBuilder()
                .add("min", range.min())
                .add("max", range.max())
                .build();
    }
}
