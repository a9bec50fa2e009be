-- The audit trail without one lock for the whole cluster (issue #15).
--
-- Until now every audited request took the chain's head row and held it until commit: one row serialised every
-- audited request of every node (about 580 appends/s, 105/s with a synchronous standby). Now an entry is a plain
-- insert (its number from a sequence, no lock) plus a row in audit_pending, in the caller's transaction as
-- before, so an entry exists exactly when the change does. A cluster-wide single sealer (audit.AuditSealer, every
-- two seconds, one at a time by an advisory lock) takes the committed pending entries in number order, gives each
-- the next position in the chain and its SHA-256 over the position, the content and the previous hash, writes
-- that as a seal, and moves the head. The check walks the seals: an altered entry no longer matches its seal, a
-- removed entry leaves its seal without it, a removed seal leaves a gap in the positions, removed newest seals
-- leave the head beyond the last. What is new: an entry is protected from when it is sealed (seconds after its
-- commit), not from its commit.
--
-- Entries and seals are partitioned by month of the entry's time (Asia/Shanghai), so old months can be moved to
-- cheaper storage and checked one by one; the sealer's daily maintenance creates the months ahead.

ALTER TABLE audit_entry RENAME TO audit_entry_v5;

CREATE TABLE audit_entry (
    seq         BIGINT                   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128),
    roles       VARCHAR(200),
    action      VARCHAR(32)              NOT NULL,
    object_type VARCHAR(64),
    object_id   VARCHAR(200),
    details     TEXT,
    PRIMARY KEY (seq, occurred_at)
) PARTITION BY RANGE (occurred_at);

-- position: the place in the chain, gap-free; entry_seq: the entry it seals; previous_entry_seq: the entry of the
-- position before, so that a removed seal can still be named by its entry.
CREATE TABLE audit_seal (
    position           BIGINT                   NOT NULL,
    entry_seq          BIGINT                   NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_entry_seq BIGINT,
    previous_hash      CHAR(64)                 NOT NULL,
    hash               CHAR(64)                 NOT NULL,
    PRIMARY KEY (position, occurred_at),
    UNIQUE (entry_seq, occurred_at)
) PARTITION BY RANGE (occurred_at);

-- Rows outside every month (a clock set far ahead in a demo) land here rather than fail the request.
CREATE TABLE audit_entry_default PARTITION OF audit_entry DEFAULT;
CREATE TABLE audit_seal_default PARTITION OF audit_seal DEFAULT;

-- Entries committed but not yet sealed. The only audit table rows leave: the sealer removes what it sealed.
CREATE TABLE audit_pending (
    seq         BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
) WITH (autovacuum_vacuum_scale_factor = 0.0, autovacuum_vacuum_threshold = 5000);

CREATE SEQUENCE audit_entry_seq;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
-- TRUNCATE of one partition does not fire its parent's statement trigger: each partition gets its own
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry_default
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal_default
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

-- Creates the monthly partitions of entries and seals from one month to another (Asia/Shanghai months), skipping
-- those that exist and those whose rows already went to the default partition (moving them would need a
-- DELETE, which the triggers refuse). A partition is created apart and then attached, which does not block the
-- appends as CREATE ... PARTITION OF would. Answers how many months it created.
CREATE FUNCTION audit_partitions_ensure(first_month DATE, last_month DATE) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    month   DATE := date_trunc('month', first_month)::date;
    created INTEGER := 0;
    lower   TIMESTAMP WITH TIME ZONE;
    upper   TIMESTAMP WITH TIME ZONE;
    suffix  TEXT;
    kind    TEXT;
BEGIN
    WHILE month <= last_month LOOP
        suffix := to_char(month, 'YYYYMM');
        lower := month::timestamp AT TIME ZONE 'Asia/Shanghai';
        upper := (month + INTERVAL '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai';
        IF to_regclass('audit_entry_' || suffix) IS NULL
                AND NOT EXISTS (SELECT 1 FROM audit_entry_default WHERE occurred_at >= lower AND occurred_at < upper)
                AND NOT EXISTS (SELECT 1 FROM audit_seal_default WHERE occurred_at >= lower AND occurred_at < upper) THEN
            FOREACH kind IN ARRAY ARRAY['entry', 'seal'] LOOP
                EXECUTE format('CREATE TABLE %I (LIKE audit_%s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                               'audit_' || kind || '_' || suffix, kind);
                EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (occurred_at >= %L AND occurred_at < %L)',
                               'audit_' || kind || '_' || suffix, 'audit_' || kind || '_' || suffix || '_range', lower, upper);
                EXECUTE format('ALTER TABLE audit_%s ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                               kind, 'audit_' || kind || '_' || suffix, lower, upper);
                EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()',
                               'audit_' || kind || '_no_truncate', 'audit_' || kind || '_' || suffix);
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM PUBLIC', 'audit_' || kind || '_' || suffix);
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM CURRENT_USER', 'audit_' || kind || '_' || suffix);
            END LOOP;
            created := created + 1;
        END IF;
        month := (month + INTERVAL '1 month')::date;
    END LOOP;
    RETURN created;
END
$$;

SELECT audit_partitions_ensure(
    coalesce((SELECT min(occurred_at) AT TIME ZONE 'Asia/Shanghai' FROM audit_entry_v5)::date, current_date),
    (current_date + INTERVAL '3 months')::date);

-- The chain so far keeps its hashes: its numbers become both the entries' numbers and their positions, and the
-- hash of a position is computed as it always was (number, content, previous hash).
INSERT INTO audit_entry (seq, occurred_at, user_id, roles, action, object_type, object_id, details)
SELECT seq, occurred_at, user_id, roles, action, object_type, object_id, details FROM audit_entry_v5;
INSERT INTO audit_seal (position, entry_seq, occurred_at, previous_entry_seq, previous_hash, hash)
SELECT seq, seq, occurred_at, nullif(seq - 1, 0), previous_hash, hash FROM audit_entry_v5;
SELECT setval('audit_entry_seq', greatest((SELECT max(seq) FROM audit_entry_v5), 1),
              (SELECT count(*) > 0 FROM audit_entry_v5));
DROP TABLE audit_entry_v5;

CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_user_idx ON audit_entry (user_id, occurred_at);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);

-- The head now moves by a batch of seals at a time, and records which entry it ends with.
CREATE OR REPLACE FUNCTION audit_chain_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.last_seq < OLD.last_seq THEN
        RAISE EXCEPTION 'audit_chain only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
ALTER TABLE audit_chain ADD COLUMN last_entry_seq BIGINT;
UPDATE audit_chain SET last_entry_seq = nullif(last_seq, 0) WHERE id = 1;
COMMENT ON COLUMN audit_chain.last_seq IS 'the position of the last seal';

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_entry_default, audit_seal, audit_seal_default FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_entry_default, audit_seal, audit_seal_default FROM CURRENT_USER;
