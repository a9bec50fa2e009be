-- Decisions (处理决定, issue 8): one per responsible person of a concluded investigation, numbered
-- <deciding unit>-JD-<year>-<serial> gap-free per enterprise and year (a counter row locked by the creating
-- transaction, like the clue ledger and the investigations). A decision is in the scope of its deciding unit
-- (owner_enterprise_id) and hidden, like its case, from anyone involved in the investigation (recusal).
-- Effects on promotion (M§30) run from period_start for the periods of the measures, and apply from
-- served_on to ended_on (an appeal's result date); nothing here is ever deleted.

CREATE TABLE decision_counter (
    enterprise_id BIGINT   NOT NULL REFERENCES enterprise (id),
    year          SMALLINT NOT NULL,
    last_number   INTEGER  NOT NULL,
    PRIMARY KEY (enterprise_id, year),
    CONSTRAINT decision_counter_positive CHECK (last_number > 0)
);

CREATE TABLE decision (
    id                         BIGSERIAL     NOT NULL PRIMARY KEY,
    decision_no                VARCHAR(40)   NOT NULL UNIQUE,
    numbering_enterprise_id    BIGINT        NOT NULL REFERENCES enterprise (id),
    decision_year              SMALLINT      NOT NULL,
    decision_seq               INTEGER       NOT NULL,
    investigation_id           BIGINT        NOT NULL REFERENCES investigation (id),
    owner_enterprise_id        BIGINT        NOT NULL REFERENCES enterprise (id),
    person_id                  BIGINT        NOT NULL REFERENCES person (id),
    person_enterprise_id       BIGINT        NOT NULL REFERENCES enterprise (id),
    employee_no                VARCHAR(32)   NOT NULL,
    person_name                VARCHAR(100)  NOT NULL,
    responsibility             VARCHAR(16)   NOT NULL,
    loss_level                 VARCHAR(16)   NOT NULL,
    rule_set                   VARCHAR(60)   NOT NULL,
    determination_date         DATE          NOT NULL,
    outcome                    VARCHAR(16)   NOT NULL,
    measures                   VARCHAR(400),
    ban_years                  SMALLINT,
    ban_lifetime               BOOLEAN       NOT NULL DEFAULT FALSE,
    legal_basis                VARCHAR(400)  NOT NULL,
    performance_salary_percent NUMERIC(5,2),
    term_incentive_percent     NUMERIC(5,2),
    defer_performance_salary   BOOLEAN       NOT NULL DEFAULT FALSE,
    end_unexercised_rights     BOOLEAN       NOT NULL DEFAULT FALSE,
    hand_back_years            SMALLINT,
    incentive_bar_years        SMALLINT,
    incentive_bar_permanent    BOOLEAN       NOT NULL DEFAULT FALSE,
    facts                      VARCHAR(4000) NOT NULL,
    deviation                  VARCHAR(16)   NOT NULL,
    deviation_reason           VARCHAR(2000),
    lighter_basis              VARCHAR(20),
    status                     VARCHAR(16)   NOT NULL,
    proposed_by                VARCHAR(128)  NOT NULL,
    proposed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    legal_reviewer             VARCHAR(100),
    legal_reviewed_on          DATE,
    legal_opinion              VARCHAR(2000),
    legal_recorded_by          VARCHAR(128),
    approved_by                VARCHAR(128),
    approved_at                TIMESTAMP WITH TIME ZONE,
    served_on                  DATE,
    served_by                  VARCHAR(128),
    period_start               DATE,
    executed_on                DATE,
    executed_by                VARCHAR(128),
    execution_note             VARCHAR(2000),
    ended_on                   DATE,
    replaces_id                BIGINT        REFERENCES decision (id),
    version                    INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT decision_number_unique UNIQUE (numbering_enterprise_id, decision_year, decision_seq),
    CONSTRAINT decision_status_known CHECK (status IN ('PROPOSED', 'APPROVED', 'EFFECTIVE', 'EXECUTED')),
    CONSTRAINT decision_outcome_known CHECK (outcome IN ('STANDARD', 'HEAVIER', 'ESCALATED', 'LIGHTER', 'MITIGATED', 'EXEMPTED')),
    CONSTRAINT decision_deviation_known CHECK (deviation IN ('WITHIN', 'HEAVIER', 'LIGHTER')),
    CONSTRAINT decision_deviation_reasoned CHECK (deviation = 'WITHIN' OR deviation_reason IS NOT NULL),
    CONSTRAINT decision_lighter_based CHECK (deviation <> 'LIGHTER' OR lighter_basis IS NOT NULL),
    CONSTRAINT decision_ban_term CHECK (NOT (ban_lifetime AND ban_years IS NOT NULL)),
    CONSTRAINT decision_percent_range CHECK (COALESCE(performance_salary_percent, 0) BETWEEN 0 AND 100
        AND COALESCE(term_incentive_percent, 0) BETWEEN 0 AND 100),
    CONSTRAINT decision_served_when_effective CHECK (status IN ('PROPOSED', 'APPROVED')
        OR (served_on IS NOT NULL AND period_start IS NOT NULL)),
    CONSTRAINT decision_approved_after_review CHECK (status = 'PROPOSED'
        OR (approved_by IS NOT NULL AND legal_reviewed_on IS NOT NULL))
);
-- HR's questions go by person; the ledger by deciding unit.
CREATE INDEX decision_person_idx ON decision (person_id) WHERE status IN ('EFFECTIVE', 'EXECUTED');
CREATE INDEX decision_owner_idx ON decision (owner_enterprise_id, proposed_at DESC);
CREATE INDEX decision_investigation_idx ON decision (investigation_id);
-- One original decision per person and case; replacements (from an appeal) point to what they replace.
CREATE UNIQUE INDEX decision_one_per_subject ON decision (investigation_id, person_id) WHERE replaces_id IS NULL;

-- Pay deductions ordered for the same event by other organs (M§29): the highest of all applies, not the sum.
CREATE TABLE decision_deduction (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    decision_id BIGINT        NOT NULL REFERENCES decision (id),
    source      VARCHAR(24)   NOT NULL,
    amount      NUMERIC(18,2) NOT NULL,
    reference   VARCHAR(200)  NOT NULL,
    recorded_by VARCHAR(128)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT decision_deduction_source_known CHECK (source IN ('PARTY_DISCIPLINE', 'GOVERNMENT_DISCIPLINE')),
    CONSTRAINT decision_deduction_positive CHECK (amount >= 0)
);
CREATE INDEX decision_deduction_decision_idx ON decision_deduction (decision_id);

-- What HR actually recovered (追薪): read by the statistics of recovered pay.
CREATE TABLE decision_recovery (
    id           BIGSERIAL     NOT NULL PRIMARY KEY,
    decision_id  BIGINT        NOT NULL REFERENCES decision (id),
    recovered_on DATE          NOT NULL,
    amount       NUMERIC(18,2) NOT NULL,
    note         VARCHAR(500),
    recorded_by  VARCHAR(128)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT decision_recovery_positive CHECK (amount > 0)
);
CREATE INDEX decision_recovery_decision_idx ON decision_recovery (decision_id);

-- Referrals (M§5) to the discipline-inspection or a judicial organ, and the disciplinary sanction that comes back
-- with the first day it stops blocking promotion (rules.md §8 last row: the longer period governs).
CREATE TABLE decision_referral (
    id                 BIGSERIAL    NOT NULL PRIMARY KEY,
    decision_id        BIGINT       NOT NULL REFERENCES decision (id),
    kind               VARCHAR(16)  NOT NULL,
    organ              VARCHAR(200) NOT NULL,
    referred_on        DATE         NOT NULL,
    reference          VARCHAR(200) NOT NULL,
    sanction           VARCHAR(200),
    sanctioned_on      DATE,
    eligible_from      DATE,
    recorded_by        VARCHAR(128) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT decision_referral_kind_known CHECK (kind IN ('DISCIPLINARY', 'JUDICIAL')),
    CONSTRAINT decision_referral_outcome_whole CHECK ((sanction IS NULL) = (sanctioned_on IS NULL)),
    CONSTRAINT decision_referral_period_after CHECK (eligible_from IS NULL OR (sanctioned_on IS NOT NULL AND eligible_from > sanctioned_on))
);
CREATE INDEX decision_referral_decision_idx ON decision_referral (decision_id);

-- Appeals (申诉, M§38): never suspend the decision; the result applies from its date.
CREATE TABLE decision_appeal (
    id             BIGSERIAL     NOT NULL PRIMARY KEY,
    decision_id    BIGINT        NOT NULL REFERENCES decision (id),
    filed_on       DATE          NOT NULL,
    grounds        VARCHAR(4000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    result_on      DATE,
    result_reason  VARCHAR(2000),
    replacement_id BIGINT        REFERENCES decision (id),
    filed_by       VARCHAR(128)  NOT NULL,
    resolved_by    VARCHAR(128),
    version        INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT decision_appeal_status_known CHECK (status IN ('FILED', 'UPHELD', 'CHANGED', 'REVOKED')),
    CONSTRAINT decision_appeal_resolved_whole CHECK ((status = 'FILED') = (result_on IS NULL)),
    CONSTRAINT decision_appeal_replacement CHECK ((status = 'CHANGED') = (replacement_id IS NOT NULL))
);
CREATE INDEX decision_appeal_decision_idx ON decision_appeal (decision_id);
-- One appeal open at a time per decision.
CREATE UNIQUE INDEX decision_appeal_one_open ON decision_appeal (decision_id) WHERE status = 'FILED';

CREATE TABLE decision_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    decision_id BIGINT        NOT NULL REFERENCES decision (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX decision_history_decision_idx ON decision_history (decision_id, occurred_at, id);
-- Append-only, like the other histories: the record of who did what is never rewritten.
CREATE FUNCTION decision_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decision_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER decision_history_append_only BEFORE UPDATE OR DELETE ON decision_history
    FOR EACH ROW EXECUTE FUNCTION decision_history_refuse_change();
