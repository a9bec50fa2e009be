-- Data scope (workflow.md "Scope"): ADMIN's override of a user's home enterprise and extra grants, read on
-- every request, so a change takes effect on the user's next request. Users without a row here see the
-- subtree of the home enterprise their LDAP entry names.
CREATE TABLE user_scope (
    user_id            VARCHAR(128) NOT NULL PRIMARY KEY,
    home_enterprise_id BIGINT       REFERENCES enterprise (id),
    note               VARCHAR(500),
    updated_by         VARCHAR(128) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL DEFAULT 0
);

-- Extra subtrees a user may see beside the home enterprise's.
CREATE TABLE user_scope_grant (
    user_id       VARCHAR(128) NOT NULL REFERENCES user_scope (user_id) ON DELETE CASCADE,
    enterprise_id BIGINT       NOT NULL REFERENCES enterprise (id),
    PRIMARY KEY (user_id, enterprise_id)
);

-- Recusal (rules.md §10): a person recorded as involved in a case object never sees it. Later areas record
-- their objects here (object_type = 'CLUE', 'INVESTIGATION', ...) and filter with NOT EXISTS on this table.
CREATE TABLE involved_person (
    id          BIGSERIAL    NOT NULL PRIMARY KEY,
    object_type VARCHAR(40)  NOT NULL,
    object_id   BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    reason      VARCHAR(200),
    recorded_by VARCHAR(128) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT involved_person_once UNIQUE (object_type, object_id, person_id)
);
-- The recusal predicate asks "is person P involved in object (T, id)": served by this index.
CREATE INDEX involved_person_lookup_idx ON involved_person (person_id, object_type, object_id);
