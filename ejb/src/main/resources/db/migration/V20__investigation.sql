-- Investigations (调查/核查, issue 7): opened from accepted clues, numbered <handling unit>-DC-<year>-<serial>
-- gap-free per numbering enterprise and year (a counter row locked by the opening transaction, like the clue
-- ledger). A case is in the scope of its handling unit (owner_enterprise_id); subjects and anyone involved are
-- recorded in involved_person ('INVESTIGATION', id) and never see it; INVESTIGATOR sees only the cases of a team
-- they are on and have signed the recusal declaration for.

CREATE TABLE investigation_counter (
    enterprise_id BIGINT   NOT NULL REFERENCES enterprise (id),
    year          SMALLINT NOT NULL,
    last_number   INTEGER  NOT NULL,
    PRIMARY KEY (enterprise_id, year),
    CONSTRAINT investigation_counter_positive CHECK (last_number > 0)
);

CREATE TABLE investigation (
    id                      BIGSERIAL     NOT NULL PRIMARY KEY,
    case_no                 VARCHAR(40)   NOT NULL UNIQUE,
    numbering_enterprise_id BIGINT        NOT NULL REFERENCES enterprise (id),
    case_year               SMALLINT      NOT NULL,
    case_seq                INTEGER       NOT NULL,
    owner_enterprise_id     BIGINT        NOT NULL REFERENCES enterprise (id),
    loss_enterprise_id      BIGINT        NOT NULL REFERENCES enterprise (id),
    title                   VARCHAR(200)  NOT NULL,
    plan                    VARCHAR(4000) NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    opened_on               DATE          NOT NULL,
    opened_by               VARCHAR(128)  NOT NULL,
    concluded_on            DATE,
    version                 INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT investigation_number_unique UNIQUE (numbering_enterprise_id, case_year, case_seq),
    CONSTRAINT investigation_status_known CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'REPORT_DRAFTED',
        'REPORT_APPROVED', 'CONCLUDED'))
);
CREATE INDEX investigation_owner_idx ON investigation (owner_enterprise_id, opened_on DESC, id DESC);

-- The accepted clues an investigation was opened from: a clue goes into one investigation at most.
CREATE TABLE investigation_clue (
    investigation_id BIGINT NOT NULL REFERENCES investigation (id),
    clue_id          BIGINT NOT NULL REFERENCES clue (id),
    PRIMARY KEY (investigation_id, clue_id),
    CONSTRAINT investigation_clue_once UNIQUE (clue_id)
);

-- Subjects (被调查人): people of the master data; departed and retired people stay subjects (终身追责).
CREATE TABLE investigation_subject (
    id               BIGSERIAL    NOT NULL PRIMARY KEY,
    investigation_id BIGINT       NOT NULL REFERENCES investigation (id),
    person_id        BIGINT       NOT NULL REFERENCES person (id),
    employee_no      VARCHAR(32)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    enterprise_code  VARCHAR(20)  NOT NULL,
    post             VARCHAR(200),
    enterprise_head  BOOLEAN      NOT NULL,
    version          INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT investigation_subject_once UNIQUE (investigation_id, person_id)
);

-- The team (核查工作组): a leader and members, each with the department they come from and their recusal
-- declaration (回避, M§39). A member with a declared conflict stays here as a record, removed from the team.
CREATE TABLE investigation_member (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id BIGINT        NOT NULL REFERENCES investigation (id),
    user_id          VARCHAR(128)  NOT NULL,
    employee_no      VARCHAR(32),
    name             VARCHAR(100)  NOT NULL,
    department       VARCHAR(200)  NOT NULL,
    team_role        VARCHAR(10)   NOT NULL,
    recusal          VARCHAR(12)   NOT NULL,
    statement        VARCHAR(2000),
    declared_at      TIMESTAMP WITH TIME ZONE,
    assigned_by      VARCHAR(128)  NOT NULL,
    assigned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT investigation_member_role_known CHECK (team_role IN ('LEADER', 'MEMBER')),
    CONSTRAINT investigation_member_recusal_known CHECK (recusal IN ('PENDING', 'NO_CONFLICT', 'CONFLICT'))
);
CREATE UNIQUE INDEX investigation_member_once ON investigation_member (investigation_id, user_id) WHERE recusal <> 'CONFLICT';
CREATE INDEX investigation_member_user_idx ON investigation_member (user_id, investigation_id);

CREATE TABLE investigation_history (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id BIGINT        NOT NULL REFERENCES investigation (id),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id          VARCHAR(128)  NOT NULL,
    action           VARCHAR(32)   NOT NULL,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    reason           VARCHAR(2000),
    details          VARCHAR(4000),
    version          INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX investigation_history_idx ON investigation_history (investigation_id, occurred_at, id);

CREATE FUNCTION investigation_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'investigation_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER investigation_history_append_only BEFORE UPDATE OR DELETE ON investigation_history
    FOR EACH ROW EXECUTE FUNCTION investigation_history_refuse_change();
