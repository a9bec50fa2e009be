package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * What a decision bars during its effect period, M§30 (第三十条): no promotion (不得提拔、重用), no post at all
 * (不安排职务), no post above the former level, the SOE ban of M§27(3), and a disciplinary sanction's own period.
 */
public enum RestrictionKind implements BundleKeyed {
    NO_PROMOTION,
    NO_POST,
    NO_HIGHER_POST,
    SOE_BAN,
    DISCIPLINARY
}
