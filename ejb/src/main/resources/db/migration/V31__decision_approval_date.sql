-- The leading group approves at a meeting on a date that the office may record later (and decisions taken before
-- the module went live are entered afterwards): the approval keeps its own date, and serving cannot precede it.
ALTER TABLE decision ADD COLUMN approved_on DATE;
UPDATE decision SET approved_on = CAST(approved_at AT TIME ZONE 'Asia/Shanghai' AS DATE) WHERE approved_at IS NOT NULL;
ALTER TABLE decision ADD CONSTRAINT decision_approved_dated CHECK ((approved_by IS NULL) = (approved_on IS NULL));
ALTER TABLE decision ADD CONSTRAINT decision_served_after_approval CHECK (served_on IS NULL OR served_on >= approved_on);
ALTER TABLE decision ADD CONSTRAINT decision_approval_dated_after_review CHECK (approved_on IS NULL OR approved_on >= legal_reviewed_on);
