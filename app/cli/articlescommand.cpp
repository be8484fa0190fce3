#include "cli/commands.h"
#include "cli/opensession.h"

#include "html/htmlpipeline.h"
#include "html/plaintext.h"
#include "session/session.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

namespace {

QJsonValue dateJson(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject articleJson(const Article &a, const QString &siteTitle,
                        const std::optional<Store::SyncStore::ItemRef> &item)
{
    Html::RenderOptions options;
    options.base = a.link;
    QJsonObject image;
    if (!a.featuredImage.isNull()) {
        image = QJsonObject{{QStringLiteral("url"), a.featuredImage.url.toString()},
                            {QStringLiteral("alt"), a.featuredImage.alt},
                            {QStringLiteral("caption"), a.featuredImage.caption},
                            {QStringLiteral("credit"), a.featuredImage.credit},
                            {QStringLiteral("width"), a.featuredImage.width},
                            {QStringLiteral("height"), a.featuredImage.height}};
    }
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("site"), a.siteId},
        {QStringLiteral("site_title"), siteTitle},
        {QStringLiteral("guid"), a.guid},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("link"), a.link.toString()},
        {QStringLiteral("published"), dateJson(a.published)},
        {QStringLiteral("updated"), dateJson(a.updated)},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("categories"), QJsonArray::fromStringList(a.categories)},
        {QStringLiteral("summary"), Html::toPlainText(a.summaryHtml)},
        {QStringLiteral("image"), image.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(image)},
        {QStringLiteral("remote_post_id"), a.remotePostId},
        {QStringLiteral("comments_open"), a.commentsOpen},
        {QStringLiteral("comment_count"), a.commentCount},
        {QStringLiteral("read"), a.read},
        {QStringLiteral("starred"), a.starred},
        {QStringLiteral("content_html"), Html::render(a.contentHtml, options).html},
        // The account it is synced with (null: the local library) and the service's item id.
        {QStringLiteral("account"), item ? QJsonValue(item->accountId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("item_id"),
         item ? QJsonValue(QString::number(item->itemId)) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

int runArticles(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the library's articles, newest first. With --json: one JSON object per line with id, site, "
        "site_title, title, link, published, author, categories, summary, image, content_html (the body "
        "as the viewer shows it), account (null for the local library) and item_id (the service's id)."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(QStringLiteral("site"), QStringLiteral("Only articles of site ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption unreadOption(QStringLiteral("unread"), QStringLiteral("Only unread articles."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Only articles matching the words Q."), QStringLiteral("Q"));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("At most N articles (default: all)."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON lines."));
    parser.addOptions({siteOption, unreadOption, searchOption, limitOption, jsonOption});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        context.err << parser.helpText();
        return 2;
    }
    Store::ArticleQuery query;
    if (parser.isSet(siteOption)) {
        bool ok = false;
        query.siteId = parser.value(siteOption).toLongLong(&ok);
        if (!ok || query.siteId <= 0) {
            context.err << "broadsheet-cli articles: --site needs a site id\n";
            return 2;
        }
    }
    if (parser.isSet(unreadOption))
        query.filter = Store::ArticleQuery::Filter::Unread;
    query.search = parser.value(searchOption);
    int limit = 0;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0) {
            context.err << "broadsheet-cli articles: --limit needs a positive number\n";
            return 2;
        }
    }

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "articles"))
        return 1;
    const Store::ArticleStore articles = session.library().articles();
    if (query.siteId && !session.library().sites().site(query.siteId)) {
        context.err << "broadsheet-cli articles: there is no site " << query.siteId << '\n';
        return 1;
    }
    const bool json = parser.isSet(jsonOption);
    Store::PageCursor cursor;
    int printed = 0;
    constexpr int PageSize = 200;
    while (limit == 0 || printed < limit) {
        const int want = limit == 0 ? PageSize : std::min(PageSize, limit - printed);
        const QList<Store::ArticleRow> rows = articles.page(query, cursor, want);
        for (const Store::ArticleRow &row : rows) {
            if (json) {
                const std::optional<Article> article = articles.article(row.id);
                if (!article)
                    continue;
                context.out << QString::fromUtf8(
                                   QJsonDocument(articleJson(*article, row.siteTitle,
                                                             session.library().sync().itemOf(row.id)))
                                       .toJson(QJsonDocument::Compact))
                            << '\n';
            } else {
                context.out << row.id << '\t'
                            << (row.published.isValid() ? row.published.toUTC().toString(Qt::ISODate)
                                                        : QString())
                            << '\t' << row.siteTitle << '\t' << (row.read ? ' ' : '*') << ' ' << row.title
                            << '\n';
            }
            ++printed;
        }
        if (rows.size() < want)
            break;
        const Store::ArticleRow &last = rows.constLast();
        cursor = {last.published.isValid() ? last.published.toSecsSinceEpoch() : 0, last.id, true};
    }
    context.out.flush();
    return 0;
}

} // namespace Broadsheet::Cli
