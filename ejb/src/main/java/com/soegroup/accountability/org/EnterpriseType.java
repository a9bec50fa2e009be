package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/** How an enterprise belongs to the group. */
public enum EnterpriseType implements BundleKeyed {
    /** 集团公司: the root of the tree. */
    GROUP,
    /** 全资企业 */
    WHOLLY_OWNED,
    /** 控股企业 */
    CONTROLLED,
    /** 实际控制企业 and other forms of control */
    OTHER;
}
