#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Broadsheet::Feeds {

// One subscription of an OPML 2.0 subscription list.
struct OpmlOutline
{
    QString title;
    QString xmlUrl;
    QString htmlUrl;
    QString folder; // "" at top level; nested folders are flattened to "A/B"
    // Broadsheet's own attributes (namespace OpmlNamespace): how Broadsheet reads the site
    // when it is not the feed at xmlUrl ("wordpress", "json"), and from which address.
    // Other readers ignore them and use xmlUrl.
    QString sourceKind;
    QString sourceUrl;
};

inline constexpr char OpmlNamespace[] = "urn:broadsheet:opml:1";

struct OpmlResult
{
    bool ok = false;
    QString error; // human-readable, with the line when the XML is broken
    QList<OpmlOutline> outlines;
};

// Reads an OPML 1.0/2.0 subscription list: every outline with an xmlUrl is a subscription,
// outlines without one are folders. An ill-formed file gives ok = false with the error,
// and outlines holds what could be recovered (HTML entities, stray '&', unclosed or
// truncated outlines), for the caller to offer. Pure and thread-safe.
OpmlResult parseOpml(const QByteArray &bytes);

// Writes an OPML 2.0 document (UTF-8) with one folder outline per distinct folder path
// ("A/B" becomes an outline "B" nested in "A").
QByteArray writeOpml(const QList<OpmlOutline> &outlines,
                     const QString &title = QStringLiteral("Broadsheet subscriptions"));

} // namespace Broadsheet::Feeds
