#pragma once

#include <QList>
#include <QString>

#include <utility>

class QTranslator;

namespace Broadsheet::Ui {

// The app's catalogues (:/i18n/broadsheet_<lang>.qm) and Qt's own, for a language setting:
// empty follows the system locale. Installing again replaces the previous language.
class Translations
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Returns the language actually used ("en" when no catalogue matched).
    QString install(const QString &language);

    // Qt's standard-button words that the app's catalogues translate themselves (context,
    // source), for the languages Qt has no catalogue of (standardbuttons.cpp).
    static QList<std::pair<QString, QString>> standardButtonSources();

private:
    void uninstall();
    QList<QTranslator *> m_installed;
};

} // namespace Broadsheet::Ui
