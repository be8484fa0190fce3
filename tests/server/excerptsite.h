#pragma once

// For tests: a session on a fresh profile following the test server's excerpt-only site
// (/excerpts/feed/, tests/data/server/excerpts), and its articles by slug.

#include "serverprocess.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/library.h"

#include <memory>

struct ExcerptSite
{
    std::unique_ptr<Broadsheet::Session> session;
    qint64 siteId = 0;

    // False, with the reason in error, when the profile or the site cannot be set up.
    bool open(const QString &profileDir, const ServerProcess &server,
              std::unique_ptr<Broadsheet::Settings> settings, QString *error)
    {
        using namespace Broadsheet;
        session = std::make_unique<Session>(Profile::resolve(profileDir), std::move(settings));
        if (!session->open(error))
            return false;
        Site site;
        site.title = QStringLiteral("The Excerpt Gazette");
        site.sourceUrl = server.url(QStringLiteral("/excerpts/feed/"));
        const auto added = session->library().wait(session->library().addSite(site));
        siteId = added.site.id;
        *error = added.error;
        return siteId > 0;
    }

    // The library id of the item whose page is /excerpts/<slug>/, 0 when it is not there.
    qint64 articleId(const ServerProcess &server, const QString &slug) const
    {
        return session->library()
            .articles()
            .findByGuid(siteId, server.url(QStringLiteral("/excerpts/%1/").arg(slug)).toString())
            .value_or(0);
    }
};
