// Qt's own words for standard buttons (OK, Cancel, Close…), under Qt's own translation
// contexts. Qt ships no Vietnamese catalogue for them (Debian's qt6-translations-l10n 6.4 has
// none), so Broadsheet's catalogues carry them: the app's translator answers for these
// contexts too. Listed here so that lupdate finds them; QPlatformTheme is the generic
// desktop's, QGnomeTheme (with mnemonics) GNOME's.

#include "ui/application/translations.h"

#include <QtGlobal>

namespace Broadsheet::Ui {

namespace {

struct Source
{
    const char *context;
    const char *text;
};

const Source StandardButtonSources[] = {
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
    {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
    {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")},
};

} // namespace

QList<std::pair<QString, QString>> Translations::standardButtonSources()
{
    QList<std::pair<QString, QString>> sources;
    for (const Source &source : StandardButtonSources)
        sources.append({QString::fromLatin1(source.context), QString::fromLatin1(source.text)});
    return sources;
}

} // namespace Broadsheet::Ui
