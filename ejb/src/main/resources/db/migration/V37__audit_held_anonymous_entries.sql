-- The public form's audit entries tell the day, not the time (issue #16, item 7).
--
-- An anonymous report and a reporter's message were recorded like any act: the time to the microsecond, the
-- container's "anonymous" user with the role the form ran as. Even dated at the start of the day, an entry
-- appended at once would still give its time away: its number (one sequence for all entries) and its position in
-- the chain put it between entries whose times are exact. So such an entry is held here, with its day and content,
-- in the transaction of the report (it exists exactly when the report does), and the sealer (audit.AuditSealer,
-- audit.HeldEntries) appends the held entries of a day once that day is over, in random order, dated at the day's
-- start in Asia/Shanghai and without a role; from then on they are sealed into the chain like every other entry.
--
-- Entries written before this migration keep their times: the trail is append-only.
CREATE TABLE audit_held (
    id          BIGSERIAL    NOT NULL PRIMARY KEY,
    occurred_on DATE         NOT NULL,
    user_id     VARCHAR(128),
    action      VARCHAR(32)  NOT NULL,
    object_type VARCHAR(64),
    object_id   VARCHAR(200),
    details     TEXT
);
CREATE INDEX audit_held_day_idx ON audit_held (occurred_on);

-- A held entry is never changed; only the sealer removes it, as it appends it.
CREATE TRIGGER audit_held_unchanged BEFORE UPDATE ON audit_held
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_held_no_truncate BEFORE TRUNCATE ON audit_held
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
REVOKE UPDATE, TRUNCATE ON audit_held FROM PUBLIC;
REVOKE UPDATE, TRUNCATE ON audit_held FROM CURRENT_USER;
