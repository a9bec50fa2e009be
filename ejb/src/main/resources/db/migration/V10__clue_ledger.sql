-- Clue ledger (问题线索台账, issue 6): clues with their unified ledger numbers, persons concerned, history,
-- flagged supervision with progress and reminders. A clue is in the scope of its handling unit
-- (owner_enterprise_id): the enterprise concerned at registration, another unit after a transfer. Scoped
-- queries join enterprise and match its materialised path, so a restructuring moves clues with the tree.

-- Ledger numbers: one row per enterprise and year, incremented in the registering transaction. The row stays
-- locked until that transaction ends, so concurrent registrations queue on it and a rollback returns the
-- number: gap-free and unique, which a database sequence is not.
CREATE TABLE clue_counter (
    enterprise_id BIGINT   NOT NULL REFERENCES enterprise (id),
    year          SMALLINT NOT NULL,
    last_number   INTEGER  NOT NULL,
    PRIMARY KEY (enterprise_id, year),
    CONSTRAINT clue_counter_positive CHECK (last_number > 0)
);

CREATE SEQUENCE clue_seq INCREMENT BY 50;
CREATE TABLE clue (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    ledger_no             VARCHAR(40)   NOT NULL UNIQUE,
    numbering_enterprise_id BIGINT      NOT NULL REFERENCES enterprise (id),
    ledger_year           SMALLINT      NOT NULL,
    ledger_seq            INTEGER       NOT NULL,
    enterprise_id         BIGINT        NOT NULL REFERENCES enterprise (id),
    owner_enterprise_id   BIGINT        NOT NULL REFERENCES enterprise (id),
    source                VARCHAR(32)   NOT NULL,
    received_on           DATE          NOT NULL,
    registered_on         DATE          NOT NULL,
    registered_by         VARCHAR(128)  NOT NULL,
    summary               VARCHAR(4000) NOT NULL,
    possible_loss         NUMERIC(18,2),
    level                 VARCHAR(16),
    status                VARCHAR(20)   NOT NULL,
    handler               VARCHAR(200),
    check_deadline        DATE,
    disposition_reason    VARCHAR(2000),
    transfer_kind         VARCHAR(32),
    transfer_organ        VARCHAR(200),
    transfer_reference    VARCHAR(200),
    merged_into_id        BIGINT        REFERENCES clue (id),
    other_rules_reference VARCHAR(500),
    closed_on             DATE,
    closed_by             VARCHAR(128),
    reporter_name         VARCHAR(100),
    reporter_contact      VARCHAR(200),
    supervised            BOOLEAN       NOT NULL DEFAULT FALSE,
    supervision_deadline  DATE,
    version               INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT clue_number_unique UNIQUE (numbering_enterprise_id, ledger_year, ledger_seq),
    CONSTRAINT clue_source_known CHECK (source IN ('REPORT', 'AUDIT', 'INSPECTION_TOUR', 'DISCIPLINE_TRANSFER',
        'INTERVIEW', 'SELF_INSPECTION', 'ASSIGNED_BY_SUPERIOR', 'OTHER')),
    CONSTRAINT clue_status_known CHECK (status IN ('REGISTERED', 'CHECKING', 'ACCEPTED', 'NOT_ACCEPTED', 'TRANSFERRED',
        'MERGED', 'OUT_OF_SCOPE', 'CLOSED')),
    CONSTRAINT clue_level_known CHECK (level IS NULL OR level IN ('GENERAL', 'LARGER', 'MAJOR')),
    CONSTRAINT clue_loss_not_negative CHECK (possible_loss IS NULL OR possible_loss >= 0),
    CONSTRAINT clue_not_merged_into_itself CHECK (merged_into_id IS NULL OR merged_into_id <> id)
);
-- The ledger's usual page: a subtree (join on the owner's path), a status, a date range, newest first.
CREATE INDEX clue_owner_received_idx ON clue (owner_enterprise_id, received_on DESC, id DESC);
CREATE INDEX clue_owner_status_idx ON clue (owner_enterprise_id, status, received_on DESC);
CREATE INDEX clue_received_idx ON clue (received_on DESC, id DESC);
CREATE INDEX clue_supervision_idx ON clue (supervision_deadline) WHERE supervised;
CREATE INDEX clue_merged_into_idx ON clue (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Persons concerned (被反映人): a person of the master data, or a name as written when unknown there.
CREATE TABLE clue_person (
    id          BIGSERIAL    NOT NULL PRIMARY KEY,
    clue_id     BIGINT       NOT NULL REFERENCES clue (id),
    employee_no VARCHAR(32),
    name        VARCHAR(100) NOT NULL,
    note        VARCHAR(200),
    version     INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX clue_person_clue_idx ON clue_person (clue_id);
CREATE INDEX clue_person_employee_idx ON clue_person (employee_no) WHERE employee_no IS NOT NULL;

-- The clue's history: who, when, from what, to what, why. Append-only like the audit trail.
CREATE TABLE clue_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    clue_id     BIGINT        NOT NULL REFERENCES clue (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX clue_history_clue_idx ON clue_history (clue_id, occurred_at, id);

CREATE FUNCTION clue_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'clue_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER clue_history_append_only BEFORE UPDATE OR DELETE ON clue_history
    FOR EACH ROW EXECUTE FUNCTION clue_history_refuse_change();

-- Flagged supervision (挂牌督办): at most one running per clue; ended ones stay for the record.
CREATE TABLE supervision (
    id                     BIGSERIAL    NOT NULL PRIMARY KEY,
    clue_id                BIGINT       NOT NULL REFERENCES clue (id),
    leader_user_id         VARCHAR(128) NOT NULL,
    deadline               DATE         NOT NULL,
    progress_interval_days INTEGER      NOT NULL,
    started_on             DATE         NOT NULL,
    started_by             VARCHAR(128) NOT NULL,
    ended_on               DATE,
    version                INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT supervision_interval_range CHECK (progress_interval_days BETWEEN 1 AND 366)
);
CREATE UNIQUE INDEX supervision_one_running ON supervision (clue_id) WHERE ended_on IS NULL;

CREATE TABLE supervision_progress (
    id             BIGSERIAL     NOT NULL PRIMARY KEY,
    supervision_id BIGINT        NOT NULL REFERENCES supervision (id),
    entered_on     DATE          NOT NULL,
    entered_by     VARCHAR(128)  NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    version        INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX supervision_progress_idx ON supervision_progress (supervision_id, entered_on);

-- Reminders sent (or due) before and at a supervision deadline: one per clue, kind and day, so a timer that
-- runs twice reminds once. The home page shows the open ones as tasks.
CREATE TABLE clue_reminder (
    id           BIGSERIAL    NOT NULL PRIMARY KEY,
    clue_id      BIGINT       NOT NULL REFERENCES clue (id),
    kind         VARCHAR(16)  NOT NULL,
    due_on       DATE         NOT NULL,
    recipient    VARCHAR(128) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_sent    BOOLEAN      NOT NULL DEFAULT FALSE,
    version      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT clue_reminder_kind_known CHECK (kind IN ('BEFORE', 'AT', 'OVERDUE')),
    CONSTRAINT clue_reminder_once UNIQUE (clue_id, kind, due_on)
);
