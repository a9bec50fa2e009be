package com.soegroup.accountability.org;

/** What happened to an enterprise in the tree, as its history records it. */
public enum EnterpriseChangeKind {
    CREATED, MOVED, MERGED, CLOSED;

    public String bundleKey() {
        return "EnterpriseChangeKind." + name();
    }
}
