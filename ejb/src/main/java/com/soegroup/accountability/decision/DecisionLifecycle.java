package com.soegroup.accountability.decision;

import com.soegroup.accountability.shared.Role;

import java.time.LocalDate;
import java.util.List;

/** workflow.md's decision lifecycle and the role that makes each step. */
public final class DecisionLifecycle {

    private DecisionLifecycle() {
    }

    public static List<DecisionStatus> next(DecisionStatus from) {
        return switch (from) {
            case PROPOSED -> List.of(DecisionStatus.APPROVED);
            case APPROVED -> List.of(DecisionStatus.EFFECTIVE);
            case EFFECTIVE -> List.of(DecisionStatus.EXECUTED);
            case EXECUTED -> List.of();
        };
    }

    public static boolean allowed(DecisionStatus from, DecisionStatus to) {
        return next(from).contains(to);
    }

    /** LEADER (领导小组) approves; OFFICE serves and records execution. */
    public static Role roleFor(DecisionStatus to) {
        return to == DecisionStatus.APPROVED ? Role.LEADER : Role.OFFICE;
    }

    /**
     * Why a step the caller's role may take cannot succeed yet (bundle key), or null: the leading group approves
     * only after the legality review (法律审核) is recorded. The page shows the step disabled with this sentence;
     * the service refuses with it.
     */
    public static String blocker(DecisionStatus to, LocalDate legalReviewedOn) {
        return to == DecisionStatus.APPROVED && legalReviewedOn == null ? "decision.legalReviewMissing" : null;
    }
}
