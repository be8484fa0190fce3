#include "comments/backend.h"

#include "html/plaintext.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrlQuery>

namespace Broadsheet::Comments {

QUrl guessRestRoot(const Site &site)
{
    if (site.kind == SourceKind::WordPress && site.sourceUrl.isValid() && !site.sourceUrl.isEmpty())
        return site.sourceUrl;
    QUrl home = site.homeUrl;
    // A reader service's subscription: its articles' own site is found, not guessed
    // (comments/originresolver.h).
    if (home.isEmpty() || site.kind == SourceKind::Synced)
        return {};
    home.setQuery(QString());
    home.setFragment(QString());
    QString path = home.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    home.setPath(path + QStringLiteral("wp-json/"));
    return home;
}

bool mayCarryCredentials(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl restUrl(const QUrl &root, const QString &route, const QList<QPair<QString, QString>> &query)
{
    QUrl url = root;
    QUrlQuery q(root);
    if (q.hasQueryItem(QStringLiteral("rest_route"))) {
        q.removeAllQueryItems(QStringLiteral("rest_route"));
        q.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + route);
    } else {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + route);
    }
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

QString comparableText(const QString &htmlOrText)
{
    const QString plain = Html::toPlainText(htmlOrText);
    QString result;
    result.reserve(plain.size());
    for (const QChar c : plain) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    return result;
}

bool isSameComment(const Comment &remote, const Outgoing &sent)
{
    const QString remoteParent =
        remote.remoteParentId == QLatin1String("0") ? QString() : remote.remoteParentId;
    const QString sentParent = sent.parentId == QLatin1String("0") ? QString() : sent.parentId;
    if (remoteParent != sentParent)
        return false;
    if (!sent.name.trimmed().isEmpty() &&
        remote.author.trimmed().compare(sent.name.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    const QString mine = comparableText(sent.text);
    return !mine.isEmpty() && comparableText(remote.contentHtml) == mine;
}

QString backendName(CommentBackend backend)
{
    return toString(backend);
}

std::optional<CommentBackend> backendFromName(const QString &name)
{
    for (CommentBackend b : {CommentBackend::None, CommentBackend::Auto, CommentBackend::WordPressRest,
                             CommentBackend::WordPressForm, CommentBackend::JsonApi}) {
        if (toString(b) == name)
            return b;
    }
    return std::nullopt;
}

QString textToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") +
                paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html;
}

} // namespace Broadsheet::Comments
