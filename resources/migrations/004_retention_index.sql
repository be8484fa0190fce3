-- Broadsheet library, schema version 4: retention finds what it may remove without reading
-- every article.
-- Retention (ArticleStore::removeReadBefore) removes articles that are read, not starred
-- and older than the cut-off. Until now SQLite walked articles_by_date and fetched every
-- older row to test read and starred, which sit after the article's text: at 100,000
-- articles that read most of the file at every start (≈ 70 ms on the writer thread, and
-- 15 MB of page cache). This partial index holds only the rows retention may remove.
CREATE INDEX articles_expirable ON articles (published) WHERE read = 1 AND starred = 0;
