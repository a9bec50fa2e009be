-- Scheduled jobs run once per firing in the whole cluster (shared.JobRuns): a run claims its period with a row
-- here in its own transaction before it does anything. A second node firing for the same period waits on the key
-- until the first run's transaction ends, then skips; a run that rolls back takes its row with it, so the period
-- may be run again. period_start is the firing's time in Asia/Shanghai cut to the schedule's unit (the day, or 15
-- seconds), the same on every node; node is the WildFly node that ran it (jboss.node.name).
CREATE TABLE job_run (
    job          VARCHAR(64)              NOT NULL,
    period_start TIMESTAMP WITH TIME ZONE NOT NULL,
    node         VARCHAR(255)             NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job, period_start)
);

-- Every mail of the application, written in the transaction of what caused it and sent after that committed by
-- the dispatcher (mail.MailDispatcher), so a rollback never sends and a mail server that is down loses nothing.
-- Pending while next_attempt_at is set; sent_at once it went out; neither once the outbox gave it up after
-- too many attempts (last_error says why). Sent rows stay: they are the record that the mail went out.
CREATE TABLE mail_outbox (
    id              BIGSERIAL                NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient       VARCHAR(320)             NOT NULL,
    subject         VARCHAR(500)             NOT NULL,
    body            TEXT                     NOT NULL,
    -- what the mail is about (e.g. clue-reminder:<ledger number>:<kind>:<date>): the log names it, never the text
    reference       VARCHAR(200)             NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT mail_outbox_sent_is_done CHECK (sent_at IS NULL OR next_attempt_at IS NULL)
);
-- the dispatcher takes the oldest due mail every 15 seconds: only the pending rows, a handful, are indexed
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (id) WHERE next_attempt_at IS NOT NULL;
CREATE INDEX mail_outbox_reference_idx ON mail_outbox (reference);

-- The reminder job used to send its mail inside its transaction and set this flag. It now queues the mail in the
-- outbox (reference clue-reminder:<ledger number>:<kind>:<due date>) and no longer writes the flag; the column
-- stays for the previous release, which still writes it while a cluster's nodes are upgraded one by one.
COMMENT ON COLUMN clue_reminder.mail_sent IS 'No longer written since V34: see mail_outbox.sent_at of reference clue-reminder:<ledger no>:<kind>:<due_on>';
