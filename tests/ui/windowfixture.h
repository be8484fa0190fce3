#pragma once

// The real main window on a temporary profile holding the built-in sample site, refreshed once.

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "ui/mainwindow/mainwindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct WindowFixture
{
    std::unique_ptr<QTemporaryDir> dir; // a fresh profile for each open()
    std::unique_ptr<Broadsheet::Session> session;
    std::unique_ptr<Broadsheet::Ui::MainWindow> window;

    // For a test's init(): opens, or fails the test with the reason.
    void openOrFail()
    {
        QString error;
        QVERIFY2(open(&error), qPrintable(error));
    }

    // False (with the reason in error) when the profile or the sample site cannot be loaded.
    bool open(QString *error)
    {
        using namespace Broadsheet;
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid()) {
            *error = dir->errorString();
            return false;
        }
        session =
            std::make_unique<Session>(Profile::resolve(dir->path()), std::make_unique<Settings>(QString()));
        if (!session->open(error))
            return false;
        window = std::make_unique<Ui::MainWindow>(*session);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            *error = QStringLiteral("the window was not shown");
            return false;
        }
        if (session->library().articles().count({}) == 0) {
            QSignalSpy finished(&session->refresher(), &Sites::Refresher::finished);
            session->refresher().refreshAll();
            if (!finished.wait(15000)) {
                *error = QStringLiteral("the sample site was not refreshed");
                return false;
            }
        }
        if (!QTest::qWaitFor([this] { return window->articleModel()->rowCount() >= 6; }, 5000)) {
            *error = QStringLiteral("the list has fewer than 6 sample articles");
            return false;
        }
        return true;
    }

    void close()
    {
        window.reset();
        session.reset();
        dir.reset();
    }
};
