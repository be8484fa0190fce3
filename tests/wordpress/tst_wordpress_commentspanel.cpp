// The app's comments panel on the real WordPress of the "wordpress" fixture (offscreen): the
// site added through discovery, the thread loaded from the REST API, a comment and a reply
// posted from the form, shown in the thread and present on WordPress; a refused comment (closed
// post) shows WordPress's reason with Retry / Edit / Discard.

#include "comments/articlelocator.h"
#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/drafts.h"
#include "comments/outbox.h"
#include "comments/sitecommentsettings.h"
#include "net/network.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/database.h"
#include "store/library.h"
#include "ui/comments/commentform.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"
#include "wordpressenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestWordPressCommentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commentAndReplyFromTheForm();
    void closedPostShowsTheReason();

private:
    qint64 locate(int post);
    void fill(const QString &text);
    QJsonObject onWordPress(const QString &id);

    QHash<QString, QString> m_env;
    QString m_url;
    QString m_stamp;
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<Sites::Refresher> m_refresher;
    std::unique_ptr<Comments::CommentsLoader> m_loader;
    std::unique_ptr<Comments::Drafts> m_drafts;
    std::unique_ptr<Comments::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Comments::Outbox> m_outbox;
    std::unique_ptr<Comments::SiteCommentSettings> m_siteSettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Ui::CommentsPanel> m_panel;
};

void TestWordPressCommentsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = Testing::readWordPressEnv();
    if (!env)
        QSKIP("The real WordPress is not running (the wordpress_start fixture did not run or was skipped).");
    m_env = *env;
    m_url = m_env.value(QStringLiteral("WPLOCAL_URL"));
    QVERIFY(!m_url.isEmpty());
    m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    m_db = std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_library = std::make_unique<Store::Library>(*m_db);
    m_network = std::make_unique<Net::NetworkManager>();
    m_refresher = std::make_unique<Sites::Refresher>(*m_library, *m_network);
    m_loader = std::make_unique<Comments::CommentsLoader>(*m_library, *m_network);
    m_drafts = std::make_unique<Comments::Drafts>(*m_library);
    m_credentials = std::make_unique<Comments::MemoryCredentialStore>();
    m_outbox = std::make_unique<Comments::Outbox>(*m_library, *m_network, m_credentials.get());
    m_siteSettings = std::make_unique<Comments::SiteCommentSettings>(*m_library, *m_credentials);
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_panel = std::make_unique<Ui::CommentsPanel>(Ui::CommentsPanel::Services{
        *m_library, *m_loader, *m_drafts, *m_outbox, *m_settings, m_siteSettings.get()});
    m_panel->resize(700, 800);
    m_panel->show();
}

void TestWordPressCommentsPanel::cleanupTestCase()
{
    m_panel.reset();
    m_outbox.reset();
    m_siteSettings.reset();
    m_drafts.reset();
    m_loader.reset();
    m_refresher.reset();
    m_network.reset();
    m_library.reset();
    m_db.reset();
}

qint64 TestWordPressCommentsPanel::locate(int post)
{
    Comments::ArticleLocator locator(*m_library, *m_network, *m_refresher);
    QSignalSpy located(&locator, &Comments::ArticleLocator::located);
    locator.locate(m_url + QLatin1Char('/'), QString::number(post));
    if (!located.count() && !located.wait(120'000))
        return 0;
    return located.at(0).at(1).toLongLong();
}

void TestWordPressCommentsPanel::fill(const QString &text)
{
    m_panel->findChild<QLineEdit *>(QStringLiteral("commentName"))->setText(QStringLiteral("Panel E2E"));
    m_panel->findChild<QLineEdit *>(QStringLiteral("commentEmail"))
        ->setText(QStringLiteral("panel-e2e@example.com"));
    m_panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->setPlainText(text);
}

QJsonObject TestWordPressCommentsPanel::onWordPress(const QString &id)
{
    Net::Request request;
    request.url = QUrl(m_url + QStringLiteral("/wp-json/wp/v2/comments/") + id);
    Net::Reply *reply = m_network->send(request);
    QSignalSpy finished(reply, &Net::Reply::finished);
    if (!finished.wait(30'000))
        return {};
    return QJsonDocument::fromJson(finished.at(0).at(0).value<Net::Response>().body).object();
}

void TestWordPressCommentsPanel::commentAndReplyFromTheForm()
{
    const qint64 article = locate(m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt());
    QVERIFY(article > 0);
    QSignalSpy loaded(m_loader.get(), &Comments::CommentsLoader::loaded);
    m_panel->setArticle(article);
    QVERIFY(loaded.wait(30'000));
    QVERIFY2(loaded.at(0).at(1).toString().isEmpty(), qPrintable(loaded.at(0).at(1).toString()));
    Ui::CommentsView *view = m_panel->view();
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("Carol")));

    const QString text = QStringLiteral("From the Broadsheet form %1").arg(m_stamp);
    QVERIFY(m_panel->openForm());
    fill(text);
    QSignalSpy delivered(m_outbox.get(), &Comments::Outbox::delivered);
    QVERIFY(m_panel->form()->trySubmit());
    QVERIFY(delivered.wait(60'000));
    // The form has closed; the result is said beside its "Leave a Reply…" line.
    QVERIFY(!m_panel->form()->isExpanded());
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("commentResult"))->text(),
             QStringLiteral("Your comment is published."));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(text), 30'000);

    // Reply to the comment just posted.
    QString myRemoteId;
    for (const auto &entry : m_library->comments().thread(article)) {
        if (entry.comment.contentHtml.contains(text))
            myRemoteId = entry.comment.remoteId;
    }
    QVERIFY(!myRemoteId.isEmpty());
    QCOMPARE(onWordPress(myRemoteId).value(QLatin1String("author_name")).toString(),
             QStringLiteral("Panel E2E"));
    Q_EMIT view->replyRequested(myRemoteId, QStringLiteral("Panel E2E"));
    QVERIFY(m_panel->form()->isExpanded());
    const QString reply = QStringLiteral("A reply from the form %1").arg(m_stamp);
    fill(reply);
    delivered.clear();
    QVERIFY(m_panel->form()->trySubmit());
    QVERIFY(delivered.wait(60'000));
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(reply), 30'000);
    QString replyId;
    int depth = -1;
    for (const auto &entry : m_library->comments().thread(article)) {
        if (entry.comment.contentHtml.contains(reply)) {
            replyId = entry.comment.remoteId;
            depth = entry.depth;
        }
    }
    QVERIFY(!replyId.isEmpty());
    QCOMPARE(depth, 1);
    QCOMPARE(QString::number(onWordPress(replyId).value(QLatin1String("parent")).toInt()), myRemoteId);
}

void TestWordPressCommentsPanel::closedPostShowsTheReason()
{
    const qint64 article = locate(m_env.value(QStringLiteral("WPLOCAL_POST_CLOSED")).toInt());
    QVERIFY(article > 0);
    // The library knows the post is closed: the form says so and does not send.
    m_panel->setArticle(article);
    if (!m_library->articles().article(article)->commentsOpen) {
        QVERIFY(!m_panel->form()->isVisibleTo(m_panel.get()));
        QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("commentsUnavailable"))->text(),
                 QStringLiteral("Comments are closed."));
        return;
    }
    fill(QStringLiteral("On a closed post %1").arg(m_stamp));
    QSignalSpy delivered(m_outbox.get(), &Comments::Outbox::delivered);
    QVERIFY(m_panel->form()->trySubmit());
    QVERIFY(delivered.wait(60'000));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("commentResult"))
                ->text()
                .contains(QLatin1String("Comments are closed for this article.")));
    QTRY_VERIFY(m_panel->view()->toHtml().contains(QLatin1String("broadsheet-outbox:retry")));
}

QTEST_MAIN(TestWordPressCommentsPanel)
#include "tst_wordpress_commentspanel.moc"
