// The article list as a reader meets it: rows that truncate without overlapping at any width,
// dates that stay whole, items a screen reader can describe, empty views that say why, and the
// right-click menu with the article's actions.

#include "windowfixture.h"

#include "text/readerdate.h"
#include "ui/articlelist/articledelegate.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/articlelist/articlerowlayout.h"
#include "ui/articlelist/emptynotice.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>

using namespace Broadsheet;
using Broadsheet::Ui::ArticleRowLayout;

class TestArticleList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture.openOrFail();
        if (QTest::currentTestFailed())
            return;
        m_list = m_fixture.window->articleList();
        m_view = m_list->view();
    }

    void cleanup() { m_fixture.close(); }

    void rowPartsNeverOverlapAtAnyWidth()
    {
        const QFont font = m_view->font();
        const QString date = Text::readerDate(QDateTime(QDate(2026, 9, 30), QTime(23, 59)),
                                              QDateTime(QDate(2027, 1, 1), QTime(0, 0)), QLocale());
        const QFontMetrics small(ArticleRowLayout::smallFont(font));
        const int height = ArticleRowLayout::rowHeight(font);
        for (int width = m_view->minimumWidth(); width <= 900; width += 7) {
            const QRect row(0, 0, width, height);
            const ArticleRowLayout layout = ArticleRowLayout::compute(row, font, date, true, true);
            const QByteArray width_ = QByteArray::number(width);
            const char *at = width_.constData();
            QVERIFY2(!layout.title.intersects(layout.thumbnail), at);
            QVERIFY2(!layout.title.intersects(layout.marker), at);
            QVERIFY2(layout.title.left() - layout.marker.right() > 4, at); // a clear gap
            QVERIFY2(!layout.date.intersects(layout.thumbnail) && !layout.site.intersects(layout.date), at);
            QVERIFY2(layout.date.width() >= small.horizontalAdvance(date), at);
            QVERIFY2(row.contains(layout.date) && row.contains(layout.star), at);
            QVERIFY2(!layout.star.intersects(layout.date), at);
        }
    }

    void theListsNarrowestRowKeepsTheDate()
    {
        // The list squeezed as far as the splitter lets it go.
        auto *split = m_fixture.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(split);
        QList<int> sizes = split->sizes();
        const int listAt = split->indexOf(m_list);
        sizes[listAt] = 1;
        split->setSizes(sizes);
        QTRY_VERIFY2(m_view->width() < 300, QByteArray::number(m_view->width()).constData());
        const QModelIndex first = m_view->model()->index(0, 0);
        const QString date = Ui::ArticleDelegate::dateText(
            first.data(Models::ArticleListModel::PublishedRole).toDateTime(), QDateTime::currentDateTime());
        QVERIFY(!date.isEmpty());
        // The view lays its items out again after a resize, a moment later.
        QTRY_VERIFY(m_view->visualRect(first).width() <= m_view->viewport()->width());
        const QRect row = m_view->visualRect(first);
        const ArticleRowLayout layout = ArticleRowLayout::compute(row, m_view->font(), date, true, true);
        QVERIFY(m_view->viewport()->rect().contains(layout.date));
        QVERIFY(layout.date.width() >=
                QFontMetrics(ArticleRowLayout::smallFont(m_view->font())).horizontalAdvance(date));
        QVERIFY(!layout.title.intersects(layout.thumbnail));
        QVERIFY(layout.site.width() >= 0);
    }

    void itemsTellScreenReadersSiteDateAndState()
    {
        auto *model = m_fixture.window->articleModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex first = model->index(0, 0);
        const QString title = first.data(Models::ArticleListModel::TitleRole).toString();
        const QString site = first.data(Models::ArticleListModel::SiteTitleRole).toString();
        QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), title);
        QString description = first.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(description.contains(site), qPrintable(description));
        QVERIFY2(description.contains(
                     Text::readerDate(first.data(Models::ArticleListModel::PublishedRole).toDateTime(),
                                      QDateTime::currentDateTime(), QLocale())),
                 qPrintable(description));
        QVERIFY2(description.contains(QStringLiteral("unread")), qPrintable(description));

        // Starred and read: the description follows the library's announcement.
        const qint64 id = first.data(Models::ArticleListModel::IdRole).toLongLong();
        m_fixture.session->library().setStarred(id, true);
        m_fixture.session->library().setRead(id, true);
        QTRY_VERIFY(model->index(0, 0)
                        .data(Qt::AccessibleDescriptionRole)
                        .toString()
                        .contains(QStringLiteral("starred")));
        QTRY_VERIFY(!model->index(0, 0)
                         .data(Qt::AccessibleDescriptionRole)
                         .toString()
                         .contains(QStringLiteral("unread")));

        // What the accessibility bridge reads off the list view.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_view);
        QVERIFY(list);
        QAccessibleInterface *item = nullptr;
        for (int i = 0; i < list->childCount() && !item; ++i) {
            QAccessibleInterface *child = list->child(i);
            if (child && child->text(QAccessible::Name) == title)
                item = child;
        }
        QVERIFY2(item, "the first article is not among the list's accessible children");
        description = item->text(QAccessible::Description);
        QVERIFY2(description.contains(site) && description.contains(QStringLiteral("starred")) &&
                     description.contains(QStringLiteral("read")),
                 qPrintable(description));
    }

    void emptyViewsSayWhy()
    {
        auto *notice = m_view->findChild<Ui::EmptyNotice *>(QStringLiteral("emptyNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible()); // the sample site's articles are there

        m_list->setFilter(Store::ArticleQuery::Filter::Starred);
        QCOMPARE(m_view->model()->rowCount(), 0);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith(QStringLiteral("No starred articles yet")),
                 qPrintable(notice->text()));
        QCOMPARE(notice->geometry(), m_view->viewport()->rect());

        m_list->setFilter(Store::ArticleQuery::Filter::All);
        QVERIFY(!notice->isVisible());
        auto *search = m_list->findChild<QLineEdit *>(QStringLiteral("articleSearch"));
        search->setText(QStringLiteral("xyzzyplugh"));
        QTRY_COMPARE(m_view->model()->rowCount(), 0);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("No articles match “xyzzyplugh”"));
        search->clear();
        QTRY_VERIFY(m_view->model()->rowCount() > 0);
        QVERIFY(!notice->isVisible());

        // Starring one fills the Starred view, and the notice goes.
        const qint64 id = m_view->model()->index(0, 0).data(Models::ArticleListModel::IdRole).toLongLong();
        m_fixture.session->library().setStarred(id, true);
        QTRY_VERIFY(m_view->model()->index(0, 0).data(Models::ArticleListModel::StarredRole).toBool());
        m_list->setFilter(Store::ArticleQuery::Filter::Starred);
        QCOMPARE(m_view->model()->rowCount(), 1);
        QVERIFY(!notice->isVisible());
    }

    void readAndStarActionsSayWhatTheyWillDo()
    {
        auto *read = m_fixture.window->findChild<QAction *>(QStringLiteral("readAction"));
        auto *star = m_fixture.window->findChild<QAction *>(QStringLiteral("starAction"));
        QVERIFY(read && star);
        QVERIFY(m_list->selectRow(1)); // opening marks it read
        QTRY_COMPARE(read->text(), QStringLiteral("Mark as &Unread"));
        QCOMPARE(star->text(), QStringLiteral("S&tar"));
        QVERIFY(!read->isCheckable());
        read->trigger();
        QTRY_VERIFY(!m_view->model()->index(1, 0).data(Models::ArticleListModel::ReadRole).toBool());
        QTRY_COMPARE(read->text(), QStringLiteral("Mark as &Read"));
        star->trigger();
        QTRY_VERIFY(m_view->model()->index(1, 0).data(Models::ArticleListModel::StarredRole).toBool());
        QTRY_COMPARE(star->text(), QStringLiteral("Remove S&tar"));
        star->trigger();
        QTRY_COMPARE(star->text(), QStringLiteral("S&tar"));
        QVERIFY(!m_view->model()->index(1, 0).data(Models::ArticleListModel::StarredRole).toBool());
    }

    void contextMenuOffersTheArticlesActions()
    {
        const QModelIndex third = m_view->model()->index(2, 0);
        const QPoint at = m_view->visualRect(third).center();
        QStringList texts;
        QTimer::singleShot(100, this, [&texts] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    texts << action->text();
                if (action->objectName() == QLatin1String("copyLinkAction"))
                    action->trigger();
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(m_view->viewport(), &event);
        QCOMPARE(m_view->currentIndex(), third); // the menu acts on the article right-clicked
        QCOMPARE(texts,
                 QStringList({QStringLiteral("&Open Original in Browser"), QStringLiteral("&Copy Link"),
                              QStringLiteral("Mark as &Unread"), QStringLiteral("S&tar")}));
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 third.data(Models::ArticleListModel::LinkRole).toUrl().toString(QUrl::FullyEncoded));
    }

private:
    WindowFixture m_fixture;
    Ui::ArticleListPane *m_list = nullptr;
    QListView *m_view = nullptr;
};

QTEST_MAIN(TestArticleList)
#include "tst_articlelist.moc"
