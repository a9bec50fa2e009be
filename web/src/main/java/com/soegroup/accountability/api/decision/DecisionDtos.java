package com.soegroup.accountability.api.decision;

import com.soegroup.accountability.api.ApiRequest;
import com.soegroup.accountability.api.ApiValues;
import com.soegroup.accountability.api.JsonInput;
import com.soegroup.accountability.api.rule.CircumstanceDtos;
import com.soegroup.accountability.decision.AppealDetail;
import com.soegroup.accountability.decision.AppealStatus;
import com.soegroup.accountability.decision.DecisionData;
import com.soegroup.accountability.decision.DecisionDetail;
import com.soegroup.accountability.decision.DecisionHistoryEntry;
import com.soegroup.accountability.decision.DecisionPage;
import com.soegroup.accountability.decision.DecisionPay;
import com.soegroup.accountability.decision.DecisionProposal;
import com.soegroup.accountability.decision.DecisionReplacement;
import com.soegroup.accountability.decision.DecisionStatus;
import com.soegroup.accountability.decision.DecisionSummary;
import com.soegroup.accountability.decision.DecisionTerms;
import com.soegroup.accountability.decision.DeductionLine;
import com.soegroup.accountability.decision.RecommendedSanction;
import com.soegroup.accountability.decision.ReferralDetail;
import com.soegroup.accountability.decision.ReferralKind;
import com.soegroup.accountability.rule.payback.DeductionSource;
import com.soegroup.accountability.rule.sanction.Measure;
import com.soegroup.accountability.rule.sanction.Outcome;
import com.soegroup.accountability.rule.sanction.PercentRange;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.soegroup.accountability.api.ApiValues.money;

/**
 * The JSON shapes of /decisions: a decision with its referrals, appeals and history, the proposals for a concluded
 * case, the pay part (money as strings with two decimals, api.md), and the requests of its lifecycle.
 */
public final class DecisionDtos {

    private DecisionDtos() {
    }

    // --- answers ----------------------------------------------------------------------------------------------

    @Schema(name = "DecisionSummary")
    public record Summary(String decisionNo, String caseNo, String employeeNo, String name, String enterprise,
                          List<String> measures, String outcome, String status, LocalDate servedOn, LocalDate endedOn,
                          String deviation) {
        static Summary of(DecisionSummary s) {
            return new Summary(s.decisionNo(), s.caseNo(), s.employeeNo(), s.name(), s.enterprise(),
                    names(s.measures()), ApiValues.name(s.outcome()), ApiValues.name(s.status()), s.servedOn(),
                    s.endedOn(), ApiValues.name(s.deviation()));
        }
    }

    /** A page of decisions, newest first. */
    @Schema(name = "DecisionPage")
    public record Page(List<Summary> rows, long total) {
        static Page of(DecisionPage p) {
            return new Page(p.rows().stream().map(Summary::of).toList(), p.total());
        }
    }

    /** What a decision imposes; percentages as numbers. */
    @Schema(name = "DecisionTerms")
    public record Terms(List<String> measures, Integer banYears, boolean banLifetime,
                        BigDecimal performanceSalaryPercent, BigDecimal termIncentivePercent,
                        boolean deferPerformanceSalary, boolean endUnexercisedRights, Integer handBackYears,
                        Integer incentiveBarYears, boolean incentiveBarPermanent) {
        static Terms of(DecisionTerms t) {
            return t == null ? null : new Terms(names(t.measures()), t.banYears(), t.banLifetime(),
                    t.performanceSalaryPercent(), t.termIncentivePercent(), t.deferPerformanceSalary(),
                    t.endUnexercisedRights(), t.handBackYears(), t.incentiveBarYears(), t.incentiveBarPermanent());
        }
    }

    @Schema(name = "DecisionReferral")
    public record Referral(long id, String kind, String organ, LocalDate referredOn, String reference, String sanction,
                           LocalDate sanctionedOn, LocalDate eligibleFrom, int version) {
        static Referral of(ReferralDetail r) {
            return new Referral(r.id(), ApiValues.name(r.kind()), r.organ(), r.referredOn(), r.reference(),
                    r.sanction(), r.sanctionedOn(), r.eligibleFrom(), r.version());
        }
    }

    @Schema(name = "DecisionAppeal")
    public record Appeal(long id, LocalDate filedOn, String grounds, String status, LocalDate resultOn,
                         String resultReason, String replacementNo, String filedBy, String resolvedBy, int version) {
        static Appeal of(AppealDetail a) {
            return new Appeal(a.id(), a.filedOn(), a.grounds(), ApiValues.name(a.status()), a.resultOn(),
                    a.resultReason(), a.replacementNo(), a.filedBy(), a.resolvedBy(), a.version());
        }
    }

    @Schema(name = "DecisionHistoryEntry")
    public record HistoryEntry(Instant at, String userId, String action, String from, String to, String reason,
                               String details) {
        static HistoryEntry of(DecisionHistoryEntry h) {
            return new HistoryEntry(h.at(), h.userId(), ApiValues.name(h.action()), ApiValues.name(h.from()),
                    ApiValues.name(h.to()), h.reason(), h.details());
        }
    }

    /** A decision with its referrals, appeals, history and the next steps the caller may take. */
    @Schema(name = "Decision")
    public record Detail(String decisionNo, String caseNo, String status, String employeeNo, String name,
                         String enterpriseCode, String enterpriseName, String ownerCode, String ownerName,
                         String responsibility, String level, String ruleSet, LocalDate determinationDate,
                         String outcome, Terms terms, String legalBasis, String facts, String deviation,
                         String deviationReason, String lighterBasis, String legalReviewer, LocalDate legalReviewedOn,
                         String legalOpinion, String proposedBy, String approvedBy, LocalDate approvedOn,
                         LocalDate servedOn, LocalDate periodStart, LocalDate executedOn, String executionNote,
                         LocalDate endedOn, String replacesNo, String replacedByNo, List<Referral> referrals,
                         List<Appeal> appeals, List<HistoryEntry> history, List<String> next, int version,
                         List<CircumstanceDtos.Cited> violations) {
        static Detail of(DecisionDetail d) {
            return new Detail(d.decisionNo(), d.caseNo(), ApiValues.name(d.status()), d.employeeNo(), d.name(),
                    d.enterpriseCode(), d.enterpriseName(), d.ownerCode(), d.ownerName(),
                    ApiValues.name(d.responsibility()), ApiValues.name(d.level()), d.ruleSet(), d.determinationDate(),
                    ApiValues.name(d.outcome()), Terms.of(d.terms()), d.legalBasis(), d.facts(),
                    ApiValues.name(d.deviation()), d.deviationReason(), ApiValues.name(d.lighterBasis()),
                    d.legalReviewer(), d.legalReviewedOn(), d.legalOpinion(), d.proposedBy(), d.approvedBy(),
                    d.approvedOn(), d.servedOn(), d.periodStart(), d.executedOn(), d.executionNote(), d.endedOn(),
                    d.replacesNo(), d.replacedByNo(), list(d.referrals(), Referral::of), list(d.appeals(), Appeal::of),
                    list(d.history(), HistoryEntry::of), names(d.next()), d.version(),
                    CircumstanceDtos.Cited.of(d.violations()));
        }
    }

    /** A range of percentages of a pay base, as the rule set gives it. */
    @Schema(name = "DecisionPercentRange")
    public record Range(BigDecimal min, BigDecimal max) {
        static Range of(PercentRange r) {
            return r == null ? null : new Range(r.min(), r.max());
        }
    }

    /** The engine's row for the subject, to pre-fill and to show beside the form. */
    @Schema(name = "RecommendedSanction")
    public record Recommended(List<String> measures, Range performanceSalaryPercent, Range termIncentivePercent,
                              boolean deferPerformanceSalary, boolean endUnexercisedRights, Integer handBackYears,
                              Integer incentiveBarYears, boolean incentiveBarPermanent, List<String> outcomes,
                              List<String> articles, int banMinimumYears) {
        static Recommended of(RecommendedSanction r) {
            return r == null ? null : new Recommended(names(r.measures()), Range.of(r.performanceSalaryPercent()),
                    Range.of(r.termIncentivePercent()), r.deferPerformanceSalary(), r.endUnexercisedRights(),
                    r.handBackYears(), r.incentiveBarYears(), r.incentiveBarPermanent(), names(r.outcomes()),
                    r.articles(), r.banMinimumYears());
        }
    }

    /** The decision a proposal pre-fills. */
    @Schema(name = "DecisionPrefill")
    public record Prefill(String outcome, Terms terms, String legalBasis, String facts, String reason,
                          Integer version) {
        static Prefill of(DecisionData d) {
            return d == null ? null : new Prefill(ApiValues.name(d.outcome()), Terms.of(d.terms()), d.legalBasis(),
                    d.facts(), d.reason(), d.version());
        }
    }

    /** A subject of a concluded case with what a decision for them would start from. */
    @Schema(name = "DecisionProposal")
    public record Proposal(String caseNo, String employeeNo, String name, String responsibility, String level,
                           String ruleSet, LocalDate determinationDate, Recommended recommended, Prefill prefill,
                           String lighterBasisAvailable, String existingDecisionNo) {
        static Proposal of(DecisionProposal p) {
            return new Proposal(p.caseNo(), p.employeeNo(), p.name(), ApiValues.name(p.responsibility()),
                    ApiValues.name(p.level()), p.ruleSet(), p.determinationDate(), Recommended.of(p.recommended()),
                    Prefill.of(p.prefill()), ApiValues.name(p.lighterBasisAvailable()), p.existingDecisionNo());
        }
    }

    @Schema(name = "PayDeduction")
    public record Deduction(String source, @Schema(ref = "Money") String amount, String reference) {
        static Deduction of(DeductionLine d) {
            return d == null ? null : new Deduction(d.source().name(), money(d.amount()), d.reference());
        }
    }

    @Schema(name = "PayRecovery")
    public record Recovery(LocalDate recoveredOn, @Schema(ref = "Money") String amount, String note,
                           String recordedBy) {
    }

    /** The pay part of a decision (no case facts; HR reads it too). */
    @Schema(name = "DecisionPay")
    public record Pay(String decisionNo, String employeeNo, String name, String enterprise, String status,
                      LocalDate servedOn, boolean departed, Integer baseYear,
                      @Schema(ref = "Money") String performanceSalary, Map<String, String> termIncentiveByYear,
                      BigDecimal performanceSalaryPercent, BigDecimal termIncentivePercent,
                      @Schema(ref = "Money") String performanceSalaryAmount,
                      @Schema(ref = "Money") String termIncentiveAmount,
                      @Schema(ref = "Money") String accountabilityAmount, List<Deduction> otherDeductions,
                      Deduction applicable, List<String> articles, List<Recovery> recoveries,
                      @Schema(ref = "Money") String recovered, @Schema(ref = "Money") String outstanding,
                      String missing) {

        static Pay of(DecisionPay p, String missingSentence) {
            Map<String, String> years = new LinkedHashMap<>();
            p.termIncentiveByYear().forEach((year, amount) -> years.put(String.valueOf(year), money(amount)));
            return new Pay(p.decisionNo(), p.employeeNo(), p.name(), p.enterpriseName(), p.status().name(),
                    p.servedOn(),
                    p.departed(), p.lastYear(), money(p.performanceSalary()), years, p.performanceSalaryPercent(),
                    p.termIncentivePercent(), money(p.performanceSalaryAmount()), money(p.termIncentiveAmount()),
                    money(p.accountabilityAmount()), p.deductions().stream().map(Deduction::of).toList(),
                    Deduction.of(p.applicable()), p.articles(), p.recoveries().stream()
                    .map(r -> new Recovery(r.recoveredOn(), money(r.amount()), r.note(), r.recordedBy())).toList(),
                    money(p.recovered()), money(p.outstanding()), missingSentence);
        }
    }

    // --- requests ---------------------------------------------------------------------------------------------

    /**
     * The decision fields shared by a proposal, a revision and an appeal's replacement: measures (with the ban's
     * {@code banYears} or {@code banLifetime}), percentages of pay, incentive terms, and the reasons.
     */
    public record DecisionFields(@Schema(required = true) Outcome outcome, List<Measure> measures, Integer banYears,
                                 boolean banLifetime, @Schema(ref = "Money") BigDecimal performanceSalaryPercent,
                                 @Schema(ref = "Money") BigDecimal termIncentivePercent, boolean deferPerformanceSalary,
                                 boolean endUnexercisedRights, Integer handBackYears, Integer incentiveBarYears,
                                 boolean incentiveBarPermanent, @Schema(required = true) @Size(max = 400) String legalBasis,
                                 @Schema(required = true) @Size(max = 4000) String facts, @Size(max = 2000) String reason,
                                 Integer version) implements ApiRequest {

        static DecisionFields read(JsonInput in) {
            List<Measure> measures = new ArrayList<>(in.codes("measures", Measure.class));
            Integer banYears = in.integer("banYears");
            boolean banLifetime = in.bool("banLifetime");
            BigDecimal performanceSalaryPercent = in.money("performanceSalaryPercent", false);
            BigDecimal termIncentivePercent = in.money("termIncentivePercent", false);
            boolean deferPerformanceSalary = in.bool("deferPerformanceSalary");
            boolean endUnexercisedRights = in.bool("endUnexercisedRights");
            Integer handBackYears = in.integer("handBackYears");
            Integer incentiveBarYears = in.integer("incentiveBarYears");
            boolean incentiveBarPermanent = in.bool("incentiveBarPermanent");
            return new DecisionFields(in.code("outcome", Outcome.class, true), measures, banYears, banLifetime,
                    performanceSalaryPercent, termIncentivePercent, deferPerformanceSalary, endUnexercisedRights,
                    handBackYears, incentiveBarYears, incentiveBarPermanent, in.text("legalBasis", true),
                    in.text("facts", true), in.text("reason", false), in.integer("version"));
        }

        DecisionData data() {
            return new DecisionData(outcome,
                    new DecisionTerms(measures, banYears, banLifetime, performanceSalaryPercent, termIncentivePercent,
                    deferPerformanceSalary, endUnexercisedRights, handBackYears, incentiveBarYears,
                    incentiveBarPermanent), legalBasis, facts, reason, version);
        }
    }

    /** OFFICE's proposal: the case and the person, and the decision fields. */
    @Schema(name = "DecisionProposalRequest", allOf = DecisionFields.class)
    public record ProposalRequest(@Schema(required = true) @Size(max = 40) String caseNo,
                                  @Schema(required = true) @Size(max = 32) String employeeNo,
                                  @Schema(hidden = true) DecisionFields decision) implements ApiRequest {
        static ProposalRequest read(JsonInput in) {
            return new ProposalRequest(in.text("caseNo", true), in.text("employeeNo", true), DecisionFields.read(in));
        }
    }

    public record LegalReviewRequest(@Schema(required = true) @Size(max = 100) String reviewer,
                                     @Schema(required = true) LocalDate reviewedOn,
                                     @Schema(required = true) @Size(max = 2000) String opinion,
                                     Integer version) implements ApiRequest {
        static LegalReviewRequest read(JsonInput in) {
            return new LegalReviewRequest(in.text("reviewer", true), in.date("reviewedOn", true),
                    in.text("opinion", true), in.integer("version"));
        }
    }

    /** A lifecycle step: APPROVED, EFFECTIVE (with the serving date) or EXECUTED. */
    @Schema(name = "DecisionTransitionRequest")
    public record TransitionRequest(@Schema(required = true) DecisionStatus to, LocalDate date,
                                    @Size(max = 2000) String note, Integer version) implements ApiRequest {
        static TransitionRequest read(JsonInput in) {
            return new TransitionRequest(in.code("to", DecisionStatus.class, true), in.date("date", false),
                    in.text("note", false), in.integer("version"));
        }
    }

    public record DeductionRequest(@Schema(required = true) DeductionSource source,
                                   @Schema(required = true, ref = "Money") BigDecimal amount,
                                   @Schema(required = true) @Size(max = 200) String reference) implements ApiRequest {
        static DeductionRequest read(JsonInput in) {
            return new DeductionRequest(in.code("source", DeductionSource.class, true), in.money("amount", true),
                    in.text("reference", true));
        }
    }

    public record RecoveryRequest(@Schema(required = true) LocalDate recoveredOn,
                                  @Schema(required = true, ref = "Money") BigDecimal amount,
                                  @Size(max = 500) String note) implements ApiRequest {
        static RecoveryRequest read(JsonInput in) {
            return new RecoveryRequest(in.date("recoveredOn", true), in.money("amount", true), in.text("note", false));
        }
    }

    public record ReferralRequest(@Schema(required = true) ReferralKind kind,
                                  @Schema(required = true) @Size(max = 200) String organ,
                                  @Schema(required = true) LocalDate referredOn,
                                  @Schema(required = true) @Size(max = 200) String reference) implements ApiRequest {
        static ReferralRequest read(JsonInput in) {
            return new ReferralRequest(in.code("kind", ReferralKind.class, true), in.text("organ", true),
                    in.date("referredOn", true), in.text("reference", true));
        }
    }

    /** The disciplinary sanction that came back from a referral. */
    public record SanctionRequest(@Schema(required = true) @Size(max = 200) String sanction,
                                  @Schema(required = true) LocalDate sanctionedOn, Integer influenceMonths,
                                  Integer version) implements ApiRequest {
        static SanctionRequest read(JsonInput in) {
            return new SanctionRequest(in.text("sanction", true), in.date("sanctionedOn", true),
                    in.integer("influenceMonths"), in.integer("version"));
        }
    }

    @Schema(name = "DecisionAppealRequest")
    public record AppealRequest(@Schema(required = true) LocalDate filedOn,
                                @Schema(required = true) @Size(max = 4000) String grounds) implements ApiRequest {
        static AppealRequest read(JsonInput in) {
            return new AppealRequest(in.date("filedOn", true), in.text("grounds", true));
        }
    }

    /** The decision an appeal's CHANGED result puts in place: the decision fields and its own legal review. */
    @Schema(name = "DecisionReplacement", allOf = DecisionFields.class)
    public record Replacement(@Schema(hidden = true) DecisionFields decision,
                              @Schema(required = true) @Size(max = 100) String legalReviewer,
                              @Schema(required = true) @Size(max = 2000) String legalOpinion) {
        static Replacement read(JsonInput in) {
            return new Replacement(DecisionFields.read(in), in.text("legalReviewer", true),
                    in.text("legalOpinion", true));
        }

        DecisionReplacement replacement() {
            return new DecisionReplacement(decision.data(), legalReviewer, legalOpinion);
        }
    }

    /** UPHELD, REVOKED, or CHANGED with the {@code replacement} (only then). */
    public record AppealResultRequest(@Schema(required = true) AppealStatus result, Replacement replacement,
                                      @Schema(required = true) LocalDate resultOn,
                                      @Schema(required = true) @Size(max = 2000) String reason,
                                      Integer version) implements ApiRequest {
        static AppealResultRequest read(JsonInput in) {
            AppealStatus result = in.code("result", AppealStatus.class, true);
            JsonInput changed = in.object("replacement", result == AppealStatus.CHANGED);
            Replacement replacement = changed == null ? null : Replacement.read(changed);
            return new AppealResultRequest(result, replacement, in.date("resultOn", true), in.text("reason", true),
                    in.integer("version"));
        }
    }

    static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    static <S, T> List<T> list(List<S> values, Function<S, T> of) {
        return values == null ? null : values.stream().map(of).toList();
    }
}
