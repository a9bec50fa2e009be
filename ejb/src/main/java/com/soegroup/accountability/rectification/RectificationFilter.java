package com.soegroup.accountability.rectification;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The board's filter: an enterprise (with its subsidiaries or alone; null: the whole scope), statuses and sources
 * (empty: all), only overdue tasks, a text (number, responsible person's name or what must change).
 */
public record RectificationFilter(String enterprise, boolean subsidiaries, Set<RectificationStatus> statuses,
                                  Set<RectificationSource> sources, boolean overdueOnly, String text) implements Serializable {

    public static final RectificationFilter ALL = new RectificationFilter(null, true, Set.of(), Set.of(), false, null);

    public RectificationFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sources = sources == null || sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }
}
