package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/** Whether an enterprise still operates. Merged and closed enterprises stay in the tree with their history. */
public enum EnterpriseStatus implements BundleKeyed {
    ACTIVE, MERGED, CLOSED;
}
