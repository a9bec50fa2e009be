package com.soegroup.accountability.api.rule;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.ruleset.RuleSetFilingSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/** The records of {@code /rules/sets/{code}/filings}. */
public final class RuleSetFilingDtos {

    private RuleSetFilingDtos() {
    }

    /** A filing: which version of the set's record was filed, when, under which reference, with whom, by whom. */
    @JsonbNillable
    @Schema(name = "RuleSetFiling")
    public record Filing(long id, String ruleSet, int ruleSetVersion, LocalDate filedOn, String reference,
                         String filedWith, String note, String recordedBy, Instant recordedAt) {
        static Filing of(RuleSetFilingSummary f) {
            return new Filing(f.id(), f.ruleSetCode(), f.ruleSetVersion(), f.filedOn(), f.reference(), f.filedWith(),
                    f.note(), f.recordedBy(), f.recordedAt());
        }
    }

    /** Records a filing of the version read ({@code version}: the set's record version). */
    @Schema(name = "RuleSetFilingRequest")
    public record FilingRequest(@Schema(required = true) LocalDate filedOn,
                                @Schema(required = true) @Size(max = 100) String reference,
                                @Schema(required = true) @Size(max = 200) String filedWith,
                                @Size(max = 1000) String note,
                                @Schema(required = true) Integer version) implements ApiRequest {
        static FilingRequest read(JsonInput in) {
            return new FilingRequest(in.date("filedOn", false), in.untrimmed("reference"), in.untrimmed("filedWith"),
                    in.untrimmed("note"), in.integer("version"));
        }
    }
}
