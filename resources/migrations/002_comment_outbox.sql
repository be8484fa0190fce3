-- Broadsheet library, schema version 2: the comment outbox.
-- A comment the user writes is a row of `comments` (state queued|sending|published|held|failed)
-- from the moment they press Send; these columns carry its delivery.

-- The text as typed (the outbox sends it; "Edit" gives it back to the form).
ALTER TABLE comments ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
-- The backend the comment went (or goes) to: wordpress-rest|wordpress-form|json.
ALTER TABLE comments ADD COLUMN backend TEXT NOT NULL DEFAULT '';
-- Seconds since the epoch before which the outbox does not try again (backoff, Retry-After).
ALTER TABLE comments ADD COLUMN next_attempt INTEGER NOT NULL DEFAULT 0;
-- 1 when a request may have reached the site without an answer: before sending again the
-- outbox looks for the comment in the site's thread.
ALTER TABLE comments ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
-- While sending: the process that holds the comment and until when (a crashed process's
-- comment is taken over once its pid is gone or its lease has run out).
ALTER TABLE comments ADD COLUMN lease_pid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0;
-- When the user pressed Send.
ALTER TABLE comments ADD COLUMN submitted INTEGER NOT NULL DEFAULT 0;
CREATE INDEX comments_outbox ON comments (state) WHERE state IN ('queued', 'sending', 'failed');

-- How comments are posted per site, beyond sites.comment_backend (what the user chose).
CREATE TABLE comment_backends (
    site_id      INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    resolved     TEXT NOT NULL DEFAULT '',  -- what "auto" settled on: wordpress-rest|wordpress-form
    rest_root    TEXT NOT NULL DEFAULT '',  -- the WordPress REST API root (…/wp-json/)
    json_base    TEXT NOT NULL DEFAULT '',  -- the generic JSON API base (docs/backend-api.md)
    sign_in      INTEGER NOT NULL DEFAULT 0 -- 1: post signed in; the credentials are in the keychain
);
