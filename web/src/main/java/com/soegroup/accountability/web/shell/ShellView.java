package com.soegroup.accountability.web.shell;

import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The header of every signed-in page (template layout.xhtml): the person, roles and home enterprise. */
@Named
@RequestScoped
public class ShellView {

    @Inject
    private UserSession session;

    public Caller getCaller() {
        return session.getCaller();
    }

    public List<Role> getRoles() {
        return getCaller().roles().stream().sorted().toList();
    }

    public String getRoleNames() {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        return getRoles().stream().map(role -> bundle.getString(role.bundleKey())).collect(Collectors.joining("、"));
    }

    public boolean has(String role) {
        return getCaller().has(Role.valueOf(role));
    }
}
