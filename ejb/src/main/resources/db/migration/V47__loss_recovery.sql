-- Loss recovery (追损, 篇五 二(二)3 "以追责促追损"). What was recovered of a loss item is a list of events, each with
-- its date, amount, how, reference and evidence; an event is corrected only by a reversing event that names it and
-- says why (amount the negative of the reversed one, so a plain SUM is the net figure). Both tables refuse
-- changes: the record of money is never rewritten.

CREATE TABLE recovery_event (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id BIGINT        NOT NULL REFERENCES investigation (id),
    loss_item_id     BIGINT        NOT NULL REFERENCES loss_item (id),
    recovered_on     DATE          NOT NULL,
    amount           NUMERIC(18,2) NOT NULL,
    method           VARCHAR(20)   NOT NULL,
    reference        VARCHAR(200),
    evidence         VARCHAR(2000) NOT NULL,
    reverses_id      BIGINT        REFERENCES recovery_event (id),
    reason           VARCHAR(2000),
    entered_by       VARCHAR(128)  NOT NULL,
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT recovery_event_method_known CHECK (method IN ('LITIGATION', 'AGREED_REPAYMENT', 'INSURANCE',
        'ASSET_DISPOSAL', 'PAY_CLAWBACK', 'OTHER')),
    CONSTRAINT recovery_event_sign CHECK ((reverses_id IS NULL AND amount > 0 AND reason IS NULL)
        OR (reverses_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL))
);
CREATE INDEX recovery_event_investigation_idx ON recovery_event (investigation_id, recovered_on, id);
CREATE INDEX recovery_event_item_idx ON recovery_event (loss_item_id);
CREATE UNIQUE INDEX recovery_event_reversed_once ON recovery_event (reverses_id) WHERE reverses_id IS NOT NULL;

CREATE TABLE recovery_event_evidence (
    recovery_event_id BIGINT NOT NULL REFERENCES recovery_event (id),
    evidence_file_id  BIGINT NOT NULL REFERENCES evidence_file (id),
    PRIMARY KEY (recovery_event_id, evidence_file_id)
);

CREATE FUNCTION recovery_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER recovery_event_append_only BEFORE UPDATE OR DELETE ON recovery_event
    FOR EACH ROW EXECUTE FUNCTION recovery_event_refuse_change();
CREATE TRIGGER recovery_event_evidence_append_only BEFORE UPDATE OR DELETE ON recovery_event_evidence
    FOR EACH ROW EXECUTE FUNCTION recovery_event_refuse_change();

-- The recovery of a case as a whole: when the office last followed it up (the quarterly to-do), and the balance
-- the office asks to write off as irrecoverable (PENDING until a leader approves or refuses, with an opinion).
CREATE TABLE recovery_case (
    investigation_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES investigation (id),
    followed_up_on       DATE,
    irrecoverable_status VARCHAR(10),
    irrecoverable_amount NUMERIC(18,2),
    irrecoverable_reason VARCHAR(2000),
    requested_by         VARCHAR(128),
    requested_at         TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(128),
    decided_at           TIMESTAMP WITH TIME ZONE,
    opinion              VARCHAR(2000),
    version              INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT recovery_case_status_known CHECK (irrecoverable_status IN ('PENDING', 'APPROVED', 'REFUSED')),
    CONSTRAINT recovery_case_request_complete CHECK ((irrecoverable_status IS NULL) = (irrecoverable_reason IS NULL)
        AND (irrecoverable_status IS NULL) = (irrecoverable_amount IS NULL)),
    CONSTRAINT recovery_case_decision_complete CHECK ((irrecoverable_status IN ('APPROVED', 'REFUSED'))
        = (decided_by IS NOT NULL AND opinion IS NOT NULL))
);
CREATE INDEX recovery_case_pending_idx ON recovery_case (irrecoverable_status) WHERE irrecoverable_status = 'PENDING';

-- What was typed into a loss item until now becomes its first event, said so in the case's history. The item's
-- column stays (older demo steps write it) but is read no more: the recovered figure is the events' sum.
INSERT INTO recovery_event (investigation_id, loss_item_id, recovered_on, amount, method, reference, evidence,
                            entered_by, entered_at)
SELECT l.investigation_id, l.id, (l.entered_at AT TIME ZONE 'Asia/Shanghai')::date, l.recovered_amount, 'OTHER', NULL,
       '原损失项目中登记的已挽回金额（系统迁移）', l.entered_by, l.entered_at
FROM loss_item l WHERE l.recovered_amount > 0;

INSERT INTO investigation_history (investigation_id, occurred_at, user_id, action, details)
SELECT e.investigation_id, now(), 'system', 'RECOVERY_MIGRATED',
       'item=' || e.loss_item_id || '; event=' || e.id || '; amount=' || e.amount || '; method=OTHER'
FROM recovery_event e WHERE e.evidence = '原损失项目中登记的已挽回金额（系统迁移）';

UPDATE loss_item SET recovered_amount = 0 WHERE recovered_amount > 0;
