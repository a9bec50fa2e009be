package com.soegroup.accountability.decision;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * What allows a decision lighter than the row (rules.md §7): an approved fault-tolerance evaluation proposing
 * 减轻 or 免于处理, or one that found mitigating conditions for 从轻.
 */
public enum LighterBasis implements BundleKeyed {
    FAULT_TOLERANCE,
    MITIGATION
}
