package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * How a decision stands against the engine's recommended row (rules.md §5): within it, heavier (needs a written
 * reason) or lighter (needs a reason and a fault-tolerance or mitigation basis from the investigation).
 */
public enum Deviation implements BundleKeyed {
    WITHIN,
    HEAVIER,
    LIGHTER
}
