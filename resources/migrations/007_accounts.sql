-- Broadsheet library, schema version 7: accounts of reader services (Google Reader API).
-- The local account is implicit (sites with no row in account_subscriptions). Secrets are
-- never here: the API password lives in the system keychain under the key
-- "broadsheet-account:<id>" (sync/accountsecrets.cpp). Times are seconds since the epoch.
CREATE TABLE IF NOT EXISTS accounts (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL DEFAULT 'greader',
    server_url  TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL DEFAULT 0,
    last_sync   INTEGER NOT NULL DEFAULT 0,   -- when the last sync finished (0: never)
    newest_item INTEGER NOT NULL DEFAULT 0,   -- the newest item id seen (the crawl time in µs)
    last_error  TEXT NOT NULL DEFAULT '',
    UNIQUE (server_url, user_name)
);

-- The account's folders (labels) and tags as the service lists them.
CREATE TABLE IF NOT EXISTS account_folders (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    label      TEXT NOT NULL,
    type       TEXT NOT NULL DEFAULT 'folder',  -- folder|tag
    PRIMARY KEY (account_id, label)
) WITHOUT ROWID;

-- A subscription of an account is a site of kind 'synced' (refreshed by the sync, never
-- directly); this maps it to the service's stream.
CREATE TABLE IF NOT EXISTS account_subscriptions (
    site_id    INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stream_id  TEXT NOT NULL,                   -- feed/3
    feed_url   TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, stream_id)
);

-- The service's item id of each synced article (decimal form: the crawl time in µs).
CREATE TABLE IF NOT EXISTS synced_items (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL,
    UNIQUE (account_id, item_id)
);

-- State changes made in Broadsheet on synced articles, written in the same transaction as the
-- change itself and before any request; removed once the service has accepted them. One row
-- per item and flag: a newer wish replaces the older one (and gets a new id, so that a send
-- of the older one never removes it).
CREATE TABLE IF NOT EXISTS sync_queue (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL,
    flag       TEXT NOT NULL,                   -- read|starred
    value      INTEGER NOT NULL,
    created    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (account_id, item_id, flag)
);
