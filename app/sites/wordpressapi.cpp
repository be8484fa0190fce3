#include "sites/wordpressapi.h"

#include <QUrlQuery>

namespace Broadsheet::Sites::WordPressApi {

namespace {

const QString kRestRoute = QStringLiteral("rest_route");

QString withoutLeadingSlash(QString route)
{
    while (route.startsWith(QLatin1Char('/')))
        route.remove(0, 1);
    return route;
}

} // namespace

bool usesRestRouteQuery(const QUrl &root)
{
    return QUrlQuery(root).hasQueryItem(kRestRoute);
}

QUrl endpoint(const QUrl &root, const QString &route, const QueryItems &query)
{
    QUrl url = root;
    url.setFragment(QString());
    const QString relative = withoutLeadingSlash(route);
    const QUrlQuery rootItems(root);
    QStringList parts; // encoded key=value pairs
    if (rootItems.hasQueryItem(kRestRoute)) {
        QString base = rootItems.queryItemValue(kRestRoute, QUrl::FullyDecoded);
        if (!base.startsWith(QLatin1Char('/')))
            base.prepend(QLatin1Char('/'));
        if (!base.endsWith(QLatin1Char('/')))
            base.append(QLatin1Char('/'));
        // rest_route first, as WordPress writes it; '/' stays readable, the rest is encoded.
        parts << kRestRoute + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(base + relative, "/"));
    } else {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path.append(QLatin1Char('/'));
        url.setPath(path + relative);
    }
    for (const auto &[key, value] : rootItems.queryItems(QUrl::FullyEncoded)) {
        if (key != kRestRoute)
            parts << key + QLatin1Char('=') + value;
    }
    for (const auto &[key, value] : query)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(value));
    url.setQuery(parts.isEmpty() ? QString() : parts.join(QLatin1Char('&')));
    return url;
}

QUrl postsUrl(const QUrl &root, int page, int perPage)
{
    return endpoint(root, QStringLiteral("wp/v2/posts"),
                    {{QStringLiteral("_embed"), QStringLiteral("1")},
                     {QStringLiteral("per_page"), QString::number(perPage)},
                     {QStringLiteral("page"), QString::number(page)}});
}

QUrl homeFromRoot(const QUrl &root)
{
    QUrl home = root;
    home.setFragment(QString());
    QString path = root.path();
    if (usesRestRouteQuery(root)) {
        QStringList parts;
        for (const auto &[key, value] : QUrlQuery(root).queryItems(QUrl::FullyEncoded)) {
            if (key != kRestRoute)
                parts << key + QLatin1Char('=') + value;
        }
        home.setQuery(parts.isEmpty() ? QString() : parts.join(QLatin1Char('&')));
        // "https://site/index.php?rest_route=/" → "https://site/"
        if (path.endsWith(QLatin1String("/index.php")))
            path.chop(qsizetype(qstrlen("index.php")));
    } else {
        const qsizetype at = path.lastIndexOf(QLatin1String("/wp-json"));
        if (at >= 0)
            path.truncate(at + 1);
        home.setQuery(QString());
    }
    home.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    return home;
}

QUrl rootFromEndpoint(const QUrl &url)
{
    if (usesRestRouteQuery(url)) {
        QUrl root = url;
        QUrlQuery items;
        items.addQueryItem(kRestRoute, QStringLiteral("/"));
        root.setQuery(items);
        root.setFragment(QString());
        return root;
    }
    const QString path = url.path();
    const qsizetype at = path.indexOf(QLatin1String("/wp-json"));
    if (at < 0)
        return {};
    const qsizetype end = at + qsizetype(qstrlen("/wp-json"));
    if (end < path.size() && path.at(end) != QLatin1Char('/'))
        return {};
    QUrl root = url;
    root.setPath(path.left(end) + QLatin1Char('/'));
    root.setQuery(QString());
    root.setFragment(QString());
    return root;
}

QList<HeaderLink> parseLinkHeader(const QByteArray &value, const QUrl &base)
{
    QList<HeaderLink> links;
    const QString text = QString::fromLatin1(value);
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
            ++i;
    };
    while (i < n) {
        skipSpace();
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i >= n)
            break;
        if (text.at(i) != QLatin1Char('<')) {
            // Not a link-value: skip to the next comma outside quotes.
            bool quoted = false;
            while (i < n && (quoted || text.at(i) != QLatin1Char(','))) {
                if (text.at(i) == QLatin1Char('"'))
                    quoted = !quoted;
                ++i;
            }
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            break;
        HeaderLink link;
        const QString target = text.mid(i + 1, close - i - 1).trimmed();
        link.url = base.resolved(QUrl(target));
        i = close + 1;
        // Parameters up to the next comma outside quotes.
        while (i < n) {
            skipSpace();
            if (i >= n || text.at(i) == QLatin1Char(','))
                break;
            if (text.at(i) != QLatin1Char(';')) {
                ++i;
                continue;
            }
            ++i;
            skipSpace();
            qsizetype nameEnd = i;
            while (nameEnd < n && text.at(nameEnd) != QLatin1Char('=') &&
                   text.at(nameEnd) != QLatin1Char(';') && text.at(nameEnd) != QLatin1Char(','))
                ++nameEnd;
            const QString name = text.mid(i, nameEnd - i).trimmed().toLower();
            i = nameEnd;
            QString paramValue;
            if (i < n && text.at(i) == QLatin1Char('=')) {
                ++i;
                skipSpace();
                if (i < n && text.at(i) == QLatin1Char('"')) {
                    ++i;
                    while (i < n && text.at(i) != QLatin1Char('"')) {
                        if (text.at(i) == QLatin1Char('\\') && i + 1 < n)
                            ++i;
                        paramValue.append(text.at(i));
                        ++i;
                    }
                    if (i < n)
                        ++i; // closing quote
                } else {
                    const qsizetype start = i;
                    while (i < n && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(','))
                        ++i;
                    paramValue = text.mid(start, i - start).trimmed();
                }
            }
            if (name == QLatin1String("rel"))
                link.rels = paramValue.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            else if (name == QLatin1String("type"))
                link.type = paramValue;
            else if (name == QLatin1String("title"))
                link.title = paramValue;
        }
        if (link.url.isValid() && !target.isEmpty())
            links.append(link);
    }
    return links;
}

QUrl apiRootFromLinkHeader(const QByteArray &value, const QUrl &base)
{
    for (const HeaderLink &link : parseLinkHeader(value, base)) {
        for (const QString &rel : link.rels) {
            if (rel.compare(QLatin1String("https://api.w.org/"), Qt::CaseInsensitive) == 0)
                return link.url;
        }
    }
    return {};
}

} // namespace Broadsheet::Sites::WordPressApi
