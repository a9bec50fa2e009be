-- Rectification (整改, issue 18): tasks that plug the loopholes a case found (M§38(4), O63 六(一)4), numbered
-- <owner enterprise>-ZG-<year>-<serial> from number_counter like clues. A task is in the scope of its owner
-- enterprise and, when it comes from a case or a decision, hidden like that case from anyone involved in it.
-- The clues it belongs to (through the case) stay open until it is verified (对账销号).

CREATE TABLE rectification (
    id                     BIGSERIAL     NOT NULL PRIMARY KEY,
    rectification_no       VARCHAR(40)   NOT NULL UNIQUE,
    rectification_year     SMALLINT      NOT NULL,
    rectification_seq      INTEGER       NOT NULL,
    source                 VARCHAR(24)   NOT NULL,
    investigation_id       BIGINT        REFERENCES investigation (id),
    decision_id            BIGINT        REFERENCES decision (id),
    source_reference       VARCHAR(200),
    owner_enterprise_id    BIGINT        NOT NULL REFERENCES enterprise (id),
    department             VARCHAR(100)  NOT NULL,
    responsible_person_id  BIGINT        REFERENCES person (id),
    responsible_employee_no VARCHAR(32),
    responsible_name       VARCHAR(100)  NOT NULL,
    liaison_user_id        VARCHAR(128),
    measure                VARCHAR(16)   NOT NULL,
    requirement            VARCHAR(4000) NOT NULL,
    fixes                  VARCHAR(400),
    deadline               DATE          NOT NULL,
    original_deadline      DATE          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    created_by             VARCHAR(128)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_on            DATE,
    verified_by            VARCHAR(128),
    clue_ledger_no         VARCHAR(40),
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT rectification_status_known CHECK (status IN ('OPEN', 'SUBMITTED', 'VERIFIED')),
    CONSTRAINT rectification_source_known CHECK (source IN ('CONCLUDED_INVESTIGATION', 'DECISION', 'SELF_INSPECTION',
        'REGULATOR_REQUEST')),
    CONSTRAINT rectification_measure_known CHECK (measure IN ('RULE_REVISION', 'PROCESS_FIX', 'RECOVERY', 'PERSONNEL', 'OTHER')),
    CONSTRAINT rectification_source_linked CHECK (
        (source = 'CONCLUDED_INVESTIGATION' AND investigation_id IS NOT NULL)
        OR (source = 'DECISION' AND decision_id IS NOT NULL AND investigation_id IS NOT NULL)
        OR (source IN ('SELF_INSPECTION', 'REGULATOR_REQUEST') AND source_reference IS NOT NULL)),
    CONSTRAINT rectification_verified_whole CHECK ((status = 'VERIFIED') = (verified_on IS NOT NULL)),
    CONSTRAINT rectification_number_unique UNIQUE (owner_enterprise_id, rectification_year, rectification_seq)
);
CREATE INDEX rectification_owner_idx ON rectification (owner_enterprise_id, deadline);
CREATE INDEX rectification_investigation_idx ON rectification (investigation_id);
CREATE INDEX rectification_open_idx ON rectification (deadline) WHERE status <> 'VERIFIED';

-- The clues a task belongs to, copied from its case when it is created: they close only once it is verified.
CREATE TABLE rectification_clue (
    rectification_id BIGINT NOT NULL REFERENCES rectification (id),
    clue_id          BIGINT NOT NULL REFERENCES clue (id),
    PRIMARY KEY (rectification_id, clue_id)
);
CREATE INDEX rectification_clue_clue_idx ON rectification_clue (clue_id);

-- What the owner enterprise submitted: a text and files (checked like a clue's attachments), never changed.
CREATE TABLE rectification_submission (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    rectification_id BIGINT        NOT NULL REFERENCES rectification (id),
    text             VARCHAR(4000) NOT NULL,
    submitted_by     VARCHAR(128)  NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    review           VARCHAR(16),
    review_opinion   VARCHAR(2000),
    reviewed_by      VARCHAR(128),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT rectification_submission_review_known CHECK (review IS NULL OR review IN ('VERIFIED', 'SENT_BACK'))
);
CREATE INDEX rectification_submission_idx ON rectification_submission (rectification_id, submitted_at);

CREATE TABLE rectification_file (
    id            BIGSERIAL    NOT NULL PRIMARY KEY,
    submission_id BIGINT       NOT NULL REFERENCES rectification_submission (id),
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    version       INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT rectification_file_size CHECK (size_bytes > 0 AND size_bytes <= 8388608)
);
CREATE INDEX rectification_file_submission_idx ON rectification_file (submission_id);

-- Requests for more time: LEADER approves (the deadline moves) or refuses, with an opinion. One open at a time.
CREATE TABLE rectification_extension (
    id                BIGSERIAL     NOT NULL PRIMARY KEY,
    rectification_id  BIGINT        NOT NULL REFERENCES rectification (id),
    reason            VARCHAR(2000) NOT NULL,
    previous_deadline DATE          NOT NULL,
    requested_deadline DATE         NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    requested_by      VARCHAR(128)  NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(128),
    decided_at        TIMESTAMP WITH TIME ZONE,
    opinion           VARCHAR(2000),
    version           INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT rectification_extension_status_known CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    CONSTRAINT rectification_extension_later CHECK (requested_deadline > previous_deadline),
    CONSTRAINT rectification_extension_decided_whole CHECK ((status = 'REQUESTED') = (decided_at IS NULL))
);
CREATE INDEX rectification_extension_idx ON rectification_extension (rectification_id);
CREATE UNIQUE INDEX rectification_extension_one_open ON rectification_extension (rectification_id) WHERE status = 'REQUESTED';

-- Reminders sent (before, at and after the deadline), one per kind and deadline: a moved deadline reminds again.
CREATE TABLE rectification_reminder (
    id               BIGSERIAL   NOT NULL PRIMARY KEY,
    rectification_id BIGINT      NOT NULL REFERENCES rectification (id),
    kind             VARCHAR(16) NOT NULL,
    due_on           DATE        NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT rectification_reminder_kind_known CHECK (kind IN ('BEFORE', 'AT', 'OVERDUE')),
    CONSTRAINT rectification_reminder_once UNIQUE (rectification_id, kind, due_on)
);

CREATE TABLE rectification_history (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    rectification_id BIGINT        NOT NULL REFERENCES rectification (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id          VARCHAR(128)  NOT NULL,
    action           VARCHAR(32)   NOT NULL,
    from_status      VARCHAR(16),
    to_status        VARCHAR(16),
    reason           VARCHAR(2000),
    details          VARCHAR(4000),
    version          INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX rectification_history_idx ON rectification_history (rectification_id, occurred_at, id);
-- Append-only, like the other histories.
CREATE FUNCTION rectification_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rectification_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER rectification_history_append_only BEFORE UPDATE OR DELETE ON rectification_history
    FOR EACH ROW EXECUTE FUNCTION rectification_history_refuse_change();
