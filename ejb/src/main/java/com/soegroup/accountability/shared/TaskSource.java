package com.soegroup.accountability.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What an area contributes to the to-do list: one {@code @Stateless} bean per area implements it, and the task
 * area collects them all, so no area imports the others. Each source answers for the caller whose scope it is
 * given: only the work that caller's roles must do, within the scope and recusal, at most {@link #MAX_PER_KIND}
 * of each kind, and nothing that is done.
 */
public interface TaskSource {

    /** The most rows of one kind a source answers: a list longer than that is worked through, not read. */
    int MAX_PER_KIND = 500;

    List<Task> tasks(Scope scope, LocalDate today);
}
