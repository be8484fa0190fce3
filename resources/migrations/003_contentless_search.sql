-- Broadsheet library, schema version 3: the full-text index keeps no copy of the text.
-- Until now the FTS5 table stored every article's plain text a second time (the body is
-- already in articles.content_html). It now takes its text from a view over articles:
-- broadsheet_search_body() (store/searchtext.cpp, registered on every connection) derives
-- the indexed text from the article's columns; SQLite reads the view only when a ranking
-- function (bm25) needs the text of a matching row.
-- The triggers below keep the index in step with every update and delete, cascades
-- included. New articles are indexed by ArticleStore::upsert itself, with the same
-- function: FTS5 in SQLite 3.40 flushes its pending terms at every statement run from a
-- trigger, which made a 100,000-article import take twice the time.
-- If broadsheet_search_body() ever changes, a migration must run the 'rebuild' below again.
DROP TABLE articles_fts;
CREATE VIEW articles_search_text AS
    SELECT id, title, author, broadsheet_search_body(content_html, summary_html, categories) AS body
    FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, author, body, tokenize = 'unicode61 remove_diacritics 2', detail = column, content = 'articles_search_text', content_rowid = 'id');
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    VALUES ('delete', old.id, old.title, old.author,
            broadsheet_search_body(old.content_html, old.summary_html, old.categories));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, author, content_html, summary_html, categories
ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, author, body)
    VALUES ('delete', old.id, old.title, old.author,
            broadsheet_search_body(old.content_html, old.summary_html, old.categories));
    INSERT INTO articles_fts (rowid, title, author, body)
    VALUES (new.id, new.title, new.author,
            broadsheet_search_body(new.content_html, new.summary_html, new.categories));
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
