-- The daily to-do digest (issue 17): sent unless the user opts out. A user may opt out without ever having
-- chosen a language, so the language may now be unset (the page's default then applies).
ALTER TABLE user_preference ADD COLUMN task_digest BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE user_preference ALTER COLUMN locale DROP NOT NULL;
