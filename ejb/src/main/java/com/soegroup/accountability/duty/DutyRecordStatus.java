package com.soegroup.accountability.duty;

import com.soegroup.accountability.rule.BundleKeyed;

/** A version of a duty record: a draft is still edited; a confirmed one never changes; a newer version supersedes it. */
public enum DutyRecordStatus implements BundleKeyed {
    /** 草稿 */
    DRAFT,
    /** 已确认 */
    CONFIRMED,
    /** 已被更正 (derived: a newer confirmed version of the same number exists; never stored) */
    SUPERSEDED
}
