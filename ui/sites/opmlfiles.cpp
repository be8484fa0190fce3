#include "ui/sites/opmlfiles.h"

#include "concurrency/async.h"
#include "session/session.h"
#include "sites/opmlio.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "store/sitestore.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QWidget>

namespace Broadsheet::Ui {

OpmlFiles::OpmlFiles(Session &session, QWidget *window, Say say)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_say(std::move(say))
{}

void OpmlFiles::importFrom(const QString &file)
{
    const QString path =
        !file.isEmpty()
            ? file
            : QFileDialog::getOpenFileName(m_window, tr("Import OPML"), QDir::homePath(),
                                           tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
        return;
    }
    Async::then(
        Sites::importOpml(m_session.library(), in.readAll()), this,
        [this, path](const Sites::OpmlImport &imported) {
            const Sites::OpmlImport *result = &imported;
            if (!result->ok) {
                say(tr("%1 could not be imported: %2").arg(QDir::toNativeSeparators(path), result->error));
                return;
            }
            QString message = tr("Imported %n new site(s)", nullptr, result->added);
            if (result->existing)
                message += tr("; %n already followed", nullptr, result->existing);
            if (!result->skipped.isEmpty())
                message += tr("; %n skipped: %1", nullptr, int(result->skipped.size()))
                               .arg(result->skipped.join(QLatin1String("; ")));
            if (!result->error.isEmpty())
                message += QLatin1String(". ") + result->error;
            say(message, 15000);
            if (!result->newSiteIds.isEmpty())
                m_session.refresher().refreshSites(result->newSiteIds);
        });
}

void OpmlFiles::exportTo()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export OPML"), QDir::home().filePath(QStringLiteral("broadsheet-subscriptions.opml")),
        tr("OPML subscription lists (*.opml)"));
    if (path.isEmpty())
        return;
    const QByteArray opml = Sites::exportOpml(m_session.library().sites().all());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(opml) != opml.size() ||
        !out.flush()) {
        say(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    say(tr("Exported your sites to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

} // namespace Broadsheet::Ui
