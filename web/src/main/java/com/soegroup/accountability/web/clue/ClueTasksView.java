package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueTask;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The clue part of the home page's open work (待办): supervision deadlines, progress due, overdue checks. */
@Named
@ViewScoped
public class ClueTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClueService clues;

    private List<ClueTask> tasks;

    @PostConstruct
    void load() {
        tasks = clues.tasks();
    }

    public List<ClueTask> getTasks() { return tasks; }
}
