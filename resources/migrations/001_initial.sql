-- Broadsheet library, schema version 1.
-- Times are seconds since the epoch, UTC. Lists (categories) are joined with U+001F.

CREATE TABLE sites (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    home_url        TEXT NOT NULL DEFAULT '',
    source_url      TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL DEFAULT 'feed',
    comment_backend TEXT NOT NULL DEFAULT 'auto',
    folder          TEXT NOT NULL DEFAULT '',
    icon_url        TEXT NOT NULL DEFAULT '',
    etag            TEXT NOT NULL DEFAULT '',
    last_modified   TEXT NOT NULL DEFAULT '',
    content_hash    BLOB,
    last_refreshed  INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    site_id         INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    guid            TEXT NOT NULL,
    link            TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    published       INTEGER NOT NULL DEFAULT 0,
    updated         INTEGER NOT NULL DEFAULT 0,
    categories      TEXT NOT NULL DEFAULT '',
    summary_html    TEXT NOT NULL DEFAULT '',
    excerpt         TEXT NOT NULL DEFAULT '',
    content_html    TEXT NOT NULL DEFAULT '',
    image_url       TEXT NOT NULL DEFAULT '',
    image_alt       TEXT NOT NULL DEFAULT '',
    image_caption   TEXT NOT NULL DEFAULT '',
    image_credit    TEXT NOT NULL DEFAULT '',
    image_width     INTEGER NOT NULL DEFAULT 0,
    image_height    INTEGER NOT NULL DEFAULT 0,
    remote_post_id  INTEGER NOT NULL DEFAULT 0,
    comments_feed   TEXT NOT NULL DEFAULT '',
    comments_page   TEXT NOT NULL DEFAULT '',
    comment_count   INTEGER NOT NULL DEFAULT -1,
    comments_open   INTEGER NOT NULL DEFAULT 1,
    read            INTEGER NOT NULL DEFAULT 0,
    starred         INTEGER NOT NULL DEFAULT 0,
    fetched         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (site_id, guid)
);
CREATE INDEX articles_by_date ON articles (published DESC, id DESC);
CREATE INDEX articles_by_site_date ON articles (site_id, published DESC, id DESC);
CREATE INDEX articles_by_link ON articles (site_id, link);
CREATE INDEX articles_unread ON articles (site_id, read);

-- Full-text search over title, author and the article's plain text.
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, author, body, tokenize = 'unicode61 remove_diacritics 2', detail = column);

CREATE TABLE comments (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    remote_id        TEXT NOT NULL DEFAULT '',
    remote_parent_id TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',
    author_email     TEXT NOT NULL DEFAULT '',
    author_url       TEXT NOT NULL DEFAULT '',
    date             INTEGER NOT NULL DEFAULT 0,
    content_html     TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'published',
    last_error       TEXT NOT NULL DEFAULT '',
    attempts         INTEGER NOT NULL DEFAULT 0,
    created          INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX comments_remote ON comments (article_id, remote_id) WHERE remote_id <> '';
CREATE INDEX comments_by_article ON comments (article_id, date);

-- The comment the user is typing, per article, saved while typing.
CREATE TABLE drafts (
    article_id       INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    remote_parent_id TEXT NOT NULL DEFAULT '',
    parent_author    TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL DEFAULT '',
    updated          INTEGER NOT NULL DEFAULT 0
);

-- Articles removed by the retention policy, so that a refresh does not bring them back.
CREATE TABLE removed_articles (
    site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    guid    TEXT NOT NULL,
    PRIMARY KEY (site_id, guid)
) WITHOUT ROWID;
