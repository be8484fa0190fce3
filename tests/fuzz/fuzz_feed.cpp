// libFuzzer target for the feed parser (RSS, Atom, RDF, JSON Feed; every HTML field goes
// through the sanitizer) and its neutral JSON form.

#include "feeds/feedparser.h"

#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Broadsheet::Feeds::ParseOptions options;
    options.documentUrl = QUrl(QStringLiteral("http://127.0.0.1:8097/feed.xml"));
    if (size > 0 && data[0] == '<' && size % 3 == 0)
        options.httpHeaders.append(
            {QByteArray("Content-Type"), QByteArray("application/xml; charset=iso-8859-1")});
    const Broadsheet::Feeds::ParseResult result = Broadsheet::Feeds::parseFeed(bytes, options);
    const QByteArray json =
        QJsonDocument(Broadsheet::Feeds::toNeutralJson(result.feed)).toJson(QJsonDocument::Compact);
    (void)json;
    return 0;
}
