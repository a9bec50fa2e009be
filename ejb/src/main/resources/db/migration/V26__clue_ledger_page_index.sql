-- The ledger's usual page (a subtree, a status, a date range, newest first) and its count, read from the index
-- alone: with the id in it, the count and the choice of the page's fifty ids need no table row (once vacuum has
-- marked the pages visible), where the index without the id cost a table page per matching clue. It replaces
-- the index of V10 that it extends.
CREATE INDEX clue_owner_status_received_idx ON clue (owner_enterprise_id, status, received_on DESC, id DESC);
DROP INDEX clue_owner_status_idx;
