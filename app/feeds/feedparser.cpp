#include "feeds/feedparser.h"

namespace Broadsheet::Feeds {

ParseResult parseFeed(const QByteArray &, const ParseOptions &)
{
    ParseResult result;
    result.error = QStringLiteral("feed parsing is not implemented yet");
    return result;
}

QJsonObject toNeutralJson(const Feed &) { return {}; }

} // namespace Broadsheet::Feeds
