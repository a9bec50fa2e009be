-- A loss item may be corrected or withdrawn (with a reason) while the case is worked on; a withdrawn item stays
-- for the record but no longer counts towards the loss or the level.
ALTER TABLE loss_item ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE loss_item ADD COLUMN withdrawn_by VARCHAR(128);
ALTER TABLE loss_item ADD COLUMN withdrawal_reason VARCHAR(2000);
ALTER TABLE loss_item ADD CONSTRAINT loss_item_withdrawal_complete
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL));
