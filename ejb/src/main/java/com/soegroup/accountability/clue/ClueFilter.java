package com.soegroup.accountability.clue;

import com.soegroup.accountability.rule.level.LossLevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The ledger's filters; null or empty means "any". {@code enterprise} narrows to that enterprise's subtree
 * (or the enterprise alone without {@code subsidiaries}) by handling unit; {@code text} searches the summary and
 * the ledger number.
 */
public record ClueFilter(String enterprise, boolean subsidiaries, Set<ClueStatus> statuses, Set<ClueSource> sources,
                         LocalDate receivedFrom, LocalDate receivedTo, Boolean supervised, boolean overdueOnly,
                         LossLevel level, String text) implements Serializable {

    public static final ClueFilter ALL = new ClueFilter(null, true, Set.of(), Set.of(), null, null, null, false, null, null);

    public ClueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
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
        append(d, "text", text == null || text.isBlank() ? null : text.strip());
        return d.toString().strip();
    }

    private static void append(StringBuilder d, String name, Object value) {
        if (value != null) {
            d.append(' ').append(name).append('=').append(value);
        }
    }
}
