-- The evidence files a loss item rests on (issue 7 item 4): files of the same investigation, not withdrawn when
-- linked (the service checks both). A file withdrawn later stays linked, so the report shows what was relied on.
CREATE TABLE loss_item_evidence (
    loss_item_id     BIGINT NOT NULL REFERENCES loss_item (id),
    evidence_file_id BIGINT NOT NULL REFERENCES evidence_file (id),
    PRIMARY KEY (loss_item_id, evidence_file_id)
);
CREATE INDEX loss_item_evidence_file_idx ON loss_item_evidence (evidence_file_id);
