package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.org.EffectiveScope;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.stream.Collectors;

/** The header of every signed-in page (template layout.xhtml): the person, roles and home enterprise. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    private UserSession session;

    @EJB
    private UserScopeService scopes;

    private EffectiveScope scope;

    public Caller getCaller() {
        return session.getCaller();
    }

    public List<Role> getRoles() {
        return getCaller().roles().stream().sorted().toList();
    }

    public String getRoleNames() {
        return getRoles().stream().map(role -> Pages.text(role.bundleKey())).collect(Collectors.joining("、"));
    }

    /**
     * The code of the home enterprise in force (ADMIN's override, else the directory's), or null. The scope is
     * read once per request, so an override shows from the next page on, as it applies.
     */
    public String getHomeCode() {
        EffectiveScope s = scope();
        return s == null ? getCaller().homeEnterprise() : s.homeEnterprise();
    }

    /** Its name for the header; the code when the tree does not know it. */
    public String getHomeName() {
        EffectiveScope s = scope();
        return s == null || s.homeEnterpriseName() == null ? getHomeCode() : s.homeEnterpriseName();
    }

    private EffectiveScope scope() {
        // a user with none of the roles has no scope to read (and sees only the page that says so)
        if (scope == null && !getCaller().roles().isEmpty()) {
            scope = scopes.mine();
        }
        return scope;
    }

    public boolean has(String role) {
        return getCaller().has(Role.valueOf(role));
    }
}
