-- The annual accountability work report (年度责任追究工作情况报告, 篇五) of a year and an enterprise subtree: one per
-- enterprise and year, numbered <enterprise>-ND-<year>-<serial> from number_counter. The office writes its narrative
-- in sections, every save a version of all sections (rows of annual_report_text, never changed); LEADER approves
-- with an opinion or returns it; the office records how it was sent. The figures are never stored: the document
-- reads them from the statistics when it is produced.
CREATE TABLE annual_report (
    id               BIGSERIAL     PRIMARY KEY,
    report_no        VARCHAR(40)   NOT NULL UNIQUE,
    number_year      INTEGER       NOT NULL,
    number_seq       INTEGER       NOT NULL,
    report_year      INTEGER       NOT NULL CHECK (report_year BETWEEN 2000 AND 2999),
    enterprise_id    BIGINT        NOT NULL REFERENCES enterprise (id),
    state            VARCHAR(16)   NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT')),
    created_by       VARCHAR(128)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by      VARCHAR(128),
    approval_opinion VARCHAR(2000),
    sent_on          DATE,
    sent_channel     VARCHAR(200),
    sent_reference   VARCHAR(200),
    sent_recipient   VARCHAR(200),
    version          INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT annual_report_one_a_year UNIQUE (enterprise_id, report_year),
    CONSTRAINT annual_report_sent_whole CHECK ((state = 'SENT') = (sent_on IS NOT NULL))
);
CREATE INDEX annual_report_state_idx ON annual_report (state, report_year);

-- One section of one saved version: 一 概况, 二's headings, 四 problems and plans.
CREATE TABLE annual_report_text (
    id         BIGSERIAL     PRIMARY KEY,
    report_id  BIGINT        NOT NULL REFERENCES annual_report (id),
    text_no    INTEGER       NOT NULL,
    section    VARCHAR(32)   NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    saved_by   VARCHAR(128)  NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (report_id, text_no, section)
);

CREATE TABLE annual_report_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    report_id   BIGINT        NOT NULL REFERENCES annual_report (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX annual_report_history_idx ON annual_report_history (report_id, occurred_at, id);

CREATE FUNCTION annual_report_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER annual_report_history_append_only BEFORE UPDATE OR DELETE ON annual_report_history
    FOR EACH ROW EXECUTE FUNCTION annual_report_refuse_change();
CREATE TRIGGER annual_report_text_append_only BEFORE UPDATE OR DELETE ON annual_report_text
    FOR EACH ROW EXECUTE FUNCTION annual_report_refuse_change();
