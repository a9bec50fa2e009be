package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

import java.time.LocalDate;

/**
 * An item of the signed-in user's open work on decisions (home page, GET /me/tasks): what waits on whom, since
 * when. No deadline is set by the rules for these steps, so nothing is overdue; oldest first.
 */
public record DecisionTask(Kind kind, String decisionNo, String name, LocalDate since) {

    public enum Kind implements BundleKeyed {
        /** OFFICE: a proposal without its legality review. */
        LEGAL_REVIEW_NEEDED,
        /** LEADER: reviewed, awaiting approval. */
        AWAITING_APPROVAL,
        /** OFFICE: approved, to serve on the person. */
        TO_SERVE,
        /** LEADER: an appeal awaiting its result. */
        APPEAL_AWAITING_RESULT;

        @Override
        public String bundleKey() {
            // a nested enum's simple name alone ("Kind") would say nothing in the bundle
            return "DecisionTask." + name();
        }
    }
}
