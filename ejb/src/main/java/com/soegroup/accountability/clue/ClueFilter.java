package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;
import com.soegroup.accountability.rule.set.CircumstanceArea;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The ledger's filters; null or empty means "any". {@code enterprise} narrows to that enterprise's subtree
 * (or the enterprise alone without {@code subsidiaries}) by handling unit; {@code text} searches the summary and
 * the ledger number; {@code area} keeps the clues suspected of a circumstance of that area (M§7–M§16).
 */
public record ClueFilter(String enterprise, boolean subsidiaries, Set<ClueStatus> statuses, Set<ClueSource> sources,
                         LocalDate receivedFrom, LocalDate receivedTo, Boolean supervised, boolean overdueOnly,
                         LossLevel level, String text, CircumstanceArea area) implements Serializable {

    public static final ClueFilter ALL = new ClueFilter(null, true, Set.of(), Set.of(), null, null, null, false, null, null);

    public ClueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    /** Without a circumstance area (the filters the ledger had before the statistics drilled down by area). */
    public ClueFilter(String enterprise, boolean subsidiaries, Set<ClueStatus> statuses, Set<ClueSource> sources,
                      LocalDate receivedFrom, LocalDate receivedTo, Boolean supervised, boolean overdueOnly,
                      LossLevel level, String text) {
        this(enterprise, subsidiaries, statuses, sources, receivedFrom, receivedTo, supervised, overdueOnly, level, text, null);
    }

    /** A short description for the audit trail ("what list was read"). */
    public String describe() {
        StringBuilder d = new StringBuilder();
        append(d, "enterprise", enterprise == null ? null : enterprise + (subsidiaries ? "+" : ""));
        append(d, "status", statuses.isEmpty() ? null : statuses.toString());
        append(d, "source", sources.isEmpty() ? null : sources.toString());
        append(d, "from", receivedFrom);
        append(d, "to", receivedTo);
        append(d, "supervised", supervised);
        append(d, "overdue", overdueOnly ? Boolean.TRUE : null);
        append(d, "level", level);
        append(d, "area", area);
        append(d, "text", text == null || text.isBlank() ? null : text.strip());
        return d.toString().strip();
    }

    private static void append(StringBuilder d, String name, Object value) {
        if (value != null) {
            d.append(' ').append(name).append('=').append(value);
        }
    }
}
