-- Issue 19: the working-day calendar, the accountability organs (organisation report, 篇二 附件) and the rule-set
-- filing records (M§40).

-- The working-day calendar (rules.md §11): per year, the public holidays and the weekend days worked in exchange
-- (调休), as the State Council publishes them. Every other day is a working day when it is Monday to Friday. A year
-- without a row here has no calendar: deadlines then count Monday to Friday and ADMIN is warned.
CREATE TABLE calendar_year (
    year       SMALLINT     NOT NULL PRIMARY KEY,
    source     VARCHAR(300) NOT NULL,
    updated_by VARCHAR(128) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE calendar_day (
    day     DATE         NOT NULL PRIMARY KEY,
    year    SMALLINT     NOT NULL REFERENCES calendar_year (year),
    kind    VARCHAR(16)  NOT NULL,
    name    VARCHAR(100) NOT NULL,
    version INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    CONSTRAINT calendar_day_in_year CHECK (EXTRACT(YEAR FROM day) = year)
);
CREATE INDEX calendar_day_year_idx ON calendar_day (year);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）.
INSERT INTO calendar_year (year, source, updated_by, updated_at)
VALUES (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', 'anonymous', now());
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2025, 'HOLIDAY', h.name
FROM (VALUES ('2025-01-01', '2025-01-01', '元旦'),
             ('2025-01-28', '2025-02-04', '春节'),
             ('2025-04-04', '2025-04-06', '清明节'),
             ('2025-05-01', '2025-05-05', '劳动节'),
             ('2025-05-31', '2025-06-02', '端午节'),
             ('2025-10-01', '2025-10-08', '国庆节、中秋节')) AS h (first, last, name),
     generate_series(h.first::date, h.last::date, INTERVAL '1 day') AS d;
INSERT INTO calendar_day (day, year, kind, name)
VALUES ('2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
       ('2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
       ('2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
       ('2025-09-28', 2025, 'WORKDAY', '国庆节调休上班'),
       ('2025-10-11', 2025, 'WORKDAY', '国庆节调休上班');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）.
INSERT INTO calendar_year (year, source, updated_by, updated_at)
VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', 'anonymous', now());
INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, 2026, 'HOLIDAY', h.name
FROM (VALUES ('2026-01-01', '2026-01-03', '元旦'),
             ('2026-02-15', '2026-02-23', '春节'),
             ('2026-04-04', '2026-04-06', '清明节'),
             ('2026-05-01', '2026-05-05', '劳动节'),
             ('2026-06-19', '2026-06-21', '端午节'),
             ('2026-09-25', '2026-09-27', '中秋节'),
             ('2026-10-01', '2026-10-07', '国庆节')) AS h (first, last, name),
     generate_series(h.first::date, h.last::date, INTERVAL '1 day') AS d;
INSERT INTO calendar_day (day, year, kind, name)
VALUES ('2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
       ('2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
       ('2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
       ('2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
       ('2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
       ('2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');

-- The accountability organs of an enterprise (篇二 and its 附件): the leading group (责任追究工作领导小组) and its
-- office (办公室), one of each per enterprise, with their members. A member is linked to the person where the
-- person is in the master data; name, department and contacts are kept as reported, since the report shows them
-- as they were on the day it was sent.
CREATE TABLE accountability_organ (
    id              BIGSERIAL     NOT NULL PRIMARY KEY,
    enterprise_id   BIGINT        NOT NULL REFERENCES enterprise (id),
    kind            VARCHAR(16)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    established_on  DATE,
    basis           VARCHAR(200),
    host_department VARCHAR(200),
    duties          VARCHAR(2000),
    staff_count     INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT accountability_organ_kind_known CHECK (kind IN ('LEADING_GROUP', 'OFFICE')),
    CONSTRAINT accountability_organ_one_per_kind UNIQUE (enterprise_id, kind),
    CONSTRAINT accountability_organ_staff CHECK (staff_count IS NULL OR staff_count >= 0)
);

CREATE TABLE organ_member (
    id          BIGSERIAL    NOT NULL PRIMARY KEY,
    organ_id    BIGINT       NOT NULL REFERENCES accountability_organ (id),
    position    VARCHAR(24)  NOT NULL,
    person_id   BIGINT       REFERENCES person (id),
    name        VARCHAR(100) NOT NULL,
    department  VARCHAR(200),
    post        VARCHAR(200),
    phone       VARCHAR(50),
    email       VARCHAR(200),
    sort_order  INTEGER      NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT organ_member_position_known CHECK (position IN ('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'OFFICE_DIRECTOR',
                                                               'OFFICE_DEPUTY_DIRECTOR', 'STAFF', 'LIAISON'))
);
CREATE INDEX organ_member_organ_idx ON organ_member (organ_id, sort_order);

-- Who changed an organ when, and what it became (names, not codes): append-only like the other histories.
CREATE TABLE organ_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    organ_id    BIGINT        NOT NULL REFERENCES accountability_organ (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX organ_history_organ_idx ON organ_history (organ_id, occurred_at, id);
CREATE FUNCTION organ_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'organ_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER organ_history_append_only BEFORE UPDATE OR DELETE ON organ_history
    FOR EACH ROW EXECUTE FUNCTION organ_history_refuse_change();

-- The filing of a rule set with the regulator (M§40, 篇二): on which day, under which reference, with whom, recorded
-- by whom; per version of the set's record, since a set changed after filing is filed again.
CREATE TABLE rule_set_filing (
    id               BIGSERIAL    NOT NULL PRIMARY KEY,
    rule_set_id      BIGINT       NOT NULL REFERENCES rule_set (id),
    rule_set_version INTEGER      NOT NULL,
    filed_on         DATE         NOT NULL,
    reference        VARCHAR(100) NOT NULL,
    filed_with       VARCHAR(200) NOT NULL,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(128) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX rule_set_filing_set_idx ON rule_set_filing (rule_set_id, filed_on);
