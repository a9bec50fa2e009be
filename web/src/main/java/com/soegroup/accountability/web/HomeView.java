package com.soegroup.accountability.web;

import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.web.shell.UserSession;
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

    public Caller getCaller() {
        return session.getCaller();
    }

    public List<Role> getRoles() {
        return getCaller().roles().stream().sorted().toList();
    }
}
