package com.soegroup.accountability.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the figures cover: the days from {@code from} to {@code to}, both included, and the subtree of the
 * enterprise {@code enterprise} (by code; null: the caller's own scope). Records count by their handling unit,
 * as the clue ledger and the case list filter them.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String enterprise) implements Serializable {
}
