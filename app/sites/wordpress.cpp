#include "sites/wordpress.h"

#include "concurrency/async.h"
#include "feeds/textconstruct.h"
#include "html/htmlpipeline.h"
#include "sites/wordpressapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Broadsheet::Sites::WordPress {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites::WordPress)
};

QString rendered(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1String("rendered")).toString();
    return value.toString();
}

QString plainText(const QString &html)
{
    return Feeds::Text::htmlToText(html).trimmed();
}

// "2024-03-05T08:30:00" (date_gmt: UTC without a zone), or any ISO 8601 date with a zone.
QDateTime utcDate(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return {};
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeZone(QTimeZone::utc());
    return date.toUTC();
}

// An embedded object that is really an error (e.g. {"code":"rest_forbidden",…}).
bool isError(const QJsonObject &object)
{
    return object.contains(QLatin1String("code")) && object.contains(QLatin1String("message")) &&
           !object.contains(QLatin1String("id"));
}

Image featuredImage(const QJsonObject &embedded, const QUrl &base)
{
    Image image;
    const QJsonArray media = embedded.value(QLatin1String("wp:featuredmedia")).toArray();
    if (media.isEmpty() || !media.first().isObject())
        return image;
    const QJsonObject m = media.first().toObject();
    if (isError(m))
        return image;
    const QString type = m.value(QLatin1String("media_type")).toString();
    if (!type.isEmpty() && type != QLatin1String("image"))
        return image;
    const QString source = m.value(QLatin1String("source_url")).toString();
    if (source.isEmpty())
        return image;
    const QUrl url = base.resolved(QUrl(source));
    if (!isWebUrl(url))
        return image;
    image.url = url;
    image.alt = m.value(QLatin1String("alt_text")).toString().trimmed();
    const Html::CaptionParts parts =
        Html::splitCredit(plainText(rendered(m.value(QLatin1String("caption")))));
    image.caption = parts.caption;
    image.credit = parts.credit;
    const QJsonObject details = m.value(QLatin1String("media_details")).toObject();
    image.width = std::max(0, details.value(QLatin1String("width")).toInt());
    image.height = std::max(0, details.value(QLatin1String("height")).toInt());
    return image;
}

QStringList termNames(const QJsonObject &embedded)
{
    QStringList categories;
    QStringList tags;
    const QJsonArray groups = embedded.value(QLatin1String("wp:term")).toArray();
    for (const QJsonValue &group : groups) {
        for (const QJsonValue &value : group.toArray()) {
            const QJsonObject term = value.toObject();
            if (isError(term))
                continue;
            const QString name = plainText(term.value(QLatin1String("name")).toString());
            if (name.isEmpty())
                continue;
            const QString taxonomy = term.value(QLatin1String("taxonomy")).toString();
            QStringList &list = taxonomy == QLatin1String("post_tag") ? tags : categories;
            if (!categories.contains(name) && !tags.contains(name))
                list << name;
        }
    }
    return categories + tags;
}

QString authorName(const QJsonObject &embedded)
{
    const QJsonArray authors = embedded.value(QLatin1String("author")).toArray();
    for (const QJsonValue &value : authors) {
        const QJsonObject author = value.toObject();
        if (isError(author))
            continue;
        const QString name = plainText(author.value(QLatin1String("name")).toString());
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

Article toArticle(const QJsonObject &post, const QUrl &documentUrl)
{
    Article article;
    const qint64 id = post.value(QLatin1String("id")).toInteger();
    article.remotePostId = id > 0 ? id : 0;
    const QString link = post.value(QLatin1String("link")).toString();
    article.link = link.isEmpty() ? QUrl() : documentUrl.resolved(QUrl(link));
    const QString guid = rendered(post.value(QLatin1String("guid"))).trimmed();
    // The guid WordPress writes into its feeds ("https://site/?p=9"), so a site followed by
    // feed and later by REST keeps its articles; the post id when the guid is missing.
    article.guid = !guid.isEmpty() ? Feeds::Text::decodeEntities(guid)
                   : id > 0        ? QStringLiteral("wp-post:%1").arg(id)
                                   : article.link.toString();
    article.title = plainText(rendered(post.value(QLatin1String("title"))));
    const QUrl base = article.link.isValid() && !article.link.isEmpty() ? article.link : documentUrl;
    article.contentHtml = Html::sanitize(rendered(post.value(QLatin1String("content"))), base);
    article.summaryHtml = Html::sanitize(rendered(post.value(QLatin1String("excerpt"))), base);
    article.published = utcDate(post.value(QLatin1String("date_gmt")));
    if (!article.published.isValid())
        article.published = utcDate(post.value(QLatin1String("date")));
    article.updated = utcDate(post.value(QLatin1String("modified_gmt")));
    if (!article.updated.isValid())
        article.updated = article.published;
    article.commentsOpen = post.value(QLatin1String("comment_status")).toString() != QLatin1String("closed");

    const QJsonValue embeddedValue = post.value(QLatin1String("_embedded"));
    if (embeddedValue.isObject()) {
        const QJsonObject embedded = embeddedValue.toObject();
        article.author = authorName(embedded);
        article.categories = termNames(embedded);
        article.featuredImage = featuredImage(embedded, base);
        // _embedded.replies holds the first page (10) of approved comments; WordPress leaves the
        // key out when there are none (while _links still names the embeddable replies).
        const QJsonArray replies = embedded.value(QLatin1String("replies")).toArray();
        const bool repliesLinked =
            post.value(QLatin1String("_links")).toObject().contains(QLatin1String("replies"));
        if (replies.isEmpty() && !repliesLinked) {
            article.commentCount = -1;
        } else if (replies.isEmpty()) {
            article.commentCount = 0;
        } else {
            const QJsonArray first = replies.first().toArray();
            bool errors = false;
            for (const QJsonValue &value : first)
                errors = errors || isError(value.toObject());
            article.commentCount = errors ? -1 : first.size() < 10 ? int(first.size()) : -1;
        }
    }
    return article;
}

PostsPage parsePosts(const QByteArray &body, const QUrl &documentUrl)
{
    PostsPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        page.error =
            Text::tr("The WordPress REST API at %1 sent a reply that is not valid JSON (%2 at byte %3).")
                .arg(documentUrl.host(), error.errorString())
                .arg(error.offset);
        return page;
    }
    if (!doc.isArray()) {
        const QString message = doc.object().value(QLatin1String("message")).toString();
        page.error = message.isEmpty()
                         ? Text::tr("The WordPress REST API at %1 did not answer with a list of posts.")
                               .arg(documentUrl.host())
                         : Text::tr("The WordPress REST API at %1 answered: %2")
                               .arg(documentUrl.host(), plainText(message));
        return page;
    }
    const QJsonArray posts = doc.array();
    page.articles.reserve(posts.size());
    for (const QJsonValue &value : posts) {
        if (!value.isObject())
            continue;
        const QJsonObject post = value.toObject();
        if (!post.contains(QLatin1String("id")))
            continue;
        page.articles.append(toArticle(post, documentUrl));
    }
    page.ok = true;
    return page;
}

int totalPages(const Net::Response &response)
{
    bool ok = false;
    const int pages = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
    return ok && pages > 0 ? pages : 0;
}

QByteArray linkHeader(const Net::Response &response)
{
    QByteArrayList values;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("link", Qt::CaseInsensitive) == 0)
            values << value;
    }
    return values.join(", ");
}

QString errorMessage(const Net::Response &response)
{
    QString message = response.errorMessage;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString wpMessage = plainText(body.value(QLatin1String("message")).toString());
    if (!wpMessage.isEmpty())
        message = message.isEmpty() ? wpMessage : Text::tr("%1 WordPress says: “%2”").arg(message, wpMessage);
    if (message.isEmpty())
        message = Text::tr("The WordPress REST API could not be read.");
    return message;
}

PostsReader::PostsReader(Net::NetworkManager &network, const QUrl &apiRoot, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_root(apiRoot)
{}

PostsReader::~PostsReader()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

void PostsReader::start()
{
    m_done = false;
    m_pagesRead = 0;
    m_totalPages = 0;
    m_next.clear();
    fetch(1);
}

void PostsReader::abort()
{
    if (m_done)
        return;
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    fail(tr("Reading the site was canceled."));
}

void PostsReader::fetch(int page)
{
    Net::Request request;
    request.url = page > 1 && !m_next.isEmpty() && m_totalPages == 0
                      ? m_next
                      : WordPressApi::postsUrl(m_root, page, m_perPage);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    m_reply = m_network.send(request);
    const quint64 generation = m_generation;
    connect(m_reply, &Net::Reply::finished, this, [this, page, generation](const Net::Response &response) {
        if (generation == m_generation)
            handle(page, response);
    });
}

void PostsReader::handle(int page, const Net::Response &response)
{
    m_reply = nullptr;
    if (!response.ok()) {
        fail(m_pagesRead > 0 ? tr("Read %1 of %2 pages, then: %3")
                                   .arg(m_pagesRead)
                                   .arg(std::max(m_totalPages, m_pagesRead + 1))
                                   .arg(errorMessage(response))
                             : errorMessage(response));
        return;
    }
    if (page == 1 || m_totalPages == 0)
        m_totalPages = WordPress::totalPages(response);
    m_next.clear();
    for (const WordPressApi::HeaderLink &link :
         WordPressApi::parseLinkHeader(linkHeader(response), response.url)) {
        if (link.rels.contains(QLatin1String("next")))
            m_next = link.url;
    }

    // Parse on the pool (sanitizing a page of posts takes a while), continue here.
    Async::runThen([url = response.url, body = response.body] { return parsePosts(body, url); }, this,
                   [this, generation = m_generation, page](const PostsPage &parsed) {
                       if (generation != m_generation)
                           return;
                       if (!parsed.ok) {
                           fail(parsed.error);
                           return;
                       }
                       m_pagesRead = page;
                       const int known = std::max(m_totalPages, page);
                       const QPointer<PostsReader> self(this); // a slot may abort or delete it
                       Q_EMIT pageRead(page, known, parsed.articles);
                       if (!self || generation != m_generation)
                           return;
                       const bool more = m_totalPages > 0 ? page < m_totalPages
                                                          : !m_next.isEmpty() && !parsed.articles.isEmpty();
                       if (more) {
                           fetch(page + 1);
                           return;
                       }
                       m_done = true;
                       Q_EMIT finished(true, QString());
                   });
}

void PostsReader::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    ++m_generation;
    Q_EMIT finished(false, error);
}

} // namespace Broadsheet::Sites::WordPress
