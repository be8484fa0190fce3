#include "sites/refreshsummary.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites::RefreshSummary)
};
} // namespace

RefreshSummary RefreshSummary::of(const QList<Refresher::SiteResult> &results)
{
    RefreshSummary summary;
    summary.total = int(results.size());
    for (const Refresher::SiteResult &result : results) {
        if (result.ok)
            continue;
        ++summary.failed;
        if (result.storage == Store::Failure::None)
            continue;
        ++summary.notSaved;
        if (summary.storage == Store::Failure::None)
            summary.storage = result.storage;
    }
    return summary;
}

QString RefreshSummary::storageMessage() const
{
    switch (storage) {
    case Store::Failure::None:
        return {};
    case Store::Failure::DiskFull:
        return Text::tr("The disk is full: %n site(s) could not be saved. Free some space; nothing was lost.",
                        nullptr, notSaved);
    case Store::Failure::ReadOnly:
        return Text::tr(
            "The library is read-only: %n site(s) could not be saved. Check the permissions of its "
            "folder; nothing was lost.",
            nullptr, notSaved);
    case Store::Failure::Damaged:
        return Text::tr(
            "The library file is damaged: %n site(s) could not be saved. Broadsheet will repair it "
            "the next time it starts.",
            nullptr, notSaved);
    default:
        break;
    }
    const QString why = Store::describe(storage);
    return Text::tr("%n site(s) could not be saved in the library.", nullptr, notSaved) + QLatin1Char(' ') +
           why;
}

} // namespace Broadsheet::Sites
