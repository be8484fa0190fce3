#pragma once

// Embedded players (iframe/embed/object) never survive; they become a clear link instead.

#include <QString>

#include <optional>

namespace Broadsheet::Html::Detail {

struct EmbedLink
{
    QString href;  // the page to open (YouTube/Vimeo players mapped to their watch pages)
    QString label; // "Video: Night two aftermovie ↗"
};

// url: an already policed absolute http(s) URL; title: the iframe's title attribute.
// nullopt when the embed is not worth a link (not http(s), a tracking frame).
std::optional<EmbedLink> embedLink(const QString &url, const QString &title);

} // namespace Broadsheet::Html::Detail
