-- Broadsheet library, schema version 5: the built-in sample site takes comments.
-- Its embedded origin (https://sample.broadsheet.invalid/) now answers the generic JSON API of
-- docs/backend-api.md and keeps what is posted in the profile, so a library that follows the
-- sample with comments off (the only choice until now) posts through that API instead. A
-- library whose sample site was set to anything else keeps its choice.
UPDATE sites SET comment_backend = 'json'
 WHERE source_url = 'https://sample.broadsheet.invalid/feed.xml' AND comment_backend = 'none';
INSERT INTO comment_backends (site_id, json_base)
     SELECT id, 'https://sample.broadsheet.invalid/api/v1' FROM sites
      WHERE source_url = 'https://sample.broadsheet.invalid/feed.xml' AND comment_backend = 'json'
ON CONFLICT (site_id) DO UPDATE SET json_base = excluded.json_base WHERE comment_backends.json_base = '';
