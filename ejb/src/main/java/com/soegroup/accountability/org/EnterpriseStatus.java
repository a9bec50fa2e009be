package com.soegroup.accountability.org;

/** Whether an enterprise still operates. Merged and closed enterprises stay in the tree with their history. */
public enum EnterpriseStatus {
    ACTIVE, MERGED, CLOSED;

    public String bundleKey() {
        return "EnterpriseStatus." + name();
    }
}
