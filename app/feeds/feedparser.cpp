#include "feeds/feedparser.h"

#include "feeds/encoding.h"
#include "feeds/feedbuilder.h"
#include "feeds/jsonfeed.h"
#include "feeds/urls.h"
#include "feeds/xmlreader.h"

#include <QCoreApplication>

#include <optional>

namespace Broadsheet::Feeds {

namespace {

QByteArray header(const ParseOptions &options, const char *name)
{
    for (const auto &[key, value] : options.httpHeaders) {
        if (key.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool isXmlMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type.isEmpty())
        return true;
    return type.endsWith("/xml") || type.endsWith("+xml") || type.contains("xml-") || type.endsWith("json") ||
           type == "text/html";
}

} // namespace

ParseResult parseFeed(const QByteArray &bytes, const ParseOptions &options)
{
    ParseResult result;
    Feed &feed = result.feed;
    if (options.maxBytes > 0 && bytes.size() > options.maxBytes) {
        result.error = QCoreApplication::translate(
                           "Broadsheet::Feeds", "the document is %1 bytes, more than the limit of %2 bytes")
                           .arg(bytes.size())
                           .arg(options.maxBytes);
        feed.bozo = true;
        feed.bozoMessage = result.error;
        return result;
    }

    const QByteArray contentType = header(options, "Content-Type");
    QString base = options.documentUrl.isEmpty() ? QString() : options.documentUrl.toString();
    const QByteArray contentLocation = header(options, "Content-Location");
    if (!contentLocation.isEmpty()) {
        const QString resolved = Urls::resolve(base, QString::fromUtf8(contentLocation));
        if (!resolved.isEmpty())
            base = resolved;
    }
    const QString contentLanguage = QString::fromLatin1(header(options, "Content-Language")).trimmed();

    if (isBlank(bytes)) {
        result.error = QCoreApplication::translate("Broadsheet::Feeds", "the document is empty");
        feed.bozo = true;
        feed.bozoMessage = result.error;
        return result;
    }

    QString jsonError; // a document that starts like JSON and is not: what was wrong with it
    if (looksLikeJson(bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3)
                                                       : QByteArrayView(bytes))) {
        QString &error = jsonError;
        if (parseJsonFeed(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes, base, options.sanitize,
                          &feed, &error)) {
            if (feed.language.isEmpty())
                feed.language = contentLanguage;
            result.ok = true;
            return result;
        }
        feed.bozo = true;
        feed.bozoMessage = error;
        // Not JSON after all: try it as XML below.
    }

    const FeedBuilder::Options builderOptions{base, contentLanguage, options.sanitize};

    // UTF-8 goes to expat unchecked (expat validates it); only when expat rejects the
    // document is it checked, and re-read as windows-1252 when it is not UTF-8 after all.
    DecodedDocument decoded = decodeDocument(bytes, contentType, false);
    std::optional<FeedBuilder> strict(std::in_place, builderOptions);
    XmlReadResult first = readXml(decoded.utf8, *strict);
    if (!first.wellFormed && decoded.utf8Unchecked &&
        !isValidUtf8(decoded.utf8.constData(), decoded.utf8.size())) {
        decoded = decodeDocument(bytes, contentType, true);
        strict.emplace(builderOptions);
        first = readXml(decoded.utf8, *strict);
    }
    const QString encoding = decoded.encoding;
    const bool bozo = decoded.bozo;
    const QString bozoMessage = decoded.bozoMessage;
    bool sawRoot = false;
    if (first.wellFormed) {
        sawRoot = strict->sawFeedRoot();
        feed = strict->finish();
    } else {
        // Not well-formed: recover (HTML entities, stray '&', misplaced declarations) and
        // keep whatever the better of the two passes read.
        FeedBuilder loose(builderOptions);
        const XmlReadResult second = readXml(repairXml(decoded.utf8), loose);
        const bool useLoose = second.wellFormed || loose.entryCount() >= strict->entryCount();
        FeedBuilder &chosen = useLoose ? loose : *strict;
        sawRoot = chosen.sawFeedRoot();
        feed = chosen.finish();
        feed.bozo = true;
        feed.bozoMessage =
            QCoreApplication::translate("Broadsheet::Feeds", "the document is not well-formed XML: %1")
                .arg(first.error);
    }
    feed.encoding = encoding;
    if (bozo) {
        feed.bozo = true;
        if (feed.bozoMessage.isEmpty())
            feed.bozoMessage = bozoMessage;
    }
    if (!isXmlMediaType(contentType)) {
        feed.bozo = true;
        if (feed.bozoMessage.isEmpty())
            feed.bozoMessage =
                QCoreApplication::translate("Broadsheet::Feeds", "served as %1, not an XML media type")
                    .arg(QString::fromLatin1(contentType));
    }
    if (!sawRoot && feed.entries.isEmpty()) {
        if (!jsonError.isEmpty()) // it started like JSON, and is no XML either: say what JSON lacked
            feed.bozoMessage = jsonError;
        result.error = feed.bozoMessage.isEmpty()
                           ? QCoreApplication::translate("Broadsheet::Feeds",
                                                         "the document is not an RSS, Atom or JSON feed")
                           : feed.bozoMessage;
        feed.bozo = true;
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Broadsheet::Feeds
