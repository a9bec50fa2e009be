-- Jurisdiction enforced (issue 17, item 7).
-- A confirmation of the handling unit that moves the case is a hand-over (移交) or the owner institution's taking
-- it (M§36): it carries the date and the reference number of the letter, and the unit that gave it. Rows from
-- before this have none (they stay as they were recorded).
ALTER TABLE jurisdiction_decision
    ADD COLUMN handed_over_on             DATE,
    ADD COLUMN reference                  VARCHAR(100),
    ADD COLUMN from_unit                  VARCHAR(20),
    ADD COLUMN taken_by_owner_institution BOOLEAN NOT NULL DEFAULT FALSE;

-- A clue's level is computed from its possible loss and the enterprise's assets (M§19); a person may only raise
-- it, with a reason. computed_level is what the rules gave at registration, level what the clue carries.
ALTER TABLE clue
    ADD COLUMN computed_level VARCHAR(16),
    ADD COLUMN level_reason   VARCHAR(2000),
    ADD CONSTRAINT clue_computed_level_known CHECK (computed_level IS NULL OR computed_level IN ('GENERAL', 'LARGER', 'MAJOR'));
