-- Anonymous reports (信访举报, issue 6): the public form's reports and the messages exchanged with the office.
-- Nothing here identifies the sender: no address, user agent, session or user; only the day, not the time,
-- so a row cannot be matched to a log line. The receipt code is kept only as its SHA-256.
CREATE TABLE anonymous_report (
    id           BIGSERIAL NOT NULL PRIMARY KEY,
    clue_id      BIGINT    NOT NULL UNIQUE REFERENCES clue (id),
    receipt_hash CHAR(64)  NOT NULL UNIQUE,
    created_on   DATE      NOT NULL,
    version      INTEGER   NOT NULL DEFAULT 0
);

CREATE TABLE report_message (
    id            BIGSERIAL     NOT NULL PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES anonymous_report (id),
    from_reporter BOOLEAN       NOT NULL,
    text          VARCHAR(2000) NOT NULL,
    sent_on       DATE          NOT NULL,
    sent_by       VARCHAR(128),
    version       INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT report_message_sender CHECK (from_reporter = (sent_by IS NULL))
);
CREATE INDEX report_message_report_idx ON report_message (report_id, id);

-- Attachments of clues (the report form's and the office's): content checked by its first bytes, hashed.
CREATE TABLE clue_attachment (
    id           BIGSERIAL    NOT NULL PRIMARY KEY,
    clue_id      BIGINT       NOT NULL REFERENCES clue (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_on  DATE         NOT NULL,
    uploaded_by  VARCHAR(128),
    version      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT clue_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 8388608)
);
CREATE INDEX clue_attachment_clue_idx ON clue_attachment (clue_id);
