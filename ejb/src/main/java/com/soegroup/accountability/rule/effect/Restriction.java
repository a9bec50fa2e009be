package com.soegroup.accountability.rule.effect;

import com.soegroup.accountability.rule.sanction.Measure;

import java.time.LocalDate;

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
                          String reference, String article) {

    public boolean inForceOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (eligibleFrom == null || date.isBefore(eligibleFrom));
    }
}
