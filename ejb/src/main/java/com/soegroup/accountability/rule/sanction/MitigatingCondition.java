package com.soegroup.accountability.rule.sanction;

import com.soegroup.accountability.rule.BundleKeyed;

/** Conditions (1)–(7) of M§32 (第三十二条) under which a person may be handled more lightly or exempted. */
public enum MitigatingCondition implements BundleKeyed {
    MINOR,
    PUBLIC_PURPOSE_NO_GAIN,
    NO_CLEAR_PROHIBITION,
    EMERGENCY_RATIFIED,
    RECOVERED_LOSS,
    SELF_REPORTED_OR_COOPERATED,
    OTHER_MITIGATING
}
