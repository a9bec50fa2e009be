-- Loss items and the loss determination of an investigation (rules.md §1–§2). Items are never deleted; the
-- determination row keeps what the engine answered with the rule set used, the assets it took, and when the
-- one-event-one-report obligation (一事一报告) arose.

CREATE TABLE loss_item (
    id                   BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id     BIGINT        NOT NULL REFERENCES investigation (id),
    kind                 VARCHAR(10)   NOT NULL,
    contingent           BOOLEAN       NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    amount               NUMERIC(18,2) NOT NULL,
    basis                VARCHAR(32)   NOT NULL,
    evidence_reference   VARCHAR(200)  NOT NULL,
    assessment_reference VARCHAR(200),
    recovered_amount     NUMERIC(18,2) NOT NULL DEFAULT 0,
    entered_by           VARCHAR(128)  NOT NULL,
    entered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT loss_item_kind_known CHECK (kind IN ('DIRECT', 'INDIRECT')),
    CONSTRAINT loss_item_basis_known CHECK (basis IN ('JUDICIAL_OR_ADMINISTRATIVE', 'ACCOUNTING_AUDIT', 'ASSET_APPRAISAL',
        'LAW_FIRM_OPINION', 'TECHNICAL_APPRAISAL', 'INTERNAL')),
    CONSTRAINT loss_item_amount_positive CHECK (amount > 0),
    CONSTRAINT loss_item_recovered_not_negative CHECK (recovered_amount >= 0)
);
CREATE INDEX loss_item_investigation_idx ON loss_item (investigation_id, id);

CREATE TABLE loss_determination (
    investigation_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES investigation (id),
    determination_date    DATE          NOT NULL,
    rule_set_requested    VARCHAR(40),
    rule_set_used         VARCHAR(40),
    counted_amount        NUMERIC(18,2) NOT NULL,
    prior_year_end_assets NUMERIC(18,2),
    level                 VARCHAR(16),
    by_amount             VARCHAR(16),
    by_share              VARCHAR(16),
    assets_missing        BOOLEAN       NOT NULL DEFAULT FALSE,
    articles              VARCHAR(1000),
    incident_report_since DATE,
    determined_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version               INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX loss_determination_incident_idx ON loss_determination (incident_report_since) WHERE incident_report_since IS NOT NULL;
