#include "html/urlpolicy.h"

namespace Broadsheet::Html::Detail {

namespace {

// Browsers strip leading/trailing C0 controls and spaces and remove tabs and newlines
// anywhere before parsing a URL; "java\tscript:" is javascript:. Do the same first.
QString cleanUrl(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            continue;
        out.append(c);
    }
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && out.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && out.at(end - 1).unicode() <= 0x20)
        --end;
    return out.mid(begin, end - begin);
}

// The scheme in lower case, or "" for a relative reference.
QString schemeOf(const QString &url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == QLatin1Char(':'))
            return i == 0 ? QString() : url.left(i).toLower();
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        const bool digitOrSign = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') ||
                                 c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!letter && !(i > 0 && digitOrSign))
            return {};
    }
    return {};
}

bool isHttp(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool schemeAllowed(const QString &scheme, UrlUse use)
{
    if (isHttp(scheme))
        return true;
    if (use == UrlUse::Link)
        return scheme == QLatin1String("mailto") || scheme == QLatin1String("tel") ||
               scheme == QLatin1String("ftp");
    return false;
}

// data:image/png;base64,.... with a raster type and a payload of at most MaxDataImageBytes.
bool dataImageAllowed(const QString &url)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0)
        return false;
    const QString header = url.mid(5, comma - 5).toLower(); // after "data:"
    static const QLatin1String types[] = {QLatin1String("image/png"),  QLatin1String("image/jpeg"),
                                          QLatin1String("image/jpg"),  QLatin1String("image/gif"),
                                          QLatin1String("image/webp"), QLatin1String("image/bmp"),
                                          QLatin1String("image/avif")};
    const QString mime = header.section(QLatin1Char(';'), 0, 0).trimmed();
    bool known = false;
    for (const auto &type : types)
        known = known || mime == type;
    if (!known)
        return false;
    const qsizetype payload = url.size() - comma - 1;
    const bool base64 = header.endsWith(QLatin1String(";base64"));
    const qsizetype decoded = base64 ? payload / 4 * 3 : payload;
    return decoded <= MaxDataImageBytes;
}

} // namespace

QString policeUrl(const QString &raw, const QUrl &base, UrlUse use)
{
    const QString url = cleanUrl(raw);
    if (url.isEmpty())
        return {};
    const QString scheme = schemeOf(url);
    if (scheme == QLatin1String("data"))
        return use == UrlUse::Image && dataImageAllowed(url) ? url : QString();
    if (!scheme.isEmpty()) {
        if (!schemeAllowed(scheme, use))
            return {};
        const QUrl parsed(url);
        if (!parsed.isValid())
            return {};
        return parsed.toString(QUrl::EncodeSpaces);
    }
    // A relative reference.
    const QUrl reference(url);
    if (!reference.isValid())
        return {};
    if (base.isValid() && isHttp(base.scheme().toLower())) {
        const QUrl resolved = base.resolved(reference);
        if (!resolved.isValid() || !isHttp(resolved.scheme().toLower()))
            return {};
        return resolved.toString(QUrl::EncodeSpaces);
    }
    // Nothing to resolve against: a relative reference is harmless, keep it as written.
    return reference.toString(QUrl::EncodeSpaces);
}

bool isFetchable(const QString &url)
{
    const QString scheme = schemeOf(url);
    if (scheme == QLatin1String("data"))
        return dataImageAllowed(url);
    return isHttp(scheme);
}

} // namespace Broadsheet::Html::Detail
