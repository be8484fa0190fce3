#include "commentrules.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace TestServer {

bool isEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)"));
    return email.size() >= 6 && re.match(email).hasMatch();
}

LengthError checkLengths(const Comment &c)
{
    if (c.authorName.size() > 245)
        return LengthError::Name;
    if (c.authorEmail.size() > 100)
        return LengthError::Email;
    if (c.authorUrl.size() > 200)
        return LengthError::Url;
    if (c.content.size() > 65525)
        return LengthError::Content;
    return LengthError::None;
}

int findDuplicate(const DataStore &store, const Comment &c)
{
    // WordPress: same post and parent, same author name or email, same content; not trashed.
    const QList<Comment> existing = store.comments(c.post, false);
    for (const Comment &o : existing) {
        if (o.parent == c.parent && o.content == c.content && o.status != QLatin1String("trash") &&
            (o.authorName == c.authorName || (!c.authorEmail.isEmpty() && o.authorEmail == c.authorEmail)))
            return o.id;
    }
    return 0;
}

bool isFlood(const DataStore &store, const Comment &c, int seconds)
{
    if (seconds <= 0)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Comment> all = store.allComments(false);
    for (const Comment &o : all) {
        const bool same =
            (!c.ip.isEmpty() && o.ip == c.ip) || (!c.authorEmail.isEmpty() && o.authorEmail == c.authorEmail);
        if (same && o.dateGmt.secsTo(now) < seconds)
            return true;
    }
    return false;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#039;"));
}

QString stripTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tag);
}

namespace {

// kses with WordPress's $allowedtags: these tags and attributes survive, other tags go and
// their text stays.
QString kses(const QString &raw)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title")}},
        {QStringLiteral("abbr"), {QStringLiteral("title")}},
        {QStringLiteral("acronym"), {QStringLiteral("title")}},
        {QStringLiteral("b"), {}},
        {QStringLiteral("blockquote"), {QStringLiteral("cite")}},
        {QStringLiteral("cite"), {}},
        {QStringLiteral("code"), {}},
        {QStringLiteral("del"), {QStringLiteral("datetime")}},
        {QStringLiteral("em"), {}},
        {QStringLiteral("i"), {}},
        {QStringLiteral("q"), {QStringLiteral("cite")}},
        {QStringLiteral("s"), {}},
        {QStringLiteral("strike"), {}},
        {QStringLiteral("strong"), {}},
    };
    static const QRegularExpression tagRe(QStringLiteral(R"(<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>)"));
    static const QRegularExpression attrRe(
        QStringLiteral(R"re(([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    QString out;
    qsizetype pos = 0;
    auto it = tagRe.globalMatch(raw);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += raw.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        const auto allow = allowed.constFind(name);
        if (allow == allowed.constEnd())
            continue;
        if (closing) {
            out += QLatin1String("</") + name + QLatin1Char('>');
            continue;
        }
        QString tag = QLatin1Char('<') + name;
        auto attrs = attrRe.globalMatch(m.captured(3));
        while (attrs.hasNext()) {
            const QRegularExpressionMatch a = attrs.next();
            const QString attr = a.captured(1).toLower();
            QString value = a.captured(2) + a.captured(3) + a.captured(4);
            if (!allow->contains(attr))
                continue;
            if (attr == QLatin1String("href") &&
                !value.trimmed().startsWith(QLatin1String("http"), Qt::CaseInsensitive) &&
                !value.trimmed().startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                continue;
            tag += QLatin1Char(' ') + attr + QLatin1String("=\"") +
                   value.replace(QLatin1Char('"'), QLatin1String("&quot;")) + QLatin1Char('"');
        }
        if (name == QLatin1String("a") && tag.contains(QLatin1String("href=")))
            tag += QLatin1String(" rel=\"nofollow ugc\"");
        out += tag + QLatin1Char('>');
    }
    out += raw.mid(pos);
    return out;
}

} // namespace

QString renderCommentHtml(const QString &raw)
{
    // Like kses, the text of a <script> element stays; only the tags go ("x()").
    QString text = kses(raw).trimmed();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    static const QRegularExpression blank(QStringLiteral("\n\\s*\n"));
    const QStringList paragraphs = text.split(blank, Qt::SkipEmptyParts);
    QString out;
    for (QString p : paragraphs) {
        p = p.trimmed();
        p.replace(QLatin1Char('\n'), QLatin1String("<br />\n"));
        out += QLatin1String("<p>") + p + QLatin1String("</p>\n");
    }
    return out;
}

QString moderationHash(const Comment &c)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(QString::number(c.id).toUtf8() + '|' +
                                                                   formatDate(c.dateGmt).toUtf8()),
                                                        QCryptographicHash::Md5)
                                   .toHex());
}

} // namespace TestServer
