#include "html/images.h"

#include <QRegularExpression>

#include <cmath>

namespace Broadsheet::Html::Detail {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

} // namespace

QList<SrcsetCandidate> parseSrcset(const QString &srcset)
{
    QList<SrcsetCandidate> out;
    const qsizetype n = srcset.size();
    qsizetype pos = 0;
    while (pos < n && out.size() < 64) {
        while (pos < n && (isSpace(srcset.at(pos)) || srcset.at(pos) == QLatin1Char(',')))
            ++pos;
        if (pos >= n)
            break;
        const qsizetype urlStart = pos;
        while (pos < n && !isSpace(srcset.at(pos)))
            ++pos;
        QString url = srcset.mid(urlStart, pos - urlStart);
        QString descriptors;
        if (url.endsWith(QLatin1Char(','))) {
            while (url.endsWith(QLatin1Char(',')))
                url.chop(1);
        } else {
            // Descriptors run to the next comma outside parentheses.
            const qsizetype descStart = pos;
            int depth = 0;
            while (pos < n) {
                const QChar c = srcset.at(pos);
                if (c == QLatin1Char('('))
                    ++depth;
                else if (c == QLatin1Char(')') && depth > 0)
                    --depth;
                else if (c == QLatin1Char(',') && depth == 0)
                    break;
                ++pos;
            }
            descriptors = srcset.mid(descStart, pos - descStart).trimmed();
        }
        if (url.isEmpty())
            continue;
        SrcsetCandidate candidate;
        candidate.url = url;
        bool bad = false;
        for (const auto d : QStringView(descriptors).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            bool ok = false;
            if (d.endsWith(QLatin1Char('w'))) {
                const int w = d.chopped(1).toInt(&ok);
                if (ok && w > 0 && candidate.width == 0 && candidate.density == 0.0)
                    candidate.width = w;
                else
                    bad = true;
            } else if (d.endsWith(QLatin1Char('x'))) {
                const double x = d.chopped(1).toDouble(&ok);
                if (ok && x > 0 && std::isfinite(x) && candidate.width == 0 && candidate.density == 0.0)
                    candidate.density = x;
                else
                    bad = true;
            } else if (!d.endsWith(QLatin1Char('h'))) {
                bad = true;
            }
        }
        if (!bad)
            out.append(candidate);
    }
    return out;
}

QString serializeSrcset(const QList<SrcsetCandidate> &candidates)
{
    QString out;
    for (const SrcsetCandidate &c : candidates) {
        if (!out.isEmpty())
            out += QLatin1String(", ");
        out += c.url;
        if (c.width > 0)
            out += QLatin1Char(' ') + QString::number(c.width) + QLatin1Char('w');
        else if (c.density > 0)
            out += QLatin1Char(' ') + QString::number(c.density) + QLatin1Char('x');
    }
    return out;
}

int chooseCandidate(const QList<SrcsetCandidate> &candidates, int targetWidth, double devicePixelRatio)
{
    bool haveWidths = false;
    for (const SrcsetCandidate &c : candidates)
        haveWidths = haveWidths || c.width > 0;
    int best = -1;
    double bestDistance = 0;
    double bestValue = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const SrcsetCandidate &c = candidates.at(i);
        double value = 0;
        double target = 0;
        if (haveWidths) {
            if (c.width <= 0)
                continue;
            value = c.width;
            target = targetWidth;
        } else {
            value = c.density > 0 ? c.density : 1.0;
            target = devicePixelRatio;
        }
        const double distance = std::abs(value - target);
        // Nearest wins; on a tie the larger one (it scales down cleanly).
        if (best < 0 || distance < bestDistance || (distance == bestDistance && value > bestValue)) {
            best = static_cast<int>(i);
            bestDistance = distance;
            bestValue = value;
        }
    }
    return best;
}

bool isPlaceholderSrc(const QString &src)
{
    const QString s = src.trimmed().toLower();
    if (s.isEmpty() || s.startsWith(QLatin1String("data:")) || s.startsWith(QLatin1String("about:")))
        return true;
    static const QLatin1String markers[] = {
        QLatin1String("placeholder"), QLatin1String("blank.gif"),       QLatin1String("spacer.gif"),
        QLatin1String("pixel.gif"),   QLatin1String("transparent.gif"), QLatin1String("lazy_placeholder"),
        QLatin1String("lazyload"),    QLatin1String("loader.gif"),      QLatin1String("grey.gif"),
        QLatin1String("gray.gif")};
    for (const auto &marker : markers) {
        if (s.contains(marker))
            return true;
    }
    return false;
}

bool isUsableImageUrl(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || isPlaceholderSrc(v))
        return false;
    const QChar first = v.at(0);
    if (first == QLatin1Char('{') || first == QLatin1Char('[') || first == QLatin1Char('<') ||
        first == QLatin1Char('#'))
        return false; // JSON settings, markup or a fragment, not a picture
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('<')))
        return false;
    static const QLatin1String junk[] = {QLatin1String("null"), QLatin1String("undefined"),
                                         QLatin1String("false"), QLatin1String("true"),
                                         QLatin1String("none")};
    for (const auto &word : junk) {
        if (v.compare(word, Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

namespace {

bool isUsableSrcset(const QString &srcset)
{
    if (srcset.trimmed().isEmpty() || srcset.trimmed().startsWith(QLatin1Char('{')) ||
        srcset.trimmed().startsWith(QLatin1Char('[')))
        return false;
    for (const SrcsetCandidate &candidate : parseSrcset(srcset)) {
        if (isUsableImageUrl(candidate.url))
            return true;
    }
    return false;
}

} // namespace

ResolvedSource resolveLazySource(const RawImageAttributes &raw)
{
    ResolvedSource out;
    // data-lazy-src / data-src / data-original hold the real image, when they hold a URL at all.
    for (const QString *candidate : {&raw.dataLazySrc, &raw.dataSrc, &raw.dataOriginal}) {
        if (isUsableImageUrl(*candidate)) {
            out.src = *candidate;
            break;
        }
    }
    if (out.src.isEmpty()) {
        if (!isPlaceholderSrc(raw.src)) {
            out.src = raw.src;
        } else {
            // Jetpack: the src may be a placeholder; fall back to the sizes it lists.
            for (const QString *candidate : {&raw.dataLargeFile, &raw.dataMediumFile, &raw.dataOrigFile}) {
                if (isUsableImageUrl(*candidate)) {
                    out.src = *candidate;
                    break;
                }
            }
            if (out.src.isEmpty())
                out.src = raw.src; // a real (small) data: image, or nothing
        }
    }
    if (isUsableSrcset(raw.dataLazySrcset))
        out.srcset = raw.dataLazySrcset;
    else if (isUsableSrcset(raw.dataSrcset))
        out.srcset = raw.dataSrcset;
    else
        out.srcset = raw.srcset;
    return out;
}

bool isTrackingPixel(const QString &url, int width, int height)
{
    // -1 means "not stated": a stated 0 or 1 with the other side unstated or tiny is a pixel.
    const bool tinyWidth = width >= 0 && width <= 1;
    const bool tinyHeight = height >= 0 && height <= 1;
    if ((tinyWidth && (height < 0 || tinyHeight)) || (tinyHeight && width < 0))
        return true;
    const QUrl u(url);
    const QString host = u.host().toLower();
    const QString path = u.path();
    static const QLatin1String trackerHosts[] = {
        QLatin1String("pixel.wp.com"),         QLatin1String("stats.wp.com"),
        QLatin1String("pixel.quantserve.com"), QLatin1String("www.google-analytics.com"),
        QLatin1String("pixel.facebook.com"),   QLatin1String("feeds.feedblitz.com"),
        QLatin1String("counters.gigya.com")};
    for (const auto &tracker : trackerHosts) {
        if (host == tracker)
            return true;
    }
    if (host == QLatin1String("feeds.feedburner.com") && path.startsWith(QLatin1String("/~r/")))
        return true;
    if (host.endsWith(QLatin1String("feedburner.com")) && path.contains(QLatin1String("/~ff/")))
        return true;
    return false;
}

int parseDimension(const QString &value)
{
    QStringView v = QStringView(value).trimmed();
    if (v.endsWith(QLatin1String("px"), Qt::CaseInsensitive))
        v.chop(2);
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 0 || n > 20000)
        return -1;
    return n;
}

bool mediaMatches(const QString &media, int viewportWidth)
{
    const QString m = media.trimmed().toLower();
    if (m.isEmpty() || m == QLatin1String("all") || m == QLatin1String("screen"))
        return true;
    static const QRegularExpression feature(
        QStringLiteral(R"(^\(\s*(min|max)-width\s*:\s*([0-9]+(?:\.[0-9]+)?)\s*(px|em|rem)\s*\)$)"));
    QString rest = m;
    if (rest.startsWith(QLatin1String("screen and ")))
        rest = rest.mid(11);
    else if (rest.startsWith(QLatin1String("all and ")))
        rest = rest.mid(8);
    const auto parts = rest.split(QLatin1String(" and "), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        const auto match = feature.match(part.trimmed());
        if (!match.hasMatch())
            return false;
        double px = match.captured(2).toDouble();
        if (match.captured(3) != QLatin1String("px"))
            px *= 16;
        const bool isMin = match.captured(1) == QLatin1String("min");
        if (isMin ? viewportWidth < px : viewportWidth > px)
            return false;
    }
    return true;
}

} // namespace Broadsheet::Html::Detail
