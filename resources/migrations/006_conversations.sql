-- Broadsheet library, schema version 6: following the conversation (docs/conversations.md).
-- (Written so that running it twice changes nothing.)
-- What became of the comments the reader posted from Broadsheet (held, approved, answered,
-- removed), the threads they follow, and the events to tell them about, each told once.

-- Every comment the reader sent from Broadsheet. The id is the comment's local id in
-- `comments` at the time it was sent; the row outlives it (a re-read thread may replace it).
CREATE TABLE IF NOT EXISTS my_comments (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL DEFAULT '',   -- the site's id, once the site gave one
    remote_parent_id TEXT NOT NULL DEFAULT '',
    excerpt          TEXT NOT NULL DEFAULT '',
    -- sending|failed (the outbox's), held|published (the site's answer, then what checks saw),
    -- removed (gone after being visible, or never approved within the moderation window)
    state            TEXT NOT NULL DEFAULT 'sending',
    replies          INTEGER NOT NULL DEFAULT 0,  -- replies seen, at any depth below it
    posted           INTEGER NOT NULL DEFAULT 0,  -- when the reader pressed Send
    seen             INTEGER NOT NULL DEFAULT 0   -- when a check last saw it on the site
);
CREATE INDEX IF NOT EXISTS my_comments_by_article ON my_comments (article_id);

-- Threads checked for news: followed by hand, or because the reader commented there.
CREATE TABLE IF NOT EXISTS followed_threads (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    followed      INTEGER NOT NULL DEFAULT 1,   -- 0: unfollowed, no checks
    since         INTEGER NOT NULL DEFAULT 0,   -- followed since (comments before are not news)
    activity      INTEGER NOT NULL DEFAULT 0,   -- last post, reply or new comment: drives the backoff
    checked       INTEGER NOT NULL DEFAULT 0,   -- last check that got an answer
    next_check    INTEGER NOT NULL DEFAULT 0,   -- 0: as soon as possible
    etag          TEXT NOT NULL DEFAULT '',     -- validators of the last answer
    last_modified TEXT NOT NULL DEFAULT '',
    as_of         TEXT NOT NULL DEFAULT '',     -- the JSON API's as_of: the next "since"
    last_error    TEXT NOT NULL DEFAULT '',     -- human: why the last check failed
    version       INTEGER NOT NULL DEFAULT 0    -- +1 per recorded check: two checkers never record one twice
);
CREATE INDEX IF NOT EXISTS followed_threads_due ON followed_threads (next_check) WHERE followed = 1;

-- The comments of a followed thread a check has seen (new ones are news; parents give the chain).
CREATE TABLE IF NOT EXISTS thread_comments (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL,
    parent_id  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, remote_id)
) WITHOUT ROWID;

-- What happened, recorded in the same transaction as what the check learnt. notified: told to
-- the reader (a desktop notification, a line of `conversations --check`), never twice; seen:
-- the reader looked at it in "My comments" (the unread count).
CREATE TABLE IF NOT EXISTS conversation_events (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,                 -- approved|reply|removed|new_comments
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    comment_id TEXT NOT NULL DEFAULT '',      -- the site's id: the reader's comment, the reply, the newest
    mine       INTEGER NOT NULL DEFAULT 0,    -- my_comments.id concerned (0: none)
    author     TEXT NOT NULL DEFAULT '',      -- who replied / wrote the newest comment
    count      INTEGER NOT NULL DEFAULT 1,    -- new_comments: how many
    at         INTEGER NOT NULL DEFAULT 0,
    notified   INTEGER NOT NULL DEFAULT 0,
    seen       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS conversation_events_unnotified ON conversation_events (id) WHERE notified = 0;

-- The outbox's rows become the reader's comments as they go: sent (submitted set), then
-- answered by the site. States learnt later by checks are not overwritten by the outbox.
CREATE TRIGGER IF NOT EXISTS my_comments_sent AFTER UPDATE OF submitted ON comments
WHEN OLD.submitted = 0 AND NEW.submitted > 0
BEGIN
    INSERT OR IGNORE INTO my_comments (id, article_id, remote_parent_id, excerpt, state, posted)
    VALUES (NEW.id, NEW.article_id, NEW.remote_parent_id, substr(NEW.body_text, 1, 240), 'sending',
            NEW.submitted);
    INSERT INTO followed_threads (article_id, followed, since, activity, next_check)
    VALUES (NEW.article_id, 1, NEW.submitted, NEW.submitted, 0)
    ON CONFLICT (article_id) DO UPDATE SET followed = 1, activity = excluded.activity, next_check = 0;
END;

CREATE TRIGGER IF NOT EXISTS my_comments_answered AFTER UPDATE OF state, remote_id ON comments
WHEN NEW.submitted > 0
BEGIN
    UPDATE my_comments
       SET state = CASE NEW.state WHEN 'published' THEN 'published' WHEN 'held' THEN 'held'
                                  WHEN 'failed' THEN 'failed' ELSE 'sending' END,
           remote_id = NEW.remote_id, excerpt = substr(NEW.body_text, 1, 240)
     WHERE id = NEW.id AND state IN ('sending', 'failed');
END;

-- Discarded, or taken back into the draft: it was never the reader's comment on the site.
CREATE TRIGGER IF NOT EXISTS my_comments_withdrawn AFTER DELETE ON comments
WHEN OLD.submitted > 0 AND OLD.state IN ('queued', 'failed')
BEGIN
    DELETE FROM my_comments WHERE id = OLD.id AND state IN ('sending', 'failed');
END;

-- Comments sent before this version.
INSERT OR IGNORE INTO my_comments (id, article_id, remote_id, remote_parent_id, excerpt, state, posted)
     SELECT id, article_id, remote_id, remote_parent_id, substr(body_text, 1, 240),
            CASE state WHEN 'published' THEN 'published' WHEN 'held' THEN 'held'
                       WHEN 'failed' THEN 'failed' ELSE 'sending' END, submitted
       FROM comments WHERE submitted > 0;
INSERT OR IGNORE INTO followed_threads (article_id, since, activity)
     SELECT article_id, max(submitted), max(submitted) FROM comments WHERE submitted > 0 GROUP BY article_id;
