-- Warning circulars (警示通报) and publications of handling results (处理结果公开, M§38(3)): drafted by the office
-- from a decided case, anonymised, approved by LEADER, published to an enterprise subtree and a set of roles. Until
-- published a circular is a case record (scope of the case's enterprise, recusal); once published it is read by
-- its recipients, and every first opening is recorded per user.
CREATE TABLE circular (
    id                  BIGSERIAL     PRIMARY KEY,
    circular_no         VARCHAR(40)   NOT NULL UNIQUE,
    circular_year       INTEGER       NOT NULL,
    circular_seq        INTEGER       NOT NULL,
    enterprise_id       BIGINT        NOT NULL REFERENCES enterprise (id),
    investigation_id    BIGINT        NOT NULL REFERENCES investigation (id),
    case_no             VARCHAR(40)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL CHECK (kind IN ('WARNING', 'RESULT')),
    state               VARCHAR(16)   NOT NULL CHECK (state IN ('DRAFTING', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    title               VARCHAR(200)  NOT NULL,
    facts               VARCHAR(8000) NOT NULL,
    violation           VARCHAR(4000) NOT NULL,
    handling            VARCHAR(4000) NOT NULL,
    lesson              VARCHAR(4000) NOT NULL,
    text_no             INTEGER       NOT NULL DEFAULT 0,
    mask_terms          VARCHAR(4000),
    name_enterprise     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by          VARCHAR(128)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by         VARCHAR(128),
    approval_opinion    VARCHAR(2000),
    published_on        DATE,
    published_by        VARCHAR(128),
    publish_enterprise_id BIGINT      REFERENCES enterprise (id),
    publish_path        VARCHAR(1000),
    publish_roles       VARCHAR(200),
    version             INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT circular_published CHECK (state <> 'PUBLISHED'
        OR (published_on IS NOT NULL AND publish_path IS NOT NULL AND publish_roles IS NOT NULL))
);
CREATE INDEX circular_enterprise_idx ON circular (enterprise_id, state);
CREATE INDEX circular_case_idx ON circular (investigation_id);
CREATE INDEX circular_published_idx ON circular (state, publish_path);

-- Every saved text, kept.
CREATE TABLE circular_text (
    id            BIGSERIAL     PRIMARY KEY,
    circular_id   BIGINT        NOT NULL REFERENCES circular (id),
    text_no       INTEGER       NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    facts         VARCHAR(8000) NOT NULL,
    violation     VARCHAR(4000) NOT NULL,
    handling      VARCHAR(4000) NOT NULL,
    lesson        VARCHAR(4000) NOT NULL,
    saved_by      VARCHAR(128)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (circular_id, text_no)
);

-- A recipient's first opening: once per user, with the enterprise they belonged to then.
CREATE TABLE circular_read (
    id              BIGSERIAL     PRIMARY KEY,
    circular_id     BIGINT        NOT NULL REFERENCES circular (id),
    user_id         VARCHAR(128)  NOT NULL,
    enterprise_id   BIGINT        REFERENCES enterprise (id),
    read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER       NOT NULL DEFAULT 0,
    UNIQUE (circular_id, user_id)
);
CREATE INDEX circular_read_enterprise_idx ON circular_read (circular_id, enterprise_id);

CREATE TABLE circular_history (
    id          BIGSERIAL     NOT NULL PRIMARY KEY,
    circular_id BIGINT        NOT NULL REFERENCES circular (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(128)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    reason      VARCHAR(2000),
    details     VARCHAR(4000),
    version     INTEGER       NOT NULL DEFAULT 0
);
CREATE INDEX circular_history_idx ON circular_history (circular_id, occurred_at, id);

CREATE FUNCTION circular_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER circular_history_append_only BEFORE UPDATE OR DELETE ON circular_history
    FOR EACH ROW EXECUTE FUNCTION circular_refuse_change();
CREATE TRIGGER circular_text_append_only BEFORE UPDATE OR DELETE ON circular_text
    FOR EACH ROW EXECUTE FUNCTION circular_refuse_change();
CREATE TRIGGER circular_read_append_only BEFORE UPDATE OR DELETE ON circular_read
    FOR EACH ROW EXECUTE FUNCTION circular_refuse_change();
