-- Organisation (issue 4): the group tree with its restructuring history, yearly assets, people and yearly pay.
-- Money is NUMERIC(18,2) in yuan. Tables that later areas scope by enterprise join enterprise and filter on
-- its materialised path, so a restructuring rewrites paths here and nowhere else.

-- Enterprise ids are taken from the sequence before the insert: the row's path contains its own id.
CREATE SEQUENCE enterprise_seq;

CREATE TABLE enterprise (
    id                BIGINT        NOT NULL PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL UNIQUE,
    full_name         VARCHAR(200)  NOT NULL,
    short_name        VARCHAR(100),
    parent_id         BIGINT        REFERENCES enterprise (id),
    type              VARCHAR(20)   NOT NULL,
    uscc              CHAR(18)      UNIQUE,
    owner_institution VARCHAR(200),
    status            VARCHAR(16)   NOT NULL DEFAULT 'ACTIVE',
    status_date       DATE,
    merged_into_id    BIGINT        REFERENCES enterprise (id),
    -- '/1/' for the group, '/1/7/' for a subsidiary of it, ... The "C" collation makes the prefix match
    -- (path LIKE '/1/7/%') an index range scan whatever the database's locale.
    path              VARCHAR(1000) COLLATE "C" NOT NULL,
    version           INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_code_format CHECK (code ~ '^[A-Z0-9]{2,20}$'),
    CONSTRAINT enterprise_path_format CHECK (path ~ '^(/[0-9]+)+/$'),
    CONSTRAINT enterprise_status_known CHECK (status IN ('ACTIVE', 'MERGED', 'CLOSED')),
    CONSTRAINT enterprise_status_dated CHECK (status = 'ACTIVE' OR status_date IS NOT NULL),
    CONSTRAINT enterprise_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX enterprise_path_idx ON enterprise (path);
CREATE INDEX enterprise_parent_idx ON enterprise (parent_id);
-- One group, one root.
CREATE UNIQUE INDEX enterprise_single_root ON enterprise ((parent_id IS NULL)) WHERE parent_id IS NULL;

-- Restructuring history: the tree as it is now is in enterprise; how it came to be is here.
CREATE TABLE enterprise_change (
    id             BIGSERIAL    NOT NULL PRIMARY KEY,
    enterprise_id  BIGINT       NOT NULL REFERENCES enterprise (id),
    kind           VARCHAR(16)  NOT NULL,
    effective_date DATE         NOT NULL,
    old_parent_id  BIGINT       REFERENCES enterprise (id),
    new_parent_id  BIGINT       REFERENCES enterprise (id),
    merged_into_id BIGINT       REFERENCES enterprise (id),
    reason         VARCHAR(500),
    recorded_by    VARCHAR(128) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT enterprise_change_kind_known CHECK (kind IN ('CREATED', 'MOVED', 'MERGED', 'CLOSED'))
);
CREATE INDEX enterprise_change_enterprise_idx ON enterprise_change (enterprise_id, effective_date);

-- Total and net assets at the end of each year (年末资产总额 / 净资产): the base of loss levels.
CREATE SEQUENCE enterprise_assets_seq INCREMENT BY 50;
CREATE TABLE enterprise_assets (
    id            BIGINT        NOT NULL PRIMARY KEY,
    enterprise_id BIGINT        NOT NULL REFERENCES enterprise (id),
    year          SMALLINT      NOT NULL,
    total_assets  NUMERIC(18,2) NOT NULL,
    net_assets    NUMERIC(18,2),
    source        VARCHAR(200),
    entered_on    DATE          NOT NULL,
    entered_by    VARCHAR(128)  NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT enterprise_assets_one_per_year UNIQUE (enterprise_id, year),
    CONSTRAINT enterprise_assets_year_range CHECK (year BETWEEN 1949 AND 2200),
    CONSTRAINT enterprise_assets_total_not_negative CHECK (total_assets >= 0)
);

-- People (人员). The ID-document number is never stored: only its HMAC (server secret) and last four characters.
CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE TABLE person (
    id                BIGINT       NOT NULL PRIMARY KEY,
    employee_no       VARCHAR(32)  NOT NULL UNIQUE,
    name              VARCHAR(100) NOT NULL,
    enterprise_id     BIGINT       NOT NULL REFERENCES enterprise (id),
    department        VARCHAR(100),
    post              VARCHAR(100),
    post_level        VARCHAR(50),
    enterprise_head   BOOLEAN      NOT NULL DEFAULT FALSE,
    leadership_member BOOLEAN      NOT NULL DEFAULT FALSE,
    status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    status_date       DATE,
    ldap_user_id      VARCHAR(128) UNIQUE,
    id_hash           CHAR(64),
    id_last_four      VARCHAR(4),
    version           INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT person_status_known CHECK (status IN ('ACTIVE', 'TRANSFERRED', 'LEFT', 'RETIRED')),
    CONSTRAINT person_status_dated CHECK (status = 'ACTIVE' OR status_date IS NOT NULL),
    CONSTRAINT person_id_both_or_neither CHECK ((id_hash IS NULL) = (id_last_four IS NULL))
);
CREATE INDEX person_enterprise_idx ON person (enterprise_id);
CREATE INDEX person_id_hash_idx ON person (id_hash);

-- Pay by year (绩效年薪, 任期激励收入, 中长期激励收入): the base of claw-back, entered by HR.
CREATE SEQUENCE person_pay_seq INCREMENT BY 50;
CREATE TABLE person_pay (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    person_id           BIGINT        NOT NULL REFERENCES person (id),
    year                SMALLINT      NOT NULL,
    performance_salary  NUMERIC(18,2),
    term_incentive      NUMERIC(18,2),
    long_term_incentive NUMERIC(18,2),
    entered_by          VARCHAR(128)  NOT NULL,
    entered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT person_pay_one_per_year UNIQUE (person_id, year),
    CONSTRAINT person_pay_year_range CHECK (year BETWEEN 1949 AND 2200),
    CONSTRAINT person_pay_not_negative CHECK (COALESCE(performance_salary, 0) >= 0
        AND COALESCE(term_incentive, 0) >= 0 AND COALESCE(long_term_incentive, 0) >= 0)
);
