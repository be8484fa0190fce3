#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/libraryguard.h"
#include "session/session.h"
#include "settings/profile.h"
#include "store/essentials.h"
#include "store/integrity.h"
#include "store/library.h"
#include "store/recovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Broadsheet::Cli {

namespace {

constexpr int DamagedStatus = 3;

void printBackup(const Profile &profile, Context &context)
{
    const Store::Essentials::Snapshot backup =
        Store::Essentials::readNewest(Store::Essentials::directoryFor(profile.libraryPath()));
    if (backup.isValid())
        context.out << "Essentials backup: " << QDir::toNativeSeparators(backup.file) << " ("
                    << QLocale().toString(backup.written.toLocalTime(), QLocale::ShortFormat) << ")\n";
    else
        context.out << "Essentials backup: none yet\n";
}

} // namespace

int runCheck(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check the library with SQLite's own quick check. Exits with 0 when it is healthy, 3 when it is "
        "damaged. With --repair, a damaged library is moved aside (never deleted), and a new one is made "
        "from "
        "what can still be read and from the essentials backup (sites, their settings, drafts and the "
        "comment "
        "outbox); articles come back with the next refresh."));
    parser.addHelpOption();
    const QCommandLineOption repairOption(
        QStringLiteral("repair"),
        QStringLiteral("Repair a damaged library now (Broadsheet must be closed)."));
    parser.addOption(repairOption);
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        context.err << parser.helpText();
        return 2;
    }
    const Profile profile = Profile::resolve(context.profileDir);
    const QString path = profile.libraryPath();
    context.out << "Library: " << QDir::toNativeSeparators(path) << '\n';
    if (!QFileInfo::exists(path)) {
        context.out << "There is no library yet: Broadsheet makes one when it first starts.\n";
        return 0;
    }
    const Store::IntegrityReport report = Store::quickCheckFile(path, std::chrono::milliseconds(0));
    const bool requested = QFileInfo::exists(profile.repairRequestPath());
    const bool damaged = report.isDamaged() || requested;
    printBackup(profile, context);
    if (report.status == Store::IntegrityReport::Status::Unfinished && !requested) {
        context.err
            << "broadsheet-cli check: the library could not be checked (another program may be writing "
               "it); try again.\n";
        return 1;
    }
    if (!damaged) {
        Session session(profile);
        if (!openSession(session, context, "check"))
            return 1;
        const Store::Library &library = session.library();
        context.out << "The library is healthy: " << library.sites().count() << " sites, "
                    << library.articles().count({}) << " articles, " << library.outbox().pending().size()
                    << " comments waiting to be sent.\n";
        return 0;
    }
    if (report.isDamaged()) {
        context.out << "The library is damaged. SQLite says:\n";
        for (const QString &problem : report.problems)
            context.out << "  " << problem << '\n';
    } else {
        context.out << "An earlier run found damage in the library and asked for a repair.\n";
    }
    if (!parser.isSet(repairOption)) {
        context.out
            << "Run 'broadsheet-cli check --repair' to repair it (or start Broadsheet, which repairs it "
               "by itself). The damaged file is kept.\n";
        return DamagedStatus;
    }
    if (const QList<qint64> users = LibraryGuard::otherUsers(profile); !users.isEmpty()) {
        context.err << "broadsheet-cli check: Broadsheet is using the library (process " << users.first()
                    << "): close it first, then repair.\n";
        return 1;
    }
    const Store::RecoveryReport recovered = Store::Recovery::recover(path, QDateTime::currentDateTime());
    (recovered.ok ? context.out : context.err) << recovered.summary() << '\n';
    if (!recovered.ok)
        return 1;
    QFile::remove(profile.repairRequestPath());
    return 0;
}

} // namespace Broadsheet::Cli
