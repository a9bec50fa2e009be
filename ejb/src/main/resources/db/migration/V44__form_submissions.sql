-- A page's form posted twice (the same view state sent again: a double click, a replayed request, the browser's
-- "resend") must not register twice (shared.Submissions). A form that creates a record carries a token of its own,
-- claimed here in the transaction that creates the record; the second post finds it claimed and names the record the
-- first one created. Tokens are bookkeeping, not history: they go after a week.
CREATE TABLE form_submission (
    token        UUID        PRIMARY KEY,
    object_type  VARCHAR(40) NOT NULL,
    object_no    VARCHAR(64),
    submitted_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX form_submission_submitted_at ON form_submission (submitted_at);
