package com.soegroup.accountability.web.decision;

import com.soegroup.accountability.decision.DecisionService;
import com.soegroup.accountability.decision.DecisionTask;
import jakarta.annotation.PostConstruct;
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

    private List<DecisionTask> tasks;

    @PostConstruct
    void load() {
        tasks = decisions.tasks();
    }

    public List<DecisionTask> getTasks() { return tasks; }
}
