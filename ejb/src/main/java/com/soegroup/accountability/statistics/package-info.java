/**
 * Statistics (统计): the figures of a period and an enterprise subtree — clues, cases, losses, people held
 * accountable, fault tolerance, their trends and the per-enterprise indicators of the annual assessment — for the
 * dashboard, {@code GET /statistics}, and the reports that quote them (one source: {@link StatisticsService}).
 * Like search, it reads the other areas' tables through its own SQL ({@link StatisticsRepository}), aggregates
 * only, with each area's scope and recusal predicates, and imports nothing of theirs but their enums; no area
 * imports it. A new figure group is one query method of the repository and one line of the service: the page,
 * the API and the workbook show every group the same way.
 * <p>
 * Clues and people held accountable — the million-row tables — are counted per handling unit and month by the
 * database itself ({@code stat_month}, kept by triggers in the writer's transaction, V58); {@link MonthlyCounts}
 * reads whole months there and the days at either end, and what the reader is involved in, from the records.
 */
package com.soegroup.accountability.statistics;
