-- Statistics (issue 20): the dashboard counts a million clues, 100,000 cases and 300,000 decisions of a group's
-- subtree in a period. The plans read each enterprise of the subtree by the index of its handling unit and the
-- period, then fetched every matching row from the table to group it (most of the time went to those heap reads).
-- These indexes carry the columns the aggregates group and filter by, so that the counts are read from the index
-- alone (index-only scans once the tables are vacuumed), and let the lists behind the figures walk the newest
-- records first and stop after a page.

-- clues by source, level, status and month (the recusal predicate needs the id)
CREATE INDEX clue_stat_owner_received ON clue (owner_enterprise_id, received_on) INCLUDE (id, source, level, status);

-- the areas of the circumstances suspected, by clue (the dashboard joins them to the clues it counts)
CREATE INDEX clue_circumstance_stat_clue ON clue_circumstance (clue_id) INCLUDE (area);

-- cases opened, concluded and open at the end of a period, with the dates the handling period is measured by
CREATE INDEX investigation_stat_owner_opened ON investigation (owner_enterprise_id, opened_on) INCLUDE (id, concluded_on);
CREATE INDEX investigation_stat_owner_concluded ON investigation (owner_enterprise_id, concluded_on) INCLUDE (id, opened_on);
CREATE INDEX investigation_stat_concluded ON investigation (concluded_on DESC, id DESC) WHERE concluded_on IS NOT NULL;

-- losses determined in a period (by case, with the level and amount)
CREATE INDEX loss_determination_stat_case ON loss_determination (investigation_id) INCLUDE (determination_date, level, counted_amount);

-- people held accountable: decisions approved in a period, by measure, responsibility and person (post level)
CREATE INDEX decision_stat_owner_approved ON decision (owner_enterprise_id, approved_on)
    INCLUDE (id, investigation_id, person_id, status, outcome, responsibility, measures);
CREATE INDEX decision_stat_approved ON decision (approved_on DESC, id DESC) WHERE approved_on IS NOT NULL;

-- incident report stages sent in a period
CREATE INDEX incident_report_sent_stat ON incident_report_sent (sent_on) INCLUDE (report_id, due_on);
