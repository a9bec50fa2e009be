package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.Checks;
import com.soegroup.accountability.rule.sanction.Measure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One bar on a person's career (M§30 第三十条, M§27(3) 第二十七条), in force from {@code from} (inclusive) to
 * {@code eligibleFrom} (exclusive).
 *
 * @param source       the measure that caused it; null for {@link RestrictionKind#DISCIPLINARY}
 * @param from         null for {@link RestrictionKind#DISCIPLINARY}, whose start the discipline organ keeps
 * @param eligibleFrom the first day it no longer applies; null for a life ban
 * @param reference    the caller's reference of the source (e.g. decision number), or null
 */
public record Restriction(RestrictionKind kind, Measure source, LocalDate from, LocalDate eligibleFrom,
                          String reference, String article) implements Serializable {

    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (eligibleFrom == null || date.isBefore(eligibleFrom));
    }

    /**
     * This restriction as far as its decision applied: from the day it was served ({@code servedOn}) until the
     * day an appeal changed or revoked it ({@code until}, exclusive; null while it stands). A replacement decision
     * counts its period from the original's start (time served counts) but applies only from the appeal's result
     * date; the original stops that day and keeps its history before (M§38(3): an appeal never erases the past).
     *
     * @return the clipped restriction, or empty when nothing of it is left (the decision ended before it began)
     */
    public Optional<Restriction> within(LocalDate servedOn, LocalDate until) {
        Checks.required(servedOn, "servedOn");
        LocalDate start = from == null || from.isBefore(servedOn) ? servedOn : from;
        LocalDate end = eligibleFrom;
        if (until != null && (end == null || until.isBefore(end))) {
            end = until;
        }
        if (end != null && !start.isBefore(end)) {
            return Optional.empty();
        }
        return Optional.of(new Restriction(kind, source, start, end, reference, article));
    }
}
