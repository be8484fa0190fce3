#include "ui/application/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Broadsheet::Ui {

Translations::~Translations()
{
    uninstall();
}

void Translations::uninstall()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

QString Translations::install(const QString &language)
{
    uninstall();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = new QTranslator;
    if (!app->load(locale, QStringLiteral("broadsheet"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No catalogue for this language: English, with its plural forms ("1 comment").
        if (app->load(QStringLiteral(":/i18n/broadsheet_en.qm"))) {
            QCoreApplication::installTranslator(app);
            m_installed << app;
        } else {
            delete app;
        }
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    m_installed << app;
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_installed << qt;
    } else {
        delete qt;
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace Broadsheet::Ui
