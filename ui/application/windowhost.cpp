#include "ui/application/windowhost.h"

#include "session/session.h"
#include "settings/settings.h"
#include "ui/application/translations.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"

#include <QTimer>

namespace Broadsheet::Ui {

WindowHost::WindowHost(Session &session, Translations &translations, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_translations(translations)
    , m_window(std::make_unique<MainWindow>(session))
{
    watch(m_window.get());
}

WindowHost::~WindowHost() = default;

void WindowHost::watch(MainWindow *window)
{
    connect(window, &MainWindow::languageChangeRequested, window, [this, window] {
        // Not from inside the settings dialog's own signal: the old window goes away.
        QTimer::singleShot(0, window, [this, window] { rebuild(window); });
    });
}

void WindowHost::rebuild(MainWindow *current)
{
    if (current != m_window.get())
        return;
    m_translations.install(m_session.settings().value(Settings::Key::Language).toString());
    const qint64 article = current->articleList()->currentArticleId();
    current->saveStateNow(); // geometry, splitters and the draft
    auto fresh = std::make_unique<MainWindow>(m_session);
    watch(fresh.get());
    fresh->show();
    if (article)
        fresh->articleList()->selectArticle(article);
    current->hide();
    m_window.release()->deleteLater();
    m_window = std::move(fresh);
}

} // namespace Broadsheet::Ui
