#include "sites/samplesite.h"

#include "net/network.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

Site sampleSite()
{
    Site site;
    site.title = QCoreApplication::translate("Broadsheet::Sites", "The Harbour Gazette");
    site.homeUrl = Net::embeddedOriginUrl(QString());
    site.sourceUrl = Net::embeddedOriginUrl(QStringLiteral("feed.xml"));
    site.kind = SourceKind::Feed;
    site.commentBackend = CommentBackend::JsonApi;
    site.fullArticleMode = FullArticleMode::FeedText; // its feed carries whole articles; it has no pages
    return site;
}

CommentBackendSettings sampleCommentSettings()
{
    CommentBackendSettings settings;
    settings.jsonBase = Net::embeddedOriginUrl(QStringLiteral("api/v1"));
    return settings;
}

bool isSampleSite(const Site &site)
{
    return site.sourceUrl == Net::embeddedOriginUrl(QStringLiteral("feed.xml"));
}

} // namespace Broadsheet::Sites
