#include "feeds/urls.h"

#include <QStringList>

namespace Broadsheet::Feeds::Urls {

namespace {

struct Parts
{
    QString scheme;
    bool hasAuthority = false;
    QString authority;
    QString path;
    bool hasQuery = false;
    QString query;
    bool hasFragment = false;
    QString fragment;
};

qsizetype schemeLength(QStringView url)
{
    if (url.isEmpty() || !url.front().isLetter() || url.front().unicode() > 127)
        return -1;
    for (qsizetype i = 1; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == QLatin1Char(':'))
            return i;
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('+') ||
                        c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!ok)
            return -1;
    }
    return -1;
}

Parts split(QStringView url)
{
    Parts parts;
    const qsizetype colon = schemeLength(url);
    if (colon > 0) {
        parts.scheme = url.left(colon).toString().toLower();
        url = url.mid(colon + 1);
    }
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        parts.hasFragment = true;
        parts.fragment = url.mid(hash + 1).toString();
        url = url.left(hash);
    }
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        parts.hasQuery = true;
        parts.query = url.mid(question + 1).toString();
        url = url.left(question);
    }
    if (url.startsWith(QLatin1String("//"))) {
        parts.hasAuthority = true;
        url = url.mid(2);
        const qsizetype slash = url.indexOf(QLatin1Char('/'));
        parts.authority = (slash < 0 ? url : url.left(slash)).toString();
        url = slash < 0 ? QStringView() : url.mid(slash);
    }
    parts.path = url.toString();
    return parts;
}

QString removeDotSegments(const QString &path)
{
    if (!path.contains(QLatin1Char('.')))
        return path;
    QStringList output;
    const QStringList segments = path.split(QLatin1Char('/'));
    const bool absolute = path.startsWith(QLatin1Char('/'));
    for (qsizetype i = absolute ? 1 : 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (segment == QLatin1String(".")) {
            if (last)
                output.append(QString());
            continue;
        }
        if (segment == QLatin1String("..")) {
            if (!output.isEmpty())
                output.removeLast();
            if (last)
                output.append(QString());
            continue;
        }
        output.append(segment);
    }
    return (absolute ? QStringLiteral("/") : QString()) + output.join(QLatin1Char('/'));
}

QString merge(const Parts &base, const QString &referencePath)
{
    if (base.hasAuthority && base.path.isEmpty())
        return QLatin1Char('/') + referencePath;
    const qsizetype slash = base.path.lastIndexOf(QLatin1Char('/'));
    return base.path.left(slash + 1) + referencePath;
}

QString recompose(const Parts &parts)
{
    QString out;
    if (!parts.scheme.isEmpty())
        out += parts.scheme + QLatin1Char(':');
    if (parts.hasAuthority)
        out += QLatin1String("//") + parts.authority;
    out += parts.path;
    if (parts.hasQuery)
        out += QLatin1Char('?') + parts.query;
    if (parts.hasFragment)
        out += QLatin1Char('#') + parts.fragment;
    return out;
}

} // namespace

QString scheme(QStringView url)
{
    const qsizetype colon = schemeLength(url);
    return colon > 0 ? url.left(colon).toString().toLower() : QString();
}

bool hasSafeScheme(QStringView url)
{
    static const QStringList safe = {
        QStringLiteral("http"),   QStringLiteral("https"),   QStringLiteral("ftp"),
        QStringLiteral("ftps"),   QStringLiteral("mailto"),  QStringLiteral("news"),
        QStringLiteral("nntp"),   QStringLiteral("feed"),    QStringLiteral("irc"),
        QStringLiteral("ircs"),   QStringLiteral("magnet"),  QStringLiteral("gopher"),
        QStringLiteral("file"),   QStringLiteral("tel"),     QStringLiteral("sip"),
        QStringLiteral("sips"),   QStringLiteral("xmpp"),    QStringLiteral("rtsp"),
        QStringLiteral("mms"),    QStringLiteral("sftp"),    QStringLiteral("ssh"),
        QStringLiteral("telnet"), QStringLiteral("urn"),     QStringLiteral("tag"),
        QStringLiteral("git"),    QStringLiteral("svn"),     QStringLiteral("itms"),
        QStringLiteral("itpc"),   QStringLiteral("podcast"), QStringLiteral("gemini"),
        QStringLiteral("aim"),    QStringLiteral("callto"),  QStringLiteral("skype"),
        QStringLiteral("webcal"),
    };
    const QString s = scheme(url);
    return s.isEmpty() || safe.contains(s);
}

QString resolve(QStringView base, QStringView reference)
{
    const QStringView ref = reference.trimmed();
    if (ref.isEmpty())
        return {};
    QString result;
    const QStringView trimmedBase = base.trimmed();
    if (trimmedBase.isEmpty() || schemeLength(ref) > 0) {
        result = ref.toString();
    } else {
        const Parts b = split(trimmedBase);
        const Parts r = split(ref);
        Parts t;
        if (r.hasAuthority) {
            t = r;
            t.path = removeDotSegments(r.path);
        } else {
            if (r.path.isEmpty()) {
                t.path = b.path;
                t.hasQuery = r.hasQuery || b.hasQuery;
                t.query = r.hasQuery ? r.query : b.query;
            } else {
                t.path = removeDotSegments(r.path.startsWith(QLatin1Char('/')) ? r.path : merge(b, r.path));
                t.hasQuery = r.hasQuery;
                t.query = r.query;
            }
            t.hasAuthority = b.hasAuthority;
            t.authority = b.authority;
        }
        t.scheme = b.scheme;
        t.hasFragment = r.hasFragment;
        t.fragment = r.fragment;
        result = recompose(t);
    }
    if (!hasSafeScheme(result))
        return {};
    return result;
}

} // namespace Broadsheet::Feeds::Urls
