package com.soegroup.accountability.api.finding;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.api.rule.CircumstanceDtos;
import com.soegroup.accountability.investigation.CaseFindings;
import com.soegroup.accountability.investigation.EvaluationData;
import com.soegroup.accountability.investigation.EvaluationDetail;
import com.soegroup.accountability.investigation.FindingData;
import com.soegroup.accountability.investigation.FindingDetail;
import com.soegroup.accountability.investigation.HeadCircumstance;
import com.soegroup.accountability.investigation.JurisdictionData;
import com.soegroup.accountability.investigation.JurisdictionProposal;
import com.soegroup.accountability.rule.sanction.Aggravating;
import com.soegroup.accountability.rule.sanction.Exclusion;
import com.soegroup.accountability.rule.sanction.MitigatingCondition;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.Responsibility;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.EnumMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shapes of a case's findings: responsibility per subject, fault-tolerance evaluations, and the proposed
 * handling unit; with the requests that record them.
 */
public final class FindingDtos {

    private FindingDtos() {
    }

    /**
     * A subject's fault-tolerance evaluation and its approval; {@code exemptions} the matters of the rule set's
     * exemption list found to apply (codes such as {@code O46-2026-2}) and {@code exemptionCitations} how the decision
     * cites them.
     */
    @Schema(name = "FaultToleranceEvaluation")
    public record Evaluation(List<String> exclusions, List<String> conditions, String conditionEvidence, String outcome,
                             String ruleSet, String status, String proposedBy, String approvedBy, Instant approvedAt,
                             String approvalNote, int version, List<String> exemptions, List<String> exemptionCitations) {
        static Evaluation of(EvaluationDetail e) {
            return e == null ? null : new Evaluation(names(e.exclusions()), names(e.conditions()),
                    e.conditionEvidence(), ApiValues.name(e.outcome()), e.ruleSet(), ApiValues.name(e.status()),
                    e.proposedBy(), e.approvedBy(), e.approvedAt(), e.approvalNote(), e.version(), e.exemptions(),
                    e.exemptionCitations());
        }
    }

    /** A subject with the responsibility found, the outcomes the engine allows, and the evaluation if any. */
    @Schema(name = "Finding")
    public record Finding(String employeeNo, String name, boolean enterpriseHead, String responsibility, String facts,
                          String evidence, List<String> circumstances, List<String> aggravating,
                          String aggravatingReason, Integer version, List<String> allowedOutcomes,
                          Evaluation evaluation, List<CircumstanceDtos.Cited> violations) {
        static Finding of(FindingDetail f) {
            return new Finding(f.employeeNo(), f.name(), f.enterpriseHead(), ApiValues.name(f.responsibility()),
                    f.facts(), f.evidence(), names(f.circumstances()), names(f.aggravating()), f.aggravatingReason(),
                    f.version(), names(f.allowedOutcomes()), Evaluation.of(f.evaluation()),
                    CircumstanceDtos.Cited.of(f.violations()));
        }
    }

    /** The handling unit the rules propose for the case, and the key of the sentence that says why. */
    @Schema(name = "JurisdictionProposal")
    public record Jurisdiction(String level, String currentUnit, String proposedUnit, boolean ownerInstitution,
                               String basisKey, String currentUnitName, String proposedUnitName, boolean confirmed,
                               LocalDate handedOverOn, String reference, boolean takenByOwnerInstitution) {
        static Jurisdiction of(JurisdictionProposal j) {
            return j == null ? null : new Jurisdiction(ApiValues.name(j.level()), j.currentUnit(), j.proposedUnit(),
                    j.ownerInstitution(), j.basisKey(), j.currentUnitName(), j.proposedUnitName(), j.confirmed(),
                    j.handedOverOn(), j.reference(), j.takenByOwnerInstitution());
        }
    }

    @Schema(name = "CaseFindings")
    public record Findings(String caseNo, String level, List<Finding> subjects, Jurisdiction jurisdiction) {
        static Findings of(CaseFindings c) {
            return new Findings(c.caseNo(), ApiValues.name(c.level()),
                    c.subjects() == null ? null : c.subjects().stream().map(Finding::of).toList(),
                    Jurisdiction.of(c.jurisdiction()));
        }
    }

    /**
     * A subject's responsibility; M§24 circumstances are required for an enterprise head with DIRECT. {@code violations}
     * are the codes of the circumstances found ("12-3", M§7–M§16), required of every finding before the report is
     * approved; absent leaves them as none.
     */
    public record FindingRequest(@Schema(required = true) @Size(max = 32) String employeeNo,
                                 @Schema(required = true) Responsibility responsibility,
                                 @Schema(required = true) @Size(max = 4000) String facts,
                                 @Schema(required = true) @Size(max = 1000) String evidence,
                                 Set<HeadCircumstance> circumstances, Set<Aggravating> aggravating,
                                 @Size(max = 2000) String aggravatingReason, Integer version,
                                 @Size(max = 100) List<String> violations) implements ApiRequest {
        static FindingRequest read(JsonInput in) {
            return new FindingRequest(in.text("employeeNo", true),
                    in.code("responsibility", Responsibility.class, true), in.text("facts", true),
                    in.text("evidence", true), in.codes("circumstances", HeadCircumstance.class),
                    in.codes("aggravating", Aggravating.class), in.text("aggravatingReason", false),
                    in.integer("version"), in.texts("violations"));
        }

        FindingData data() {
            return new FindingData(responsibility, facts, evidence, circumstances, aggravating, aggravatingReason,
                    version, violations);
        }
    }

    /** A mitigating condition claimed, with its evidence. */
    @Schema(name = "ConditionClaim")
    public record Condition(@Schema(required = true) MitigatingCondition code, @Size(max = 4000) String evidence) {
        static Condition read(JsonInput in) {
            MitigatingCondition code = in.code("code", MitigatingCondition.class, true);
            String evidence = in.text("evidence", false);
            return new Condition(code, evidence == null ? "" : evidence);
        }
    }

    /**
     * A fault-tolerance evaluation; refused (422) with any exclusion, whatever outcome is sent. {@code exemptions}: codes
     * of matters of the rule set's exemption list ({@code GET /rules/sets/{code}} lists them) found to apply.
     */
    @Schema(name = "FaultToleranceRequest")
    public record EvaluationRequest(@Schema(required = true) @Size(max = 32) String employeeNo, List<Condition> conditions,
                                    Set<Exclusion> exclusions,
                                    @Schema(required = true) Outcome outcome, List<String> exemptions) implements ApiRequest {
        static EvaluationRequest read(JsonInput in) {
            return new EvaluationRequest(in.text("employeeNo", true), in.objects("conditions", false, Condition::read),
                    in.codes("exclusions", Exclusion.class), in.code("outcome", Outcome.class, true), in.texts("exemptions"));
        }

        EvaluationData data() {
            Map<MitigatingCondition, String> claimed = new EnumMap<>(MitigatingCondition.class);
            conditions.forEach(c -> claimed.put(c.code(), c.evidence()));
            return new EvaluationData(exclusions, claimed, outcome, exemptions);
        }
    }

    @Schema(name = "FaultToleranceApproval")
    public record ApprovalRequest(@Schema(required = true) @Size(max = 32) String employeeNo, Integer version,
                                  @Size(max = 2000) String note) implements ApiRequest {
        static ApprovalRequest read(JsonInput in) {
            return new ApprovalRequest(in.text("employeeNo", true), in.integer("version"), in.text("note", false));
        }
    }

    /**
     * The proposed unit confirmed (no {@code unit}), or another with a reason; when the case moves, the hand-over's
     * {@code reference} number (required) and date {@code handedOverOn} (default today); {@code ownerInstitution}
     * true when the owner institution takes the case (M§36).
     */
    public record JurisdictionRequest(@Size(max = 20) String unit, @Size(max = 2000) String reason,
                                      Integer version, LocalDate handedOverOn, @Size(max = 100) String reference,
                                      boolean ownerInstitution) implements ApiRequest {
        static JurisdictionRequest read(JsonInput in) {
            return new JurisdictionRequest(in.text("unit", false), in.text("reason", false), in.integer("version"),
                    in.dateText("handedOverOn"), in.text("reference", false),
                    in.bool("ownerInstitution"));
        }

        JurisdictionData data() {
            return new JurisdictionData(unit, reason, handedOverOn, reference, ownerInstitution, version);
        }
    }

    static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }
}
