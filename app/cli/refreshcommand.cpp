#include "cli/commands.h"
#include "cli/opensession.h"

#include "extract/fullarticlequeue.h"

#include "session/session.h"
#include "sites/refresher.h"
#include "sites/refreshsummary.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Broadsheet::Cli {

int runRefresh(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Refresh every site (or the given ones) and print one line per site. Exits with 0 "
                       "only when every site was refreshed."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("Refresh only site ID (repeatable)."), QStringLiteral("ID"));
    parser.addOption(siteOption);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        context.err << parser.helpText();
        return 2;
    }
    QList<qint64> ids;
    for (const QString &value : parser.values(siteOption)) {
        bool ok = false;
        ids << value.toLongLong(&ok);
        if (!ok || ids.constLast() <= 0) {
            context.err << "broadsheet-cli refresh: --site needs a site id, not " << value << '\n';
            return 2;
        }
    }

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "refresh"))
        return 1;
    const Store::SiteStore sites = session.library().sites();
    for (qint64 id : std::as_const(ids)) {
        if (!sites.site(id)) {
            context.err << "broadsheet-cli refresh: there is no site " << id << '\n';
            return 1;
        }
    }
    if (ids.isEmpty()) {
        for (const Site &site : sites.all()) {
            if (site.kind != SourceKind::Synced) // `sync` brings those
                ids << site.id;
        }
    }
    if (ids.isEmpty()) {
        context.out << "No sites to refresh.\n";
        return 0;
    }

    Sites::Refresher &refresher = session.refresher();
    QEventLoop loop;
    QObject::connect(&refresher, &Sites::Refresher::finished, &loop, &QEventLoop::quit);
    // The session then reads the full articles behind excerpts (docs/full-articles.md), as in the app.
    Extract::FullArticleQueue &fullArticles = session.fullArticles();
    QList<qint64> fetched;
    QObject::connect(&fullArticles, &Extract::FullArticleQueue::fetchFinished, &loop,
                     [&fetched](qint64 articleId, bool stored) {
                         if (stored)
                             fetched << articleId;
                     });
    refresher.refreshSites(ids);
    if (refresher.isRunning())
        loop.exec();
    QObject::connect(&fullArticles, &Extract::FullArticleQueue::idle, &loop, &QEventLoop::quit);
    if (fullArticles.isBusy())
        loop.exec();
    session.library().flush();

    int failed = 0;
    for (const Sites::Refresher::SiteResult &r : refresher.results()) {
        const QString title = r.title.isEmpty() ? QStringLiteral("site %1").arg(r.siteId) : r.title;
        if (!r.ok) {
            ++failed;
            // The library's own trouble (a full disk…) is said once, below.
            if (r.storage == Store::Failure::None)
                context.out << "FAILED  " << r.siteId << " " << title << ": " << r.error << '\n';
        } else if (r.unchanged) {
            context.out << "ok      " << r.siteId << " " << title << ": unchanged\n";
        } else {
            context.out << "ok      " << r.siteId << " " << title << ": " << r.added << " new, " << r.updated
                        << " updated\n";
        }
    }
    const QString storage = Sites::RefreshSummary::of(refresher.results()).storageMessage();
    if (!storage.isEmpty())
        context.err << "broadsheet-cli refresh: " << storage << '\n';
    const qsizetype read = std::count_if(fetched.cbegin(), fetched.cend(), [&session](qint64 id) {
        const auto full = session.library().fullArticles().fullArticle(id);
        return full && full->outcome == Store::FullArticle::Outcome::Article;
    });
    if (read > 0)
        context.out << read << " full articles read from the articles' pages\n";
    const qsizetype total = refresher.results().size();
    context.out << (total - failed) << " of " << total << " sites refreshed\n";
    return failed == 0 && total == ids.size() ? 0 : 1;
}

} // namespace Broadsheet::Cli
