#pragma once

// Which URLs may appear in output: an allow-list of schemes per use, relative references
// resolved against the document's base.

#include <QString>
#include <QUrl>

namespace Broadsheet::Html::Detail {

enum class UrlUse
{
    Link,  // <a href>, cite=: http, https, mailto, tel, ftp
    Image, // <img src>, srcset, poster: http, https, small data:image/*
    Media, // <video src>, <source src>, embeds: http, https
};

// Largest data:image URL payload kept (decoded bytes).
constexpr qsizetype MaxDataImageBytes = 256 * 1024;

// The URL as it may be written into output, or an empty string when it is not allowed.
// Relative references are resolved when base is an http(s) URL, otherwise kept relative.
QString policeUrl(const QString &raw, const QUrl &base, UrlUse use);

// True for an absolute http(s) URL or an allowed data:image URL: something a viewer can fetch.
bool isFetchable(const QString &url);

} // namespace Broadsheet::Html::Detail
