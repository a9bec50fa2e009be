package com.soegroup.accountability.search;

import com.soegroup.accountability.rule.BundleKeyed;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.shared.Scope;

/**
 * What a search finds, in the order results are listed: people and cases first (few and specific), the ledger's
 * clues last (many). Each is open to the roles of its area's own list.
 */
public enum SearchType implements BundleKeyed {
    PERSON(Role.OFFICE, Role.LEADER, Role.INVESTIGATOR, Role.LIAISON, Role.HR, Role.AUDITOR, Role.ADMIN),
    INVESTIGATION(Role.OFFICE, Role.LEADER, Role.INVESTIGATOR, Role.AUDITOR),
    DECISION(Role.OFFICE, Role.LEADER, Role.AUDITOR),
    CLUE(Role.OFFICE, Role.LEADER, Role.LIAISON, Role.AUDITOR);

    private final Role[] roles;

    SearchType(Role... roles) {
        this.roles = roles;
    }

    /** Whether the caller's roles reach this area's list at all (what they see of it is the scope's matter). */
    public boolean openTo(Scope scope) {
        return scope.hasAny(roles);
    }
}
