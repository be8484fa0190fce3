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
    site.commentBackend = CommentBackend::None;
    return site;
}

} // namespace Broadsheet::Sites
