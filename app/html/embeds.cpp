#include "html/embeds.h"

#include <QUrl>

namespace Broadsheet::Html::Detail {

namespace {

enum class Kind
{
    Video,
    Audio,
    Post,
    Other
};

struct Provider
{
    const char *hostSuffix;
    const char *name;
    Kind kind;
};

constexpr Provider providers[] = {
    {"youtube.com", "YouTube", Kind::Video},
    {"youtube-nocookie.com", "YouTube", Kind::Video},
    {"youtu.be", "YouTube", Kind::Video},
    {"vimeo.com", "Vimeo", Kind::Video},
    {"dailymotion.com", "Dailymotion", Kind::Video},
    {"dai.ly", "Dailymotion", Kind::Video},
    {"twitch.tv", "Twitch", Kind::Video},
    {"tiktok.com", "TikTok", Kind::Video},
    {"ted.com", "TED", Kind::Video},
    {"streamable.com", "Streamable", Kind::Video},
    {"wistia.net", "Wistia", Kind::Video},
    {"jwplayer.com", "JW Player", Kind::Video},
    {"brightcove.net", "Brightcove", Kind::Video},
    {"rumble.com", "Rumble", Kind::Video},
    {"soundcloud.com", "SoundCloud", Kind::Audio},
    {"spotify.com", "Spotify", Kind::Audio},
    {"bandcamp.com", "Bandcamp", Kind::Audio},
    {"mixcloud.com", "Mixcloud", Kind::Audio},
    {"podcasts.apple.com", "Apple Podcasts", Kind::Audio},
    {"anchor.fm", "Anchor", Kind::Audio},
    {"twitter.com", "X (Twitter)", Kind::Post},
    {"x.com", "X (Twitter)", Kind::Post},
    {"instagram.com", "Instagram", Kind::Post},
    {"facebook.com", "Facebook", Kind::Post},
};

bool hostMatches(const QString &host, const char *suffix)
{
    const QLatin1String s(suffix);
    return host == s || host.endsWith(QLatin1Char('.') + s);
}

// The watch page for a player URL, so the link opens something a browser shows well.
QString canonicalPage(const QUrl &url)
{
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (hostMatches(host, "youtube.com") || hostMatches(host, "youtube-nocookie.com")) {
        if (path.startsWith(QLatin1String("/embed/"))) {
            const QString id = path.mid(7).section(QLatin1Char('/'), 0, 0);
            if (!id.isEmpty() && id != QLatin1String("videoseries"))
                return QStringLiteral("https://www.youtube.com/watch?v=") + id;
        }
    } else if (host == QLatin1String("player.vimeo.com") && path.startsWith(QLatin1String("/video/"))) {
        const QString id = path.mid(7).section(QLatin1Char('/'), 0, 0);
        if (!id.isEmpty())
            return QStringLiteral("https://vimeo.com/") + id;
    } else if (hostMatches(host, "dailymotion.com") && path.startsWith(QLatin1String("/embed/video/"))) {
        return QStringLiteral("https://www.dailymotion.com/video/") + path.mid(13);
    }
    return url.toString(QUrl::EncodeSpaces);
}

} // namespace

std::optional<EmbedLink> embedLink(const QString &url, const QString &title)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return std::nullopt;
    const QString host = parsed.host().toLower();
    Kind kind = Kind::Other;
    QString providerName;
    for (const Provider &p : providers) {
        if (hostMatches(host, p.hostSuffix)) {
            kind = p.kind;
            providerName = QLatin1String(p.name);
            break;
        }
    }
    QString name = title.simplified().left(200);
    if (name.isEmpty())
        name = providerName.isEmpty() ? host : providerName;
    QString prefix;
    switch (kind) {
    case Kind::Video:
        prefix = QStringLiteral("Video");
        break;
    case Kind::Audio:
        prefix = QStringLiteral("Audio");
        break;
    case Kind::Post:
        prefix = QStringLiteral("Post on ") + providerName;
        break;
    case Kind::Other:
        prefix = QStringLiteral("Embedded content");
        break;
    }
    return EmbedLink{canonicalPage(parsed), prefix + QStringLiteral(": ") + name + QStringLiteral(" \u2197")};
}

} // namespace Broadsheet::Html::Detail
