package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * Where a person stands in the group. People who transferred, left or retired stay accountable
 * (rules.md §3), so they are never deleted; each status other than ACTIVE carries its date.
 */
public enum PersonStatus implements BundleKeyed {
    ACTIVE, TRANSFERRED, LEFT, RETIRED;
}
