-- First migration of the accountability schema. Later areas add their tables in V2, V3, ...
-- The language a user chose in the header, kept across sign-ins.
CREATE TABLE user_preference (
    user_id     VARCHAR(128) NOT NULL PRIMARY KEY,
    locale      VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL DEFAULT 0
);
