package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.TaskKind;

/** How many tasks of a kind a person has, and how many of them are overdue (the portal's badge). */
public record TaskCount(TaskKind kind, int count, int overdue) {
}
