#include "ui/viewer/fullarticleheader.h"

#include <QCoreApplication>

namespace Broadsheet::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Ui::FullArticleHeader", text);
}

QString link(FullArticleHeader::Request request, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(FullArticleHeader::url(request).toString(), text.toHtmlEscaped());
}

const QString kScheme = QStringLiteral("broadsheet-text");

} // namespace

QString FullArticleHeader::html(const ShownText &shown)
{
    using Kind = ShownText::Kind;
    QString line;
    switch (shown.kind) {
    case Kind::FeedOnly:
        return {};
    case Kind::FeedText:
        line = tr("Feed text").toHtmlEscaped() + QStringLiteral(" · ") +
               link(Request::ShowFullArticle, tr("Show full article"));
        break;
    case Kind::FullArticle:
        line = tr("Full article").toHtmlEscaped() + QStringLiteral(" · ") +
               link(Request::ShowFeedText, tr("Show feed text"));
        break;
    case Kind::Loading:
        line = tr("Feed text · Loading the full article…").toHtmlEscaped();
        break;
    case Kind::Unavailable:
        line = tr("Feed text").toHtmlEscaped() + QStringLiteral(" · ") + shown.explanation.toHtmlEscaped() +
               QStringLiteral(" · ") + link(Request::ShowFullArticle, tr("Try again"));
        break;
    }
    return QStringLiteral("<p class=\"meta\">%1</p>").arg(line);
}

QUrl FullArticleHeader::url(Request request)
{
    return QUrl(kScheme +
                (request == Request::ShowFeedText ? QStringLiteral(":feed") : QStringLiteral(":full")));
}

FullArticleHeader::Request FullArticleHeader::requestFromUrl(const QUrl &url)
{
    if (url.scheme() != kScheme)
        return Request::None;
    if (url.path() == QLatin1String("feed"))
        return Request::ShowFeedText;
    return url.path() == QLatin1String("full") ? Request::ShowFullArticle : Request::None;
}

} // namespace Broadsheet::Ui
