package com.soegroup.accountability.web;

import com.soegroup.accountability.org.EffectiveScope;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.web.shell.Names;
import com.soegroup.accountability.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The home page (index.xhtml): greeting, data scope and what each of the user's roles may do. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession session;

    @EJB
    private UserScopeService scopes;

    private EffectiveScope scope;

    public Caller getCaller() {
        return session.getCaller();
    }

    /** The scope in force now (the directory's home enterprise or ADMIN's override, plus grants). */
    public EffectiveScope getScope() {
        if (scope == null) {
            scope = scopes.mine();
        }
        return scope;
    }

    /** The enterprises whose subtrees the user sees, by name, for the sentence on the page. */
    public String getScopeRoots() {
        // looked up here rather than injected: this request's names, not a field carried with the view
        return CDI.current().select(Names.class).get().enterprises(getScope().roots());
    }

    public List<Role> getRoles() {
        return getCaller().roles().stream().sorted().toList();
    }
}
