package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

/** What the office made of a submission: verified, or sent back with a reason. */
public enum SubmissionReview implements BundleKeyed {
    VERIFIED, SENT_BACK
}
