#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Broadsheet {

// Where a site's articles come from.
enum class SourceKind
{
    Feed,      // RSS, Atom, RDF or JSON Feed document
    WordPress, // WordPress REST API (/wp-json/wp/v2/posts?_embed)
    JsonApi,   // the generic JSON contract of docs/backend-api.md
    Synced,    // a subscription of a reader service account (sync/), refreshed by the sync
};

// How comments are posted for a site.
enum class CommentBackend
{
    None,
    Auto,
    WordPressRest,
    WordPressForm,
    JsonApi,
};

// Which text of a site's articles the reader gets (docs/full-articles.md).
enum class FullArticleMode
{
    Automatic,   // the full article when the feed's text is an excerpt (Extract::looksLikeExcerpt)
    FeedText,    // the feed's text; the full article only when the reader asks for it
    FullArticle, // always the full article read from the article's web page
};

QString toString(SourceKind kind);
SourceKind sourceKindFromString(const QString &text);
QString toString(CommentBackend backend);
CommentBackend commentBackendFromString(const QString &text);
QString toString(FullArticleMode mode);
FullArticleMode fullArticleModeFromString(const QString &text); // Automatic when unknown

struct Site
{
    qint64 id = 0;
    QString title;
    QUrl homeUrl;   // the site's own page
    QUrl sourceUrl; // feed URL, REST API root or JSON API base
    SourceKind kind = SourceKind::Feed;
    CommentBackend commentBackend = CommentBackend::Auto;
    QString folder; // OPML folder, empty for top level
    QUrl iconUrl;
    FullArticleMode fullArticleMode = FullArticleMode::Automatic;

    // refresh state
    QString etag;
    QString lastModified;
    QByteArray contentHash;
    QDateTime lastRefreshed;
    QString lastError; // empty when the last refresh succeeded

    int unreadCount = 0; // derived, filled by queries that ask for it
};

} // namespace Broadsheet
