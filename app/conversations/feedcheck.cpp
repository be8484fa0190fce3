#include "conversations/feedcheck.h"

#include "comments/backend.h"
#include "comments/wordpress.h"
#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Conversations {

QUrl commentsFeedOf(const QUrl &commentsFeed, const QUrl &home, const QString &guid)
{
    if (commentsFeed.isValid() && !commentsFeed.isEmpty())
        return commentsFeed;
    const QString id = Comments::WordPress::postId({0, guid}, nullptr);
    if (id.isEmpty() || home.isEmpty() || !home.isValid())
        return {};
    QUrl url = home;
    url.setFragment(QString());
    url.setPath(url.path().isEmpty() ? QStringLiteral("/") : url.path());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("p"), id);
    query.addQueryItem(QStringLiteral("feed"), QStringLiteral("rss2"));
    url.setQuery(query);
    return url;
}

QString feedCommentId(const QString &guidOrLink)
{
    static const QRegularExpression commentId(QStringLiteral("#comment-(\\d+)$"));
    const QString text = guidOrLink.trimmed();
    if (const auto m = commentId.match(text); m.hasMatch())
        return m.captured(1);
    return text;
}

Net::Request feedCheckRequest(const QUrl &feed)
{
    Net::Request request;
    request.url = feed;
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/rss+xml, application/atom+xml, application/xml;q=0.9")});
    return request;
}

Snapshot readCommentsFeed(const Net::Response &response)
{
    Snapshot s;
    if (response.status == 304) {
        s.status = Snapshot::Status::NotModified;
        return s;
    }
    if (!response.ok()) {
        s.error = response.errorMessage;
        return s;
    }
    Feeds::ParseOptions options;
    options.documentUrl = response.url;
    options.httpHeaders = response.headers;
    options.sanitize = false; // only ids, authors and dates are read
    const Feeds::ParseResult parsed = Feeds::parseFeed(response.body, options);
    // A feed cut short or broken could miss comments that are there: it says nothing.
    if (!parsed.ok || parsed.feed.bozo) {
        s.error = QCoreApplication::translate("Broadsheet::Conversations",
                                              "The site's comments feed could not be read (%1).")
                      .arg(!parsed.error.isEmpty()              ? parsed.error
                           : !parsed.feed.bozoMessage.isEmpty() ? parsed.feed.bozoMessage
                                                                : QStringLiteral("not a feed"));
        return s;
    }
    s.status = Snapshot::Status::Ok;
    const QList<Feeds::Entry> &entries = parsed.feed.entries;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) { // newest first → oldest first
        const Feeds::Entry &e = entries.at(i);
        ThreadComment c;
        c.id = feedCommentId(!e.id.isEmpty() ? e.id : e.link);
        if (c.id.isEmpty())
            continue;
        if (!e.inReplyTo.isEmpty())
            c.parentId = feedCommentId(e.inReplyTo);
        c.author = e.author.name;
        const QDateTime date = e.published.isValid() ? e.published : e.updated;
        c.date = date.isValid() ? date.toSecsSinceEpoch() : 0;
        s.visible << c;
        if (c.date > 0)
            s.oldest = s.oldest == 0 ? c.date : qMin(s.oldest, c.date);
    }
    s.complete = entries.size() < FeedItemsShownByWordPress;
    s.etag = QString::fromUtf8(response.header("ETag"));
    s.lastModified = QString::fromUtf8(response.header("Last-Modified"));
    return s;
}

} // namespace Broadsheet::Conversations
