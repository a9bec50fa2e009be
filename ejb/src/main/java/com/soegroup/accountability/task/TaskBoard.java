package com.soegroup.accountability.task;

import com.soegroup.accountability.shared.Task;
import com.soegroup.accountability.shared.TaskKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * How a to-do list reads, in plain Java so it is tested row by row: overdue work first, then the soonest
 * deadline, then work without a deadline; by kind in the order of {@link TaskKind}; a record that two sources
 * name for the same kind once.
 */
public final class TaskBoard {

    /** Overdue first; then by deadline, soonest first, work without a deadline last; then kind, then number. */
    public static final Comparator<Task> ORDER = Comparator.comparing((Task t) -> !t.overdue())
            .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Task::kind)
            .thenComparing(Task::object);

    private TaskBoard() {
    }

    /** Every task once, in {@link #ORDER}. */
    public static List<Task> sorted(Collection<Task> tasks) {
        List<Task> sorted = new ArrayList<>(new LinkedHashSet<>(tasks));
        sorted.sort(ORDER);
        return sorted;
    }

    /** The tasks by kind: groups with overdue work first, then in the order of the kinds; each group sorted. */
    public static List<TaskGroup> groups(Collection<Task> tasks) {
        Map<TaskKind, List<Task>> byKind = new EnumMap<>(TaskKind.class);
        for (Task task : sorted(tasks)) {
            byKind.computeIfAbsent(task.kind(), k -> new ArrayList<>()).add(task);
        }
        List<TaskGroup> groups = new ArrayList<>();
        byKind.forEach((kind, list) -> groups.add(new TaskGroup(kind, list.size(), (int) list.stream().filter(Task::overdue).count(), list)));
        groups.sort(Comparator.comparing((TaskGroup g) -> g.overdue() == 0).thenComparing(TaskGroup::kind));
        return groups;
    }

    /** The counts per kind, in the order of the kinds; kinds without a task are left out. */
    public static List<TaskCount> counts(Collection<Task> tasks) {
        Map<TaskKind, int[]> counts = new EnumMap<>(TaskKind.class);
        for (Task task : new LinkedHashSet<>(tasks)) {
            int[] c = counts.computeIfAbsent(task.kind(), k -> new int[2]);
            c[0]++;
            if (task.overdue()) {
                c[1]++;
            }
        }
        List<TaskCount> answer = new ArrayList<>();
        counts.forEach((kind, c) -> answer.add(new TaskCount(kind, c[0], c[1])));
        return answer;
    }

    /** What a daily digest lists: overdue work and work due by {@code horizon}, in {@link #ORDER}. */
    public static List<Task> dueBy(Collection<Task> tasks, LocalDate horizon) {
        return sorted(tasks).stream().filter(t -> t.overdue() || t.due() != null && !t.due().isAfter(horizon)).toList();
    }
}
