-- The parts of the investigation report (财产损失情况调查报告) that are not drawn from the case data: the proposed
-- handling and the rectification proposals (整改建议), written by OFFICE or the team while drafting. One row per
-- investigation, versioned for optimistic locking; every save is in the case's history and, with the text
-- before and after, in the audit trail.
CREATE TABLE investigation_report (
    investigation_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES investigation (id),
    proposed_handling VARCHAR(4000),
    rectification     VARCHAR(4000),
    updated_by        VARCHAR(128)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER       NOT NULL DEFAULT 0
);
