#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

// Library → Import / Export OPML: the file dialogs, reading and writing the file, and what the
// status bar says about it. New sites are refreshed at once.
class OpmlFiles : public QObject
{
    Q_OBJECT
public:
    using Say = std::function<void(const QString &message, int timeoutMs)>;
    OpmlFiles(Session &session, QWidget *window, Say say);

    void importFrom(const QString &file = {}); // empty: ask for the file
    void exportTo();

private:
    void say(const QString &message, int timeoutMs = 0) const { m_say(message, timeoutMs); }

    Session &m_session;
    QWidget *m_window;
    Say m_say;
};

} // namespace Broadsheet::Ui
