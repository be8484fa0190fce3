// The reading page with no article selected: the sites with their unread counts, the newest
// articles as links the viewer opens, and how to start — built from the models' rows.

#include "models/sitelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "ui/viewer/articlepage.h"
#include "ui/viewer/startpage.h"

#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

using namespace Broadsheet;

namespace {

// The article links of a page, as the viewer sees them.
QList<qint64> articleLinks(const QTextDocument &document)
{
    QList<qint64> ids;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (const qint64 id = Ui::ArticlePage::articleIdFromUrl(QUrl(format.anchorHref()));
                format.isAnchor() && id && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

} // namespace

class tst_StartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sitesNewestArticlesAndShortcuts()
    {
        QTemporaryDir dir;
        Session session(Profile::resolve(dir.path()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QSignalSpy refreshed(&session.refresher(), &Sites::Refresher::finished);
        session.refresher().refreshAll();
        QVERIFY(refreshed.wait(10'000));
        session.library().flush();

        Models::SiteListModel sites(session.library());
        QAbstractItemModelTester tester(&sites, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Store::ArticleRow> newest =
            session.library().articles().page({}, {}, Ui::StartPage::NewestCount);
        QCOMPARE(newest.size(), 7);

        QTextBrowser viewer;
        viewer.setHtml(Ui::StartPage::html(sites, newest));
        const QString text = viewer.toPlainText();
        QVERIFY2(text.contains(QLatin1String("The Harbour Gazette")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("7 unread")));
        QVERIFY(text.contains(QLatin1String("Welcome to Broadsheet")));
        for (const Store::ArticleRow &row : newest)
            QVERIFY2(text.contains(row.title), qPrintable(row.title));
        // Every newest article is a link the viewer opens, in the list's order.
        QList<qint64> ids;
        for (const Store::ArticleRow &row : newest)
            ids << row.id;
        QCOMPARE(articleLinks(*viewer.document()), ids);
        // In a narrow column an article's line (site · date · unread) breaks only between its
        // parts, never inside a date or a state.
        QTextDocument narrow;
        narrow.setHtml(Ui::StartPage::html(sites, newest));
        narrow.setTextWidth(240);
        (void)narrow.documentLayout()->documentSize(); // laid out
        int broken = 0;
        for (QTextBlock block = narrow.begin(); block.isValid(); block = block.next()) {
            const QString line = block.text();
            if (!line.contains(QStringLiteral("· ")) || !block.layout())
                continue;
            const int about = int(line.indexOf(QChar::LineSeparator)) + 1; // after the title
            for (int i = 1; i < block.layout()->lineCount(); ++i) {
                const int start = block.layout()->lineAt(i).textStart();
                const QString before = line.mid(about, start - about);
                if (start <= about || !before.contains(QStringLiteral("· ")))
                    continue; // in the title or the site's name
                QVERIFY2(before.endsWith(QStringLiteral("· ")),
                         qPrintable(line.left(start) + QStringLiteral(" | ") + line.mid(start)));
                ++broken;
            }
        }
        QVERIFY(broken > 0); // the column was narrow enough to break some
        // How to start: the main keys.
        for (const char *key : {"J", "K", "M", "S", "O", "F5", "Ctrl+F"})
            QVERIFY2(text.contains(QLatin1String(key)), key);
    }

    void noSitesSaysHowToAddOne()
    {
        QStandardItemModel none;
        QTextBrowser viewer;
        viewer.setHtml(Ui::StartPage::html(none, {}));
        const QString text = viewer.toPlainText();
        QVERIFY2(text.contains(QLatin1String("You follow no site yet")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("No articles yet")));
        QVERIFY(articleLinks(*viewer.document()).isEmpty());
    }
};

QTEST_MAIN(tst_StartPage)
#include "tst_startpage.moc"
