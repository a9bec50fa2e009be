-- Audit trail (审计日志, issue 4): append-only, each entry chained to the one before by SHA-256, so that an
-- altered or removed entry is found by walking the chain (AuditChain). The database itself refuses to change
-- or remove entries: triggers here, and the application's own account loses UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_entry (
    seq           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id       VARCHAR(128),
    roles         VARCHAR(200),
    action        VARCHAR(32)  NOT NULL,
    object_type   VARCHAR(64),
    object_id     VARCHAR(200),
    details       TEXT,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_user_idx ON audit_entry (user_id, occurred_at);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);

-- The head of the chain: the last entry's number and hash. Appending locks this row, so entries get
-- gap-free numbers in commit order, and removing the newest entries shows as a head beyond the last entry.
CREATE TABLE audit_chain (
    id        SMALLINT NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_single_row CHECK (id = 1)
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

-- The head only ever moves forward by one entry.
CREATE FUNCTION audit_chain_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.last_seq <> OLD.last_seq + 1 THEN
        RAISE EXCEPTION 'audit_chain only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_chain_forward BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_forward_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_forward_only();

-- Grants: nobody, the owner included, may change or remove entries without first granting it to itself
-- (a deliberate, visible act). Where the schema belongs to a separate owner account (README), the
-- application's account cannot disable the triggers either.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;
REVOKE DELETE, TRUNCATE ON audit_chain FROM PUBLIC;
REVOKE DELETE, TRUNCATE ON audit_chain FROM CURRENT_USER;
