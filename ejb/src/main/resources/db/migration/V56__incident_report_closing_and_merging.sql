-- The one-event-one-report ends when its case is decided (完结) and, when two reported clues are merged, the younger
-- report is kept as merged into the older one (已合并), never deleted.
ALTER TABLE incident_report DROP CONSTRAINT incident_report_state_check;
ALTER TABLE incident_report ADD CONSTRAINT incident_report_state_check
    CHECK (state IN ('DRAFTING', 'AWAITING_APPROVAL', 'APPROVED', 'SENT', 'CLOSED', 'MERGED'));
ALTER TABLE incident_report ADD COLUMN merged_into_id BIGINT REFERENCES incident_report (id);
ALTER TABLE incident_report ADD COLUMN case_decided_on DATE;
ALTER TABLE incident_report ADD CONSTRAINT incident_report_merged_names_survivor
    CHECK ((state = 'MERGED') = (merged_into_id IS NOT NULL));
