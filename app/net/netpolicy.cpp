// Small policy pieces of the network layer: redirects, User-Agent, the embedded origin URL,
// Response helpers and metatype registration.

#include "net/network.h"

#include <algorithm>

namespace Broadsheet::Net {

Error checkRedirect(const QUrl &from, const QUrl &to)
{
    if (!to.isValid() || to.host().isEmpty())
        return Error::InsecureRedirect;
    const QString target = to.scheme().toLower();
    if (target != QLatin1String("http") && target != QLatin1String("https"))
        return Error::InsecureRedirect;
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        target == QLatin1String("http"))
        return Error::InsecureRedirect;
    return Error::None;
}

int imageDeadline(int managerDeadlineMs)
{
    return managerDeadlineMs > 0 ? std::clamp(managerDeadlineMs / 2, 1, MaxImageDeadlineMs)
                                 : MaxImageDeadlineMs;
}

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("Broadsheet/" BROADSHEET_VERSION " (+https://github.com/broadsheet/broadsheet)");
}

QUrl embeddedOriginUrl(const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QLatin1String(EmbeddedOriginHost));
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void registerMetaTypes()
{
    qRegisterMetaType<Broadsheet::Net::Response>("Broadsheet::Net::Response");
}

} // namespace Broadsheet::Net
