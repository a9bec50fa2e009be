-- Duty records of major decisions (重大决策事项履职记录, issue 21, 篇五 二(二)1): per enterprise and 三重一大 matter,
-- the meeting, the procedure followed and each participant's opinion. Numbered <enterprise>-LZ-<year>-<serial> from
-- number_counter. One row per version: a draft is edited in place, a confirmed version is never changed (the
-- trigger refuses it); a correction is the next revision of the same number, and the highest confirmed revision is
-- the one in force, so the history is every row of the number.

CREATE TABLE duty_record (
    id                     BIGSERIAL     NOT NULL PRIMARY KEY,
    record_no              VARCHAR(40)   NOT NULL,
    revision               INTEGER       NOT NULL,
    record_year            SMALLINT      NOT NULL,
    record_seq             INTEGER       NOT NULL,
    enterprise_id          BIGINT        NOT NULL REFERENCES enterprise (id),
    matter_kind            VARCHAR(24)   NOT NULL,
    meeting_type           VARCHAR(24)   NOT NULL,
    meeting_date           DATE          NOT NULL,
    meeting_number         VARCHAR(100),
    matter                 VARCHAR(4000) NOT NULL,
    amount                 NUMERIC(18,2),
    legal_review           BOOLEAN       NOT NULL,
    legal_review_note      VARCHAR(1000),
    risk_assessment        BOOLEAN       NOT NULL,
    risk_assessment_note   VARCHAR(1000),
    expert_opinion         BOOLEAN       NOT NULL,
    expert_opinion_note    VARCHAR(1000),
    status                 VARCHAR(16)   NOT NULL,
    correction_reason      VARCHAR(2000),
    created_by             VARCHAR(128)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_by           VARCHAR(128),
    confirmed_at           TIMESTAMP WITH TIME ZONE,
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT duty_record_revision UNIQUE (record_no, revision),
    CONSTRAINT duty_record_status_known CHECK (status IN ('DRAFT', 'CONFIRMED')),
    CONSTRAINT duty_record_kind_known CHECK (matter_kind IN ('MAJOR_DECISION', 'APPOINTMENT', 'PROJECT', 'LARGE_FUNDS')),
    CONSTRAINT duty_record_meeting_known CHECK (meeting_type IN ('PARTY_COMMITTEE', 'BOARD', 'MANAGEMENT', 'SHAREHOLDERS', 'OTHER')),
    CONSTRAINT duty_record_amount_positive CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT duty_record_confirmed CHECK (status = 'DRAFT' OR (confirmed_by IS NOT NULL AND confirmed_at IS NOT NULL)),
    CONSTRAINT duty_record_correction CHECK (revision = 1 OR correction_reason IS NOT NULL)
);
CREATE INDEX duty_record_enterprise_idx ON duty_record (enterprise_id, meeting_date);
CREATE INDEX duty_record_meeting_idx ON duty_record (meeting_date);

CREATE TABLE duty_participant (
    duty_record_id         BIGINT        NOT NULL REFERENCES duty_record (id),
    position               INTEGER       NOT NULL,
    person_id              BIGINT        REFERENCES person (id),
    employee_no            VARCHAR(32),
    name                   VARCHAR(100)  NOT NULL,
    participant_role       VARCHAR(16)   NOT NULL,
    opinion                VARCHAR(16),
    reasons                VARCHAR(2000),
    PRIMARY KEY (duty_record_id, position),
    CONSTRAINT duty_participant_role_known CHECK (participant_role IN ('PRESIDING', 'ATTENDING', 'OBSERVING')),
    CONSTRAINT duty_participant_opinion_known CHECK (opinion IS NULL OR opinion IN ('AGREE', 'DISAGREE', 'ABSTAIN'))
);
-- 终身追责: a person's whole decision history is one index scan.
CREATE INDEX duty_participant_employee_idx ON duty_participant (employee_no) WHERE employee_no IS NOT NULL;

-- A confirmed version is the evidence: neither it nor its participants change again.
CREATE FUNCTION duty_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'duty_record' THEN
        IF OLD.status = 'CONFIRMED' THEN
            RAISE EXCEPTION 'confirmed duty record % is append-only: % refused', OLD.record_no, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM duty_record r WHERE r.id = OLD.duty_record_id AND r.status = 'CONFIRMED') THEN
        RAISE EXCEPTION 'participants of a confirmed duty record are append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER duty_record_append_only BEFORE UPDATE OR DELETE ON duty_record
    FOR EACH ROW EXECUTE FUNCTION duty_record_refuse_change();
CREATE TRIGGER duty_participant_append_only BEFORE UPDATE OR DELETE ON duty_participant
    FOR EACH ROW EXECUTE FUNCTION duty_record_refuse_change();

-- A duty record as the evidence of a finding's M§24 circumstance. Kept on the duty side: the investigation area
-- does not know duty records.
CREATE TABLE duty_record_finding_link (
    id                     BIGSERIAL     NOT NULL PRIMARY KEY,
    finding_id             BIGINT        NOT NULL REFERENCES responsibility_finding (id),
    record_no              VARCHAR(40)   NOT NULL,
    linked_by              VARCHAR(128)  NOT NULL,
    linked_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT duty_record_finding_once UNIQUE (finding_id, record_no)
);

-- The exemption list (免责事项清单) of a rule set: plain Java (rule.set.ExemptionLists) named by the set's JSON, as the
-- circumstance catalogues are. The central set adopts Order No. 46's list; the municipal set's seed has none.
UPDATE rule_set SET definition = jsonb_set(definition::jsonb, '{exemptionList}', '"O46-2026"')::text,
                    version = version + 1
 WHERE code = 'SASAC-46-2026' AND NOT (definition::jsonb ? 'exemptionList');

-- The matters of the set's exemption list a fault-tolerance evaluation found to apply, as codes (O46-2026-2),
-- comma-separated like its M§32 conditions; cited in the decision.
ALTER TABLE fault_tolerance_evaluation ADD COLUMN exemptions VARCHAR(400);

-- Rule sets per regulator: a set names the owner institution (出资人机构) whose enterprises it governs, matched
-- against the owner_institution of the enterprise, else of its nearest ancestor that a set names (the tree has one
-- root: an enterprise held by the central SASAC sits inside it); a set naming none is the default for the rest.
-- A column of the set's record rather than a field of its JSON: it says whom the set serves, not what it rules, and
-- a copy keeps it. The central set (Order No. 46) governs the central SASAC's enterprises only, so putting it in
-- force changes no answer for the municipal enterprises, which keep the municipal set.
ALTER TABLE rule_set ADD COLUMN owner_institution VARCHAR(200);
UPDATE rule_set SET owner_institution = '国务院国有资产监督管理委员会' WHERE code = 'SASAC-46-2026';
