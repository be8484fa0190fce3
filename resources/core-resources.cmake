# Files the headless core reads through the resource system (":/..."). Paths are
# relative to resources/ and become ":/<path>".
set(BROADSHEET_CORE_RESOURCE_FILES
    migrations/001_initial.sql
    migrations/002_comment_outbox.sql
    migrations/003_contentless_search.sql
    migrations/004_retention_index.sql
    migrations/005_sample_comments.sql
    migrations/006_conversations.sql
    migrations/007_accounts.sql
    migrations/008_full_articles.sql
    # The built-in sample site, served at https://sample.broadsheet.invalid/ by the
    # network layer's embedded origin.
    sample/feed.xml
    sample/comments/how-commenting-works.xml
    sample/comments/how-to-follow-a-site.xml
    sample/comments/keyboard-shortcuts.xml
    sample/comments/long-read-open-web-local-news.xml
    sample/comments/photo-story-harbour-market.xml
    sample/comments/reading-offline.xml
    sample/comments/welcome-to-broadsheet.xml
    sample/images/harbour.png
    sample/images/lighthouse.png
    sample/images/market.png
    sample/images/newsroom.png
    sample/images/tram.png)
list(TRANSFORM BROADSHEET_CORE_RESOURCE_FILES PREPEND "${PROJECT_SOURCE_DIR}/resources/")
