package com.soegroup.accountability.decision;

import com.soegroup.accountability.shared.Role;

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
}
