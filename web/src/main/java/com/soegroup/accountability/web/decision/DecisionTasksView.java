package com.soegroup.accountability.web.decision;

import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionTask;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The decision part of the home page's open work (待办): reviews, approvals, serving, appeals. */
@Named
@ViewScoped
public class DecisionTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    // open work grows with the caller's scope: read again where the session is, not carried with it
    private transient List<DecisionTask> tasks;

    public List<DecisionTask> getTasks() {
        if (tasks == null) {
            tasks = decisions.tasks();
        }
        return tasks;
    }
}
