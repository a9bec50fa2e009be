package com.soegroup.accountability.web;

import com.soegroup.accountability.org.EffectiveScope;
import com.soegroup.accountability.org.UserScopeService;
import com.soegroup.accountability.preference.PreferenceService;
import com.soegroup.accountability.shared.Caller;
import com.soegroup.accountability.shared.Role;
import com.soegroup.accountability.task.TaskGroup;
import com.soegroup.accountability.task.TaskService;
import com.soegroup.accountability.web.shell.Pages;
import com.soegroup.accountability.web.shell.Names;
import com.soegroup.accountability.web.shell.UserSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The home page (index.xhtml): greeting, data scope, the to-do list grouped by kind (the same list as
 * {@code GET /me/tasks}), the daily digest's switch and what each of the user's roles may do.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserSession session;

    @EJB
    private UserScopeService scopes;

    @EJB
    private TaskService tasks;

    @EJB
    private PreferenceService preferences;

    private EffectiveScope scope;

    // open work changes with every step anyone takes: read again where the session is, not carried with it
    private transient List<TaskGroup> taskGroups;

    private Boolean taskDigest;

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

    /** The caller's open work by kind, overdue first. */
    public List<TaskGroup> getTaskGroups() {
        if (taskGroups == null) {
            taskGroups = tasks.myGroups();
        }
        return taskGroups;
    }

    public int getTaskCount() {
        return getTaskGroups().stream().mapToInt(TaskGroup::count).sum();
    }

    public int getOverdueCount() {
        return getTaskGroups().stream().mapToInt(TaskGroup::overdue).sum();
    }

    /** Whether the daily to-do digest is mailed to the user. */
    public boolean isTaskDigest() {
        if (taskDigest == null) {
            taskDigest = preferences.taskDigest();
        }
        return taskDigest;
    }

    public void setTaskDigest(boolean wanted) {
        this.taskDigest = wanted;
    }

    public void saveTaskDigest() {
        preferences.chooseTaskDigest(isTaskDigest());
        Pages.info(isTaskDigest() ? "tasks.digest.on" : "tasks.digest.off");
    }
}
