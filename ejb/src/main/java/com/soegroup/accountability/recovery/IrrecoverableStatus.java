package com.soegroup.accountability.recovery;

import com.soegroup.accountability.rule.BundleKeyed;

/** The office's request to write a case's outstanding balance off as irrecoverable, and LEADER's answer. */
public enum IrrecoverableStatus implements BundleKeyed {
    PENDING, APPROVED, REFUSED
}
