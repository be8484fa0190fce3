#include "sites/entrymapper.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Sites {

namespace {

bool isImage(const QString &type, const QString &medium, const QString &url)
{
    if (medium == QLatin1String("image") || type.startsWith(QLatin1String("image/")))
        return true;
    static const QRegularExpression ext(QStringLiteral("\\.(jpe?g|png|gif|webp|avif)(\\?|$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return type.isEmpty() && medium.isEmpty() && ext.match(url).hasMatch();
}

Image featuredImage(const Feeds::Entry &entry)
{
    Image image;
    for (const Feeds::MediaContent &media : entry.mediaContent) {
        if (isImage(media.type, media.medium, media.url)) {
            image.url = QUrl(media.url);
            image.width = media.width;
            image.height = media.height;
            return image;
        }
    }
    if (!entry.mediaThumbnails.isEmpty()) {
        const Feeds::MediaThumbnail &thumb = entry.mediaThumbnails.constFirst();
        image.url = QUrl(thumb.url);
        image.width = thumb.width;
        image.height = thumb.height;
        return image;
    }
    for (const Feeds::Enclosure &enclosure : entry.enclosures) {
        if (isImage(enclosure.type, {}, enclosure.url)) {
            image.url = QUrl(enclosure.url);
            return image;
        }
    }
    if (!entry.imageUrl.isEmpty())
        image.url = QUrl(entry.imageUrl);
    return image;
}

qint64 postIdOf(const Feeds::Entry &entry)
{
    if (!entry.postId.isEmpty())
        return entry.postId.toLongLong();
    // WordPress guids look like https://site/?p=123
    const QUrl guid(entry.id);
    const QString p = QUrlQuery(guid).queryItemValue(QStringLiteral("p"));
    bool ok = false;
    const qint64 id = p.toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace

Article toArticle(const Feeds::Entry &entry)
{
    Article article;
    article.guid = !entry.id.isEmpty() ? entry.id : entry.link;
    article.link = QUrl(entry.link);
    article.title = entry.title;
    article.author = entry.author.name.isEmpty() ? entry.author.email : entry.author.name;
    article.published = entry.published.isValid() ? entry.published : entry.updated;
    article.updated = entry.updated;
    for (const Feeds::Category &category : entry.categories) {
        const QString name = category.label.isEmpty() ? category.term : category.label;
        if (!name.isEmpty() && !article.categories.contains(name))
            article.categories << name;
    }
    article.summaryHtml = entry.summary;
    article.contentHtml = entry.content.isEmpty() ? entry.summary : entry.content;
    article.featuredImage = featuredImage(entry);
    article.remotePostId = postIdOf(entry);
    article.commentsFeedUrl = QUrl(entry.commentsFeed);
    article.commentsPageUrl = QUrl(entry.comments);
    article.commentCount = entry.commentCount;
    return article;
}

QList<Article> toArticles(const Feeds::Feed &feed)
{
    QList<Article> articles;
    articles.reserve(feed.entries.size());
    for (const Feeds::Entry &entry : feed.entries)
        articles.append(toArticle(entry));
    return articles;
}

Comment toComment(const Feeds::Entry &entry)
{
    Comment comment;
    comment.remoteId = !entry.id.isEmpty() ? entry.id : entry.link;
    comment.remoteParentId = entry.inReplyTo;
    comment.author = entry.author.name;
    comment.authorUrl = QUrl(entry.author.uri);
    comment.date = entry.published.isValid() ? entry.published : entry.updated;
    comment.contentHtml = entry.content.isEmpty() ? entry.summary : entry.content;
    comment.state = Comment::State::Published;
    return comment;
}

} // namespace Broadsheet::Sites
