-- The one-event-one-report (一事一报告, rules.md §11): one row per event (a clue, the clues merged with it and the
-- case opened from them are one event), raised when the level reaches LARGER or MAJOR or a person marks a serious
-- loss risk. It goes through its stages (快报, 实时报告, 初核报告, then progress reports), each drafted in versions,
-- approved by LEADER and marked sent; the register keeps every report ever raised.
CREATE TABLE incident_report (
    id                      BIGSERIAL     PRIMARY KEY,
    report_no               VARCHAR(40)   NOT NULL UNIQUE,
    report_year             INTEGER       NOT NULL,
    report_seq              INTEGER       NOT NULL,
    enterprise_id           BIGINT        NOT NULL REFERENCES enterprise (id),
    clue_id                 BIGINT        REFERENCES clue (id),
    investigation_id        BIGINT        REFERENCES investigation (id),
    level                   VARCHAR(16),
    raised_by_trigger       VARCHAR(16)   NOT NULL CHECK (raised_by_trigger IN ('CLUE_LEVEL', 'CASE_LEVEL', 'MARKED')),
    marked_reason           VARCHAR(2000),
    found_on                DATE          NOT NULL,
    raised_on               DATE          NOT NULL,
    raised_by               VARCHAR(128)  NOT NULL,
    kind                    VARCHAR(16)   NOT NULL CHECK (kind IN ('FLASH', 'REAL_TIME', 'PRELIMINARY', 'PROGRESS')),
    state                   VARCHAR(20)   NOT NULL CHECK (state IN ('DRAFTING', 'AWAITING_APPROVAL', 'APPROVED', 'SENT')),
    approved_by             VARCHAR(128),
    approval_opinion        VARCHAR(2000),
    extension_days          INTEGER       CHECK (extension_days BETWEEN 1 AND 366),
    extension_reason        VARCHAR(2000),
    extension_requested_by  VARCHAR(128),
    extension_approved      BOOLEAN,
    extension_decided_by    VARCHAR(128),
    extension_opinion       VARCHAR(2000),
    version                 INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT incident_report_subject CHECK (clue_id IS NOT NULL OR investigation_id IS NOT NULL)
);
CREATE INDEX incident_report_clue_idx ON incident_report (clue_id);
CREATE INDEX incident_report_case_idx ON incident_report (investigation_id);
CREATE INDEX incident_report_enterprise_idx ON incident_report (enterprise_id, state);

-- The text of a stage, every saved version kept; a progress report also says what changed since the last one.
CREATE TABLE incident_report_text (
    id            BIGSERIAL     PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES incident_report (id),
    text_no       INTEGER       NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    source_part   VARCHAR(4000) NOT NULL,
    description   VARCHAR(8000) NOT NULL,
    impact        VARCHAR(4000) NOT NULL,
    causes        VARCHAR(4000) NOT NULL,
    measures      VARCHAR(4000) NOT NULL,
    changes       VARCHAR(4000),
    saved_by      VARCHAR(128)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (report_id, text_no)
);

-- What was sent, stage by stage: the approved version, when, how, under which reference, to whom.
CREATE TABLE incident_report_sent (
    id            BIGSERIAL     PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES incident_report (id),
    kind          VARCHAR(16)   NOT NULL,
    text_no       INTEGER       NOT NULL,
    due_on        DATE,
    sent_on       DATE          NOT NULL,
    channel       VARCHAR(200)  NOT NULL,
    reference     VARCHAR(200)  NOT NULL,
    recipient     VARCHAR(200)  NOT NULL,
    approved_by   VARCHAR(128)  NOT NULL,
    recorded_by   VARCHAR(128)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX incident_report_sent_idx ON incident_report_sent (report_id, id);

CREATE TABLE incident_report_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    report_id   BIGINT        NOT NULL REFERENCES incident_report (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX incident_report_history_idx ON incident_report_history (report_id, occurred_at, id);

CREATE FUNCTION incident_report_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER incident_report_history_append_only BEFORE UPDATE OR DELETE ON incident_report_history
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();
CREATE TRIGGER incident_report_text_append_only BEFORE UPDATE OR DELETE ON incident_report_text
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();
CREATE TRIGGER incident_report_sent_append_only BEFORE UPDATE OR DELETE ON incident_report_sent
    FOR EACH ROW EXECUTE FUNCTION incident_report_refuse_change();

-- The rule sets stored before the clocks existed get the municipal defaults, marked as not yet reviewed.
UPDATE rule_set
   SET definition = (definition::jsonb || jsonb_build_object('reporting', jsonb_build_object(
           'flashDays', 5, 'realTimeDays', 15, 'preliminaryDays', 30, 'extensionMaxDays', 30,
           'source', '参照国资委《关于做好中央企业违规经营投资资产损失报告工作的通知》（2018年）和淄博市国资委2022年通知的工作日时限（待核）',
           'reviewed', false)))::text,
       updated_at = now()
 WHERE definition::jsonb -> 'reporting' IS NULL;

-- The events already open when this version is installed (LARGER or MAJOR clues still being handled, cases not yet
-- concluded) get their report, as the to-do list listed them before: raised today by the system ('anonymous', shown
-- as 系统), counted from the day the matter was found. Events closed before stay as they were: nothing was tracked.
DO $$
DECLARE
    ev       RECORD;
    serial   INTEGER;
    code     TEXT;
    this_year INTEGER := EXTRACT(YEAR FROM CURRENT_DATE);
    report   BIGINT;
BEGIN
    FOR ev IN
        SELECT c.id AS clue_id, c.owner_enterprise_id AS enterprise_id, c.level, c.received_on AS found_on
          FROM clue c
         WHERE c.level IN ('LARGER', 'MAJOR') AND c.merged_into_id IS NULL
           AND c.status IN ('REGISTERED', 'CHECKING', 'ACCEPTED')
           AND NOT EXISTS (SELECT 1 FROM investigation_clue ic JOIN investigation i ON i.id = ic.investigation_id
                            WHERE ic.clue_id = c.id AND i.status = 'CONCLUDED')
         ORDER BY c.id
    LOOP
        INSERT INTO number_counter (series, enterprise_id, year, last_number)
        VALUES ('INCIDENT_REPORT', ev.enterprise_id, this_year, 1)
        ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1
        RETURNING last_number INTO serial;
        SELECT e.code INTO code FROM enterprise e WHERE e.id = ev.enterprise_id;
        INSERT INTO incident_report (report_no, report_year, report_seq, enterprise_id, clue_id, level, raised_by_trigger,
                                     found_on, raised_on, raised_by, kind, state)
        VALUES (code || '-BG-' || this_year || '-' || CASE WHEN serial < 10000 THEN lpad(serial::text, 4, '0') ELSE serial::text END,
                this_year, serial, ev.enterprise_id, ev.clue_id, ev.level, 'CLUE_LEVEL', ev.found_on, CURRENT_DATE, 'anonymous',
                'FLASH', 'DRAFTING')
        RETURNING id INTO report;
        INSERT INTO incident_report_history (report_id, occurred_at, user_id, action, to_status, details)
        VALUES (report, now(), 'anonymous', 'RAISED', 'DRAFTING',
                'trigger=CLUE_LEVEL; level=' || ev.level || '; foundOn=' || ev.found_on);
    END LOOP;

    FOR ev IN
        SELECT i.id AS case_id, i.owner_enterprise_id AS enterprise_id, d.level, i.opened_on,
               (SELECT MIN(c.received_on) FROM investigation_clue ic JOIN clue c ON c.id = ic.clue_id
                 WHERE ic.investigation_id = i.id) AS found_on,
               (SELECT MIN(r.id) FROM incident_report r JOIN investigation_clue ic ON ic.clue_id = r.clue_id
                 WHERE ic.investigation_id = i.id) AS clue_report,
               (SELECT MIN(ic.clue_id) FROM investigation_clue ic WHERE ic.investigation_id = i.id) AS clue_id
          FROM investigation i JOIN loss_determination d ON d.investigation_id = i.id
         WHERE d.level IN ('LARGER', 'MAJOR') AND i.status <> 'CONCLUDED'
         ORDER BY i.id
    LOOP
        IF ev.clue_report IS NOT NULL THEN
            UPDATE incident_report
               SET investigation_id = ev.case_id,
                   level = CASE WHEN ev.level = 'MAJOR' THEN 'MAJOR' ELSE level END
             WHERE id = ev.clue_report;
        ELSE
            INSERT INTO number_counter (series, enterprise_id, year, last_number)
            VALUES ('INCIDENT_REPORT', ev.enterprise_id, this_year, 1)
            ON CONFLICT (series, enterprise_id, year) DO UPDATE SET last_number = number_counter.last_number + 1
            RETURNING last_number INTO serial;
            SELECT e.code INTO code FROM enterprise e WHERE e.id = ev.enterprise_id;
            INSERT INTO incident_report (report_no, report_year, report_seq, enterprise_id, clue_id, investigation_id, level,
                                         raised_by_trigger, found_on, raised_on, raised_by, kind, state)
            VALUES (code || '-BG-' || this_year || '-' || CASE WHEN serial < 10000 THEN lpad(serial::text, 4, '0') ELSE serial::text END,
                    this_year, serial, ev.enterprise_id, ev.clue_id, ev.case_id, ev.level, 'CASE_LEVEL',
                    COALESCE(ev.found_on, ev.opened_on), CURRENT_DATE, 'anonymous', 'FLASH', 'DRAFTING')
            RETURNING id INTO report;
            INSERT INTO incident_report_history (report_id, occurred_at, user_id, action, to_status, details)
            VALUES (report, now(), 'anonymous', 'RAISED', 'DRAFTING',
                    'trigger=CASE_LEVEL; level=' || ev.level || '; foundOn=' || COALESCE(ev.found_on, ev.opened_on));
        END IF;
    END LOOP;
END
$$;
