package com.soegroup.accountability.org;

import com.soegroup.accountability.rule.BundleKeyed;

/** A member's post in an organ (组长, 副组长, 成员, 办公室主任…), listed in this order in the report. */
public enum OrganPosition implements BundleKeyed {
    LEADER, DEPUTY_LEADER, MEMBER, OFFICE_DIRECTOR, OFFICE_DEPUTY_DIRECTOR, STAFF, LIAISON
}
