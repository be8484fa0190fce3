#include "ui/library/librarynotices.h"

#include "session/session.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace Broadsheet::Ui {

LibraryNotices::LibraryNotices(Session &session, std::function<QWidget *()> window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(std::move(window))
{
    connect(&m_session, &Session::libraryDamaged, this, &LibraryNotices::showDamaged);
}

void LibraryNotices::showRecoveryReport()
{
    const auto &report = m_session.recoveryReport();
    if (!report)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Broadsheet Repaired Its Library"),
                                tr("The library file was damaged. Broadsheet made a new one and brought back "
                                   "what it could."),
                                QMessageBox::Ok, m_window());
    box->setObjectName(QStringLiteral("libraryRepairedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(report->summary(false));
    QPushButton *show = box->addButton(tr("Show Damaged File"), QMessageBox::ActionRole);
    show->setObjectName(QStringLiteral("showDamagedFileButton"));
    show->setAccessibleDescription(report->damagedCopy);
    const QString folder = QFileInfo(report->damagedCopy).absolutePath();
    // The button opens the folder and leaves the message up.
    disconnect(show, &QAbstractButton::clicked, nullptr, nullptr);
    connect(show, &QAbstractButton::clicked, box,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->setAccessibleName(box->windowTitle());
    box->setAccessibleDescription(report->summary(false));
    box->open();
}

void LibraryNotices::showReadOnlyNotice()
{
    if (!m_session.isReadOnly())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("The Library Is Read-Only"),
                        tr("Broadsheet cannot save anything in your library."), QMessageBox::Ok, m_window());
    box->setObjectName(QStringLiteral("libraryReadOnlyDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(m_session.readOnlyNotice());
    box->setAccessibleName(box->windowTitle());
    box->open();
}

void LibraryNotices::showDamaged()
{
    if (m_damagedBox)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The Library Is Damaged"),
                                tr("Broadsheet found damage in its library file."), QMessageBox::NoButton,
                                m_window());
    box->setObjectName(QStringLiteral("libraryDamagedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Some articles may be missing or fail to open until it is repaired. Broadsheet keeps "
           "the damaged file and repairs the library the next time it starts: your sites, "
           "drafts and comments waiting to be sent are kept."));
    QPushButton *restart = box->addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    restart->setObjectName(QStringLiteral("restartNowButton"));
    QPushButton *later = box->addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    box->setDefaultButton(restart);
    box->setAccessibleName(box->windowTitle());
    connect(restart, &QAbstractButton::clicked, this, [this] {
        m_restart = true;
        Q_EMIT restartNow();
    });
    m_damagedBox = box;
    box->open();
}

} // namespace Broadsheet::Ui
