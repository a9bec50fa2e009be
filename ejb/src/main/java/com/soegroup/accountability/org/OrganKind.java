package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/** The two accountability organs of an enterprise (篇二): the leading group and its office. */
public enum OrganKind implements BundleKeyed {
    /** 责任追究工作领导小组. */
    LEADING_GROUP,
    /** 责任追究工作领导小组办公室 (the department in charge of the daily work). */
    OFFICE
}
