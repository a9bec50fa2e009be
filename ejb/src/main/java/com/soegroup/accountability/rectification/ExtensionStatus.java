package com.soegroup.accountability.rectification;

import com.soegroup.accountability.rule.BundleKeyed;

/** A request for more time: waiting for LEADER, approved (the deadline moved) or refused. */
public enum ExtensionStatus implements BundleKeyed {
    REQUESTED, APPROVED, REFUSED
}
