-- Rate limits of the public form (clue.AnonymousReportLimiter), counted per kind of request and second for every
-- node of a cluster together, and kept across restarts: a limit held in each node's memory allowed N nodes N times
-- the limit. Nothing about a sender is stored: a kind, a second and a count.
CREATE TABLE request_limit (
    kind   VARCHAR(32)              NOT NULL,
    second TIMESTAMP WITH TIME ZONE NOT NULL,
    count  INTEGER                  NOT NULL CHECK (count > 0),
    PRIMARY KEY (kind, second)
);
