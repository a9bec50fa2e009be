-- Evidence files of an investigation (M§20) and the team's notes. Files are never deleted: a withdrawn file stays
-- with the reason; its content type is what the bytes are (checked on upload), with the SHA-256 of the bytes.

CREATE TABLE evidence_file (
    id                 BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id   BIGINT        NOT NULL REFERENCES investigation (id),
    file_name          VARCHAR(255)  NOT NULL,
    content_type       VARCHAR(100)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    basis              VARCHAR(32)   NOT NULL,
    document_reference VARCHAR(200)  NOT NULL,
    content            BYTEA         NOT NULL,
    uploaded_by        VARCHAR(128)  NOT NULL,
    uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn          BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_reason   VARCHAR(2000),
    withdrawn_by       VARCHAR(128),
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    version            INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT evidence_file_size_positive CHECK (size_bytes > 0),
    CONSTRAINT evidence_file_withdrawn_reason CHECK (NOT withdrawn OR withdrawn_reason IS NOT NULL)
);
CREATE INDEX evidence_file_investigation_idx ON evidence_file (investigation_id, id);

CREATE FUNCTION evidence_file_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'evidence files are withdrawn, never deleted' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER evidence_file_no_delete BEFORE DELETE ON evidence_file
    FOR EACH ROW EXECUTE FUNCTION evidence_file_refuse_delete();

CREATE TABLE investigation_note (
    id               BIGSERIAL     NOT NULL PRIMARY KEY,
    investigation_id BIGINT        NOT NULL REFERENCES investigation (id),
    text             VARCHAR(4000) NOT NULL,
    written_by       VARCHAR(128)  NOT NULL,
    written_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX investigation_note_idx ON investigation_note (investigation_id, written_at);
