-- The documents of a duty record (会议纪要、决议、法律审查意见…, issue 21), checked like a clue's attachments.
-- A file belongs to one version: a draft's files are added and removed while it is a draft; a confirmed version's
-- files are evidence like the version itself and never change. A correction starts with copies of the files of the
-- version it corrects (the same bytes stored again, so that each version stands on its own).
CREATE TABLE duty_record_file (
    id             BIGSERIAL    NOT NULL PRIMARY KEY,
    duty_record_id BIGINT       NOT NULL REFERENCES duty_record (id),
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        BYTEA        NOT NULL,
    uploaded_by    VARCHAR(128) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT duty_record_file_size CHECK (size_bytes > 0 AND size_bytes <= 8388608)
);
CREATE INDEX duty_record_file_record_idx ON duty_record_file (duty_record_id);

-- The files of a confirmed version are as append-only as the version.
CREATE FUNCTION duty_record_file_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM duty_record r WHERE r.id = OLD.duty_record_id AND r.status = 'CONFIRMED') THEN
        RAISE EXCEPTION 'files of a confirmed duty record are append-only: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER duty_record_file_append_only BEFORE UPDATE OR DELETE ON duty_record_file
    FOR EACH ROW EXECUTE FUNCTION duty_record_file_refuse_change();
