#pragma once

// The part of the embedded origin that is a site rather than a folder of files: the built-in
// sample site takes comments the way a real backend does, through the generic JSON API of
// docs/backend-api.md (POST and GET /api/v1/articles/{id}/comments, the same answers and
// errors), and its comment feeds and feed.xml show the comments posted from this computer with
// the ones that came with the sample. The comments stay on this computer (SampleThreads).

#include "net/network.h"
#include "net/samplethreads.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace Broadsheet::Net {

// An answer the embedded origin makes up rather than reads from a file.
struct EmbeddedAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    Headers headers;
};

class SampleCommentsApi
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Net::SampleCommentsApi)

public:
    explicit SampleCommentsApi(const SampleThreads &threads)
        : m_threads(threads)
    {}

    // nullopt: not an address of the API and nothing posted shows there; the file answers.
    std::optional<EmbeddedAnswer> answer(const QByteArray &method, const QUrl &url,
                                         const QByteArray &contentType, const QByteArray &body) const;

    // Plain text as the API stores it: blank lines separate paragraphs; every tag is shown as
    // text (the sample keeps none).
    static QString paragraphs(const QString &text);

private:
    EmbeddedAnswer list(const SamplePost &post, const QUrl &url) const;
    EmbeddedAnswer create(const SamplePost &post, const QByteArray &contentType,
                          const QByteArray &body) const;
    // samplecommentfeeds.cpp: the feeds with the comments posted here.
    std::optional<EmbeddedAnswer> commentFeed(const SamplePost &post) const;
    std::optional<EmbeddedAnswer> feed() const;

    const SampleThreads &m_threads;
};

} // namespace Broadsheet::Net
