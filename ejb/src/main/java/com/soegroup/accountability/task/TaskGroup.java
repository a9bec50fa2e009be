package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;

import java.io.Serializable;
import java.util.List;

/** The tasks of one kind as the home page shows them: overdue first, with their count and how many are overdue. */
public record TaskGroup(TaskKind kind, int count, int overdue, List<Task> tasks) implements Serializable {

    public TaskGroup {
        tasks = List.copyOf(tasks);
    }
}
