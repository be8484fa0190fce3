#pragma once

// Image source selection: srcset parsing and choice, <picture> sources, lazy-load markup
// and tracking-pixel detection.

#include "html/dom.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Broadsheet::Html::Detail {

struct SrcsetCandidate
{
    QString url;
    int width = 0;        // "768w", 0 when not given
    double density = 0.0; // "2x", 0 when not given
};

// HTML's srcset parsing algorithm (URLs may contain commas; descriptors follow the URL).
QList<SrcsetCandidate> parseSrcset(const QString &srcset);
QString serializeSrcset(const QList<SrcsetCandidate> &candidates);

// The candidate whose width is nearest to targetWidth (device pixels) when width
// descriptors are present, else the density nearest to devicePixelRatio. fallbackSrc is
// the 1x candidate. Returns -1 for none.
int chooseCandidate(const QList<SrcsetCandidate> &candidates, int targetWidth, double devicePixelRatio);

// Raw attributes of an <img> (or <source>) as the parser saw them.
struct RawImageAttributes
{
    QString src, srcset, dataSrc, dataLazySrc, dataOriginal, dataOrigFile, dataLargeFile, dataMediumFile,
        dataSrcset, dataLazySrcset, className, loading;
};

// The real src and srcset behind lazy-load markup (data-src, data-lazy-src, data-original,
// data-orig-file, data-srcset, a placeholder src with loading="lazy" or class="lazyload").
struct ResolvedSource
{
    QString src;
    QString srcset;
};
ResolvedSource resolveLazySource(const RawImageAttributes &raw);

// True for something that can be a picture's URL: not empty, not a placeholder, not JSON,
// markup or a word like "null" that lazy-load scripts leave in data-* attributes.
bool isUsableImageUrl(const QString &value);

// True for a placeholder src: missing, a data: URL, or a known blank/spacer/loader image.
bool isPlaceholderSrc(const QString &src);

// 1x1 (or 0-sized) images and known tracking hosts; width/height -1 when not stated.
bool isTrackingPixel(const QString &url, int width, int height);

// The last path segment of an image URL, for "Image: name" links; empty for data: URLs.
QString fileNameOf(const QString &url);

// A non-negative integer dimension from an attribute ("640", "640px"); -1 when absent or bad.
int parseDimension(const QString &value);

// Evaluates a <source media="..."> query against a viewport width in CSS pixels. Only
// min-width/max-width (px, em) joined by "and" are understood; anything else is false.
bool mediaMatches(const QString &media, int viewportWidth);

} // namespace Broadsheet::Html::Detail
