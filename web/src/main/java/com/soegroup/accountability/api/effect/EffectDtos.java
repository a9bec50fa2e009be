package com.soegroup.accountability.api.effect;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.effect.BanEntry;
import com.soegroup.accountability.effect.EffectService;
import com.soegroup.accountability.effect.PersonEligibility;
import com.soegroup.accountability.rule.effect.Eligibility;
import com.soegroup.accountability.rule.effect.Restriction;
import com.soegroup.accountability.shared.AccountabilityException;
import com.soegroup.accountability.shared.ErrorCode;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The answers of api.md "HR" and "Ban list": the promotion-effects shape of "Rule evaluation" (same field names)
 * with each restriction naming its {@code decisionNo}. Nothing of a case but the decision number.
 */
public final class EffectDtos {

    private EffectDtos() {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"kind", "source", "from", "eligibleFrom", "decisionNo"})
    @Schema(name = "DecisionRestriction")
    public record RestrictionAnswer(String kind, String source, String from, String eligibleFrom, String decisionNo) {

        static RestrictionAnswer of(Restriction r) {
            return new RestrictionAnswer(r.kind().name(), r.source() == null ? null : r.source().name(),
                    ApiValues.date(r.from()), ApiValues.date(r.eligibleFrom()), r.reference());
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"eligibleForPromotion", "eligibleForAnyPost", "eligibleForSeniorManagement", "restrictions"})
    @Schema(name = "PersonEligibility")
    public record EligibilityAnswer(boolean eligibleForPromotion, boolean eligibleForAnyPost,
                                    boolean eligibleForSeniorManagement, List<RestrictionAnswer> restrictions) {

        static EligibilityAnswer of(Eligibility e) {
            return new EligibilityAnswer(e.eligibleForPromotion(), e.eligibleForAnyPost(),
                    e.eligibleForSeniorManagement(), e.restrictions().stream().map(RestrictionAnswer::of).toList());
        }
    }

    /**
     * One line of the list's answer. Found: {@code found} true and the eligibility fields; not found (unknown or
     * outside the caller's scope, which look the same): {@code found} false and {@code error} "NOT_FOUND", the
     * eligibility fields absent (nulls are not written here, unlike the other answers).
     */
    @JsonbPropertyOrder({"employeeNo", "found", "error", "eligibleForPromotion", "eligibleForAnyPost",
            "eligibleForSeniorManagement", "restrictions"})
    @Schema(name = "EligibilityListEntry")
    public record ListEntry(String employeeNo, boolean found, String error, Boolean eligibleForPromotion,
                            Boolean eligibleForAnyPost, Boolean eligibleForSeniorManagement,
                            List<RestrictionAnswer> restrictions) {

        static ListEntry of(PersonEligibility answer) {
            if (!answer.found()) {
                return new ListEntry(answer.employeeNo(), false, ErrorCode.NOT_FOUND.name(), null, null, null, null);
            }
            Eligibility e = answer.eligibility();
            return new ListEntry(answer.employeeNo(), true, null, e.eligibleForPromotion(), e.eligibleForAnyPost(),
                    e.eligibleForSeniorManagement(), e.restrictions().stream().map(RestrictionAnswer::of).toList());
        }
    }

    @JsonbPropertyOrder({"date", "results"})
    @Schema(name = "EligibilityList")
    public record ListAnswer(String date, List<ListEntry> results) {
    }

    /** Up to 10,000 employee numbers, answered in their order; {@code date} defaults to today. */
    @Schema(name = "EligibilityListRequest")
    public record ListRequest(LocalDate date,
                              @Schema(required = true,
                              maxItems = EffectService.MAX_BATCH) List<String> employeeNos) implements ApiRequest {
        static ListRequest read(JsonInput in) {
            LocalDate date = in.dateText("date");
            String field = EffectService.FIELD_EMPLOYEE_NOS;
            if (!in.has(field)) {
                throw in.invalid(field, "effect.batch.empty");
            }
            if (in.length(field) > EffectService.MAX_BATCH) {
                // before reading 10,001 elements only to be refused
                throw AccountabilityException.invalid(field, "effect.batch.tooMany", EffectService.MAX_BATCH);
            }
            return new ListRequest(date, in.texts(field));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"name", "employeeNo", "idHash", "enterprise", "enterpriseName", "decisionNo", "from", "until",
            "legalBasis"})
    public record Ban(String name, String employeeNo, String idHash, String enterprise, String enterpriseName,
                      String decisionNo, String from, String until, String legalBasis) {

        static Ban of(BanEntry b) {
            return new Ban(b.personName(), b.employeeNo(), b.idHash(), b.enterpriseCode(), b.enterpriseName(),
                    b.decisionNo(), ApiValues.date(b.from()), ApiValues.date(b.until()), b.legalBasis());
        }
    }

    @JsonbPropertyOrder({"activeOn", "bans"})
    @Schema(name = "BanList")
    public record BanList(String activeOn, List<Ban> bans) {
    }
}
