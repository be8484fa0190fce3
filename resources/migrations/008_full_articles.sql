-- Broadsheet library, schema version 8: full articles behind excerpt-only feeds
-- (docs/full-articles.md). Times are seconds since the epoch.

-- (Written so that running it twice changes nothing.)

-- Per site: which text the reader gets (no row: auto). auto: the full article when the feed's
-- text is an excerpt (Extract::looksLikeExcerpt); feed: the feed's text; full: always the full
-- article. Saved with the site's other settings (SiteStore::add/update) and in the essentials.
CREATE TABLE IF NOT EXISTS site_full_article_modes (
    site_id INTEGER PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
    mode    TEXT NOT NULL DEFAULT 'auto'
);
-- The built-in sample site's feed carries whole articles, and its origin serves no pages.
INSERT OR IGNORE INTO site_full_article_modes (site_id, mode)
    SELECT id, 'feed' FROM sites WHERE source_url = 'https://sample.broadsheet.invalid/feed.xml';

-- What reading an article's web page gave (Extract::FullArticleFetcher), one row per article,
-- gone with its article (retention, removing the site). Only outcome 'article' has a body.
CREATE TABLE IF NOT EXISTS full_articles (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    outcome       TEXT NOT NULL DEFAULT 'failed', -- article|not_article|failed
    url           TEXT NOT NULL DEFAULT '',       -- the page read, after redirects
    title         TEXT NOT NULL DEFAULT '',
    byline        TEXT NOT NULL DEFAULT '',
    content_html  TEXT NOT NULL DEFAULT '',       -- through the sanitizer, absolute URLs
    image_url     TEXT NOT NULL DEFAULT '',       -- the lead image, its caption and credit
    image_caption TEXT NOT NULL DEFAULT '',
    image_credit  TEXT NOT NULL DEFAULT '',
    explanation   TEXT NOT NULL DEFAULT '',       -- not_article|failed: why, for the reader
    fetched       INTEGER NOT NULL DEFAULT 0
);

-- The search index takes the full article's text too: the view (migration 3) appends it to
-- the body. Every entry is now removed while the rows it was made from still exist (BEFORE
-- triggers, reading the view) and added back from the view afterwards, so the text given to
-- FTS5's 'delete' is always the text it indexed, whichever table changed; when an article
-- goes, its full article goes by the cascade after the entry is already removed. Articles
-- without a full article index exactly the text they did before: no 'rebuild' is needed.
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP VIEW IF EXISTS articles_search_text;
CREATE VIEW articles_search_text AS
    SELECT a.id, a.title, a.author,
           broadsheet_search_body(a.content_html, a.summary_html, a.categories) ||
           ifnull((SELECT ' ' || broadsheet_search_body(f.content_html, '', '') FROM full_articles f
                    WHERE f.article_id = a.id AND f.outcome = 'article'), '') AS body
    FROM articles a;

CREATE TRIGGER IF NOT EXISTS articles_fts_delete BEFORE DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    SELECT 'delete', id, title, author, body FROM articles_search_text WHERE id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_before_update BEFORE UPDATE OF title, author, content_html, summary_html, categories
ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    SELECT 'delete', id, title, author, body FROM articles_search_text WHERE id = old.id;
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, author, content_html, summary_html, categories
ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, body)
    SELECT id, title, author, body FROM articles_search_text WHERE id = new.id;
END;

CREATE TRIGGER IF NOT EXISTS full_articles_fts_before_insert BEFORE INSERT ON full_articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    SELECT 'delete', id, title, author, body FROM articles_search_text WHERE id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS full_articles_fts_insert AFTER INSERT ON full_articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, body)
    SELECT id, title, author, body FROM articles_search_text WHERE id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS full_articles_fts_before_update BEFORE UPDATE ON full_articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    SELECT 'delete', id, title, author, body FROM articles_search_text WHERE id = old.article_id;
END;
CREATE TRIGGER IF NOT EXISTS full_articles_fts_update AFTER UPDATE ON full_articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, body)
    SELECT id, title, author, body FROM articles_search_text WHERE id = new.article_id;
END;
CREATE TRIGGER IF NOT EXISTS full_articles_fts_before_delete BEFORE DELETE ON full_articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    SELECT 'delete', id, title, author, body FROM articles_search_text WHERE id = old.article_id;
END;
CREATE TRIGGER IF NOT EXISTS full_articles_fts_delete AFTER DELETE ON full_articles BEGIN
    INSERT INTO articles_fts (rowid, title, author, body)
    SELECT id, title, author, body FROM articles_search_text WHERE id = old.article_id;
END;
