package com.soegroup.accountability.web.clue;

import com.soegroup.accountability.clue.ClueService;
import com.soegroup.accountability.clue.ClueTask;
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

    // open work grows with the caller's scope: read again where the session is, not carried with it
    private transient List<ClueTask> tasks;

    public List<ClueTask> getTasks() {
        if (tasks == null) {
            tasks = clues.tasks();
        }
        return tasks;
    }
}
