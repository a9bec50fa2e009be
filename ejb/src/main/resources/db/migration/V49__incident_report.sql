-- The one-event-one-report (一事一报告, rules.md §11): one row per event (a clue, the clues merged with it and the
-- case opened from them are one event), raised when the level reaches LARGER or MAJOR or a person marks a serious
-- loss risk. It goes through its stages (快报, 实时报告, 初核报告, then progress reports), each drafted in versions,
-- approved by LEADER and marked sent; the register keeps every report ever raised.
CREATE TABLE incident_report (
    id                      BIGSERIAL     PRIMARY KEY,
    report_no               VARCHAR(40)   NOT NULL UNIQUE,
    report_year             INTEGER       NOT NULL,
    report_seq              INTEGER       NOT NULL,
    enterprise_id           BIGINT        NOT NULL REFERENCES enterprise (id),
    clue_id                 BIGINT        REFERENCES clue (id),
    investigation_id        BIGINT        REFERENCES investigation (id),
    level                   VARCHAR(16),
    raised_by_trigger       VARCHAR(16)   NOT NULL CHECK (raised_by_trigger IN ('CLUE_LEVEL', 'CASE_LEVEL', 'MARKED')),
    marked_reason           VARCHAR(2000),
    found_on                DATE          NOT NULL,
    raised_on               DATE          NOT NULL,
    raised_by               VARCHAR(128)  NOT NULL,
    kind                    VARCHAR(16)   NOT NULL CHECK (kind IN ('FLASH', 'REAL_TIME', 'PRELIMINARY', 'PROGRESS')),
    state                   VARCHAR(20)   NOT NULL CHECK (state IN ('DRAFTING', 'AWAITING_APPROVAL', 'APPROVED', 'SENT')),
    approved_by             VARCHAR(128),
    approval_opinion        VARCHAR(2000),
    extension_days          INTEGER       CHECK (extension_days BETWEEN 1 AND 366),
    extension_reason        VARCHAR(2000),
    extension_requested_by  VARCHAR(128),
    extension_approved      BOOLEAN,
    extension_decided_by    VARCHAR(128),
    extension_opinion       VARCHAR(2000),
    version                 INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT incident_report_subject CHECK (clue_id IS NOT NULL OR investigation_id IS NOT NULL)
);
CREATE INDEX incident_report_clue_idx ON incident_report (clue_id);
CREATE INDEX incident_report_case_idx ON incident_report (investigation_id);
CREATE INDEX incident_report_enterprise_idx ON incident_report (enterprise_id, state);

-- The text of a stage, every saved version kept; a progress report also says what changed since the last one.
CREATE TABLE incident_report_text (
    id            BIGSERIAL     PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES incident_report (id),
    text_no       INTEGER       NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    source_part   VARCHAR(4000) NOT NULL,
    description   VARCHAR(8000) NOT NULL,
    impact        VARCHAR(4000) NOT NULL,
    causes        VARCHAR(4000) NOT NULL,
    measures      VARCHAR(4000) NOT NULL,
    changes       VARCHAR(4000),
    saved_by      VARCHAR(128)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (report_id, text_no)
);

-- What was sent, stage by stage: the approved version, when, how, under which reference, to whom.
CREATE TABLE incident_report_sent (
    id            BIGSERIAL     PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES incident_report (id),
    kind          VARCHAR(16)   NOT NULL,
    text_no       INTEGER       NOT NULL,
    due_on        DATE,
    sent_on       DATE          NOT NULL,
    channel       VARCHAR(200)  NOT NULL,
    reference     VARCHAR(200)  NOT NULL,
    recipient     VARCHAR(200)  NOT NULL,
    approved_by   VARCHAR(128)  NOT NULL,
    recorded_by   VARCHAR(128)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX incident_report_sent_idx ON incident_report_sent (report_id, id);

CREATE TABLE incident_report_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    report_id   BIGINT        NOT NULL REFERENCES incident_report (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX incident_report_history_idx ON incident_report_history (report_id, occurred_at, id);

CREATE FUNCTION incident_report_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER incident_report_history_append_only BEFORE UPDATE OR DELETE ON incident_report_history
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();
CREATE TRIGGER incident_report_text_append_only BEFORE UPDATE OR DELETE ON incident_report_text
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();
CREATE TRIGGER incident_report_sent_append_only BEFORE UPDATE OR DELETE ON incident_report_sent
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();

-- The rule sets stored before the clocks existed get the municipal defaults, marked as not yet reviewed.
UPDATE rule_set
   SET definition = (definition::jsonb || jsonb_build_object('reporting', jsonb_build_object(
           'flashDays', 5, 'realTimeDays', 15, 'preliminaryDays', 30, 'extensionMaxDays', 30,
           'source', '参照国资委《关于做好中央企业违规经营投资资产损失报告工作的通知》（2018年）和淄博市国资委2022年通知的工作日时限（待核）',
           'reviewed', false)))::text,
       updated_at = now()
 WHERE definition::jsonb -> 'reporting' IS NULL;
