-- Rule sets (规则集, rules.md first paragraph): versioned, dated records of every threshold, range and period.
-- The columns are what lists and selection need; "definition" is the whole set as the JSON document that
-- RuleSetJson reads and writes (rulesets/*.json), kept in step with the columns by RuleSetAdminService.
CREATE TABLE rule_set (
    id              BIGSERIAL     PRIMARY KEY,
    code            VARCHAR(64)   NOT NULL UNIQUE,
    issuer          VARCHAR(200)  NOT NULL,
    title           VARCHAR(400)  NOT NULL,
    effective_from  DATE          NOT NULL,
    filing_date     DATE,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'IN_FORCE', 'RETIRED')),
    tables_reviewed BOOLEAN       NOT NULL,
    derived_from    VARCHAR(64),
    definition      TEXT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX rule_set_in_force ON rule_set (status, effective_from);
