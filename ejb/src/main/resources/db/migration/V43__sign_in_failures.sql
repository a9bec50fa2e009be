-- The sign-in delay's failures per account and source (shared.SignInFailures), kept here rather than in each
-- node's memory: on a cluster every node must see the failures of the others, or a guesser spread over N nodes by
-- the balancer waits 1/N as long. The key is a keyed hash of account and source (shared.ClientKeys): neither an
-- account name nor an address is stored. A row exists only while a key has failed and not yet been forgotten.
CREATE TABLE sign_in_failure (
    key          VARCHAR(32) PRIMARY KEY,
    failures     INTEGER     NOT NULL CHECK (failures > 0),
    last_at      TIMESTAMPTZ NOT NULL,
    in_flight    INTEGER     NOT NULL DEFAULT 0 CHECK (in_flight >= 0),
    in_flight_at TIMESTAMPTZ
);

CREATE INDEX sign_in_failure_last_at ON sign_in_failure (last_at);
