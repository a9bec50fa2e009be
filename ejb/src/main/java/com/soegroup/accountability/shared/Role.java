package com.soegroup.accountability.shared;

import com.soegroup.accountability.rule.BundleKeyed;

/**
 * The application roles of workflow.md. The LDAP groups that grant them are mapped in the server's
 * security domain ({@code config/security.cli}); the constants here are what {@code @RolesAllowed} names.
 */
public enum Role implements BundleKeyed {
    OFFICE, LEADER, INVESTIGATOR, LIAISON, HR, AUDITOR, ADMIN;

    public static final String R_OFFICE = "OFFICE";
    public static final String R_LEADER = "LEADER";
    public static final String R_INVESTIGATOR = "INVESTIGATOR";
    public static final String R_LIAISON = "LIAISON";
    public static final String R_HR = "HR";
    public static final String R_AUDITOR = "AUDITOR";
    public static final String R_ADMIN = "ADMIN";
}
