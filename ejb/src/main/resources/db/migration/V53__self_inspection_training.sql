-- Self-inspection campaigns (自查专项行动, issue 21, 篇一 (三)一, (四)二): OFFICE launches a campaign over an enterprise
-- subtree with a checklist and a due date, numbered <enterprise>-ZC-<year>-<serial> from number_counter; each
-- enterprise of the subtree answers on its own sheet, item by item; a problem found may become a clue (自查发现).
CREATE TABLE campaign (
    id                  BIGSERIAL     NOT NULL PRIMARY KEY,
    campaign_no         VARCHAR(40)   NOT NULL UNIQUE,
    campaign_year       SMALLINT      NOT NULL,
    campaign_seq        INTEGER       NOT NULL,
    root_enterprise_id  BIGINT        NOT NULL REFERENCES enterprise (id),
    title               VARCHAR(200)  NOT NULL,
    topic               VARCHAR(200)  NOT NULL,
    due_date            DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    created_by          VARCHAR(128)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at           TIMESTAMP WITH TIME ZONE,
    version             INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_status_known CHECK (status IN ('RUNNING', 'CLOSED')),
    CONSTRAINT campaign_number_unique UNIQUE (root_enterprise_id, campaign_year, campaign_seq)
);
CREATE INDEX campaign_root_idx ON campaign (root_enterprise_id, created_at);

-- The checklist, fixed at launch: one item per circumstance chosen (its code in the catalogue of the set in force)
-- or a free item.
CREATE TABLE campaign_item (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL REFERENCES campaign (id),
    position         INTEGER       NOT NULL,
    circumstance     VARCHAR(16),
    text             VARCHAR(1000) NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_item_position_unique UNIQUE (campaign_id, position)
);

-- One answer sheet per enterprise of the subtree: OPEN → SUBMITTED → ACCEPTED, or RETURNED (sent back, answered again).
CREATE TABLE campaign_sheet (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL REFERENCES campaign (id),
    enterprise_id    BIGINT        NOT NULL REFERENCES enterprise (id),
    status           VARCHAR(16)   NOT NULL,
    submitted_by     VARCHAR(128),
    submitted_at     TIMESTAMP WITH TIME ZONE,
    reviewed_by      VARCHAR(128),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    review_opinion   VARCHAR(2000),
    answers_changed_at TIMESTAMP WITH TIME ZONE,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_sheet_status_known CHECK (status IN ('OPEN', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    CONSTRAINT campaign_sheet_unique UNIQUE (campaign_id, enterprise_id)
);
CREATE INDEX campaign_sheet_enterprise_idx ON campaign_sheet (enterprise_id, status);

CREATE TABLE campaign_answer (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    sheet_id         BIGINT        NOT NULL REFERENCES campaign_sheet (id),
    item_id          BIGINT        NOT NULL REFERENCES campaign_item (id),
    result           VARCHAR(16)   NOT NULL,
    description      VARCHAR(4000),
    amount           NUMERIC(18, 2),
    clue_ledger_no   VARCHAR(40),
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT campaign_answer_result_known CHECK (result IN ('NO_PROBLEM', 'PROBLEM')),
    CONSTRAINT campaign_answer_problem_described CHECK (result = 'NO_PROBLEM' OR description IS NOT NULL),
    CONSTRAINT campaign_answer_amount CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT campaign_answer_unique UNIQUE (sheet_id, item_id)
);

-- Evidence of an answer, checked like a clue's attachments.
CREATE TABLE campaign_file (
    id            BIGSERIAL    NOT NULL PRIMARY KEY,
    answer_id     BIGINT       NOT NULL REFERENCES campaign_answer (id),
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT campaign_file_size CHECK (size_bytes > 0 AND size_bytes <= 8388608)
);
CREATE INDEX campaign_file_answer_idx ON campaign_file (answer_id);

CREATE TABLE campaign_history (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    campaign_id      BIGINT        NOT NULL REFERENCES campaign (id),
    sheet_id         BIGINT        REFERENCES campaign_sheet (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id          VARCHAR(128)  NOT NULL,
    action           VARCHAR(32)   NOT NULL,
    from_status      VARCHAR(16),
    to_status        VARCHAR(16),
    reason           VARCHAR(2000),
    details          VARCHAR(4000),
    version          INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX campaign_history_idx ON campaign_history (campaign_id, occurred_at, id);
CREATE FUNCTION campaign_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'campaign_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER campaign_history_append_only BEFORE UPDATE OR DELETE ON campaign_history
    FOR EACH ROW EXECUTE FUNCTION campaign_history_refuse_change();

-- Training records (业务培训, 篇五 三), numbered <organiser>-PX-<year>-<serial>: counted in the annual report.
CREATE TABLE training (
    id                     BIGSERIAL     NOT NULL PRIMARY KEY,
    training_no            VARCHAR(40)   NOT NULL UNIQUE,
    training_year          SMALLINT      NOT NULL,
    training_seq           INTEGER       NOT NULL,
    organiser_enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    course                 VARCHAR(200)  NOT NULL,
    held_on                DATE          NOT NULL,
    hours                  NUMERIC(5, 1) NOT NULL,
    external_participants  INTEGER       NOT NULL DEFAULT 0,
    materials              VARCHAR(2000),
    created_by             VARCHAR(128)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT training_hours_positive CHECK (hours > 0 AND hours <= 999),
    CONSTRAINT training_external_count CHECK (external_participants >= 0),
    CONSTRAINT training_number_unique UNIQUE (organiser_enterprise_id, training_year, training_seq)
);
CREATE INDEX training_organiser_idx ON training (organiser_enterprise_id, held_on);

CREATE TABLE training_participant (
    training_id  BIGINT NOT NULL REFERENCES training (id),
    person_id    BIGINT NOT NULL REFERENCES person (id),
    PRIMARY KEY (training_id, person_id)
);
CREATE INDEX training_participant_person_idx ON training_participant (person_id);
