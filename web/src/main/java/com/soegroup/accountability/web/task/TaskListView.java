package com.soegroup.accountability.web.task;

import com.soegroup.accountability.shared.TaskKind;
import com.soegroup.accountability.task.TaskGroup;
import com.soegroup.accountability.task.TaskService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The whole to-do list (me/tasks.xhtml), every kind or the one the home page's "更多" named, paged. */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TaskService tasks;

    private TaskKind kind;

    // open work changes with every step anyone takes: read again where the session is, not carried with it
    private transient List<TaskGroup> groups;

    public List<TaskGroup> getGroups() {
        if (groups == null) {
            groups = tasks.myGroups().stream().filter(g -> kind == null || g.kind() == kind).toList();
        }
        return groups;
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }
}
