package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/** What happened to an enterprise in the tree, as its history records it. */
public enum EnterpriseChangeKind implements BundleKeyed {
    CREATED, MOVED, MERGED, CLOSED;
}
