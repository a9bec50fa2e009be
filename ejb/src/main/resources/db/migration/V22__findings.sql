-- Responsibility findings per subject (rules.md §3), fault-tolerance evaluations (§6–§7) and the confirmed
-- jurisdiction (§9) of an investigation. Codes are stored as comma-separated enum names.

CREATE TABLE responsibility_finding (
    id                 BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id   BIGINT        NOT NULL REFERENCES investigation (id),
    subject_id         BIGINT        NOT NULL REFERENCES investigation_subject (id),
    responsibility     VARCHAR(16)   NOT NULL,
    facts              VARCHAR(4000) NOT NULL,
    evidence           VARCHAR(1000) NOT NULL,
    circumstances      VARCHAR(200),
    aggravating        VARCHAR(200),
    aggravating_reason VARCHAR(2000),
    recorded_by        VARCHAR(128)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT responsibility_finding_once UNIQUE (subject_id),
    CONSTRAINT responsibility_finding_known CHECK (responsibility IN ('DIRECT', 'SUPERVISORY', 'LEADERSHIP'))
);
CREATE INDEX responsibility_finding_investigation_idx ON responsibility_finding (investigation_id);

CREATE TABLE fault_tolerance_evaluation (
    id                 BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id   BIGINT        NOT NULL REFERENCES investigation (id),
    subject_id         BIGINT        NOT NULL REFERENCES investigation_subject (id),
    exclusions         VARCHAR(200),
    conditions         VARCHAR(200),
    condition_evidence VARCHAR(4000),
    outcome            VARCHAR(16)   NOT NULL,
    rule_set_code      VARCHAR(40)   NOT NULL,
    status             VARCHAR(10)   NOT NULL,
    proposed_by        VARCHAR(128)  NOT NULL,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by        VARCHAR(128),
    approved_at        TIMESTAMP WITH TIME ZONE,
    approval_note      VARCHAR(2000),
    version            INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT fault_tolerance_once UNIQUE (subject_id),
    CONSTRAINT fault_tolerance_status_known CHECK (status IN ('PROPOSED', 'APPROVED')),
    -- the database refuses tolerance with an exclusion too, whatever the application does
    CONSTRAINT fault_tolerance_excluded CHECK (exclusions IS NULL OR exclusions = ''
        OR outcome NOT IN ('LIGHTER', 'MITIGATED', 'EXEMPTED'))
);

CREATE TABLE jurisdiction_decision (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id BIGINT        NOT NULL REFERENCES investigation (id),
    proposed_unit    VARCHAR(20)   NOT NULL,
    owner_institution BOOLEAN      NOT NULL,
    basis            VARCHAR(200)  NOT NULL,
    confirmed_unit   VARCHAR(20)   NOT NULL,
    reason           VARCHAR(2000),
    confirmed_by     VARCHAR(128)  NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX jurisdiction_decision_idx ON jurisdiction_decision (investigation_id, confirmed_at);
