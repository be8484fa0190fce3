// The comments panel (thread + "Leave a Reply" form) on the offscreen platform, against
// broadsheet-test-server: a comment and a reply posted from the form appear in the thread, Send
// is busy until the site answers (no double submission), a refused comment shows its reason with
// Retry / Edit / Discard, and Edit brings the text back into the form.

#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/drafts.h"
#include "comments/outbox.h"
#include "comments/sitecommentsettings.h"
#include "net/network.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"
#include "ui/comments/commentform.h"
#include "ui/comments/commentsettingsdialog.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"

#include "../server/serverprocess.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestCommentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void postsACommentAndAReply();
    void refusedCommentOffersRetryEditDiscard();
    void formChecksBeforeSending();
    void settingsDialogSavesPerSite();

private:
    qint64 addArticle(qint64 postId, CommentBackend backend);
    void fill(const QString &name, const QString &email, const QString &text);
    int serverCount(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<Comments::CommentsLoader> m_loader;
    std::unique_ptr<Comments::Drafts> m_drafts;
    std::unique_ptr<Comments::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Comments::Outbox> m_outbox;
    std::unique_ptr<Comments::SiteCommentSettings> m_siteSettings;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Ui::CommentsPanel> m_panel;
    qint64 m_siteId = 0;
};

void TestCommentsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommentsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_state->path()),
             qPrintable(m_server->errorString()));
    m_db = std::make_unique<Store::Database>(m_dir->filePath(QStringLiteral("library.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_library = std::make_unique<Store::Library>(*m_db);
    m_network = std::make_unique<Net::NetworkManager>();
    m_loader = std::make_unique<Comments::CommentsLoader>(*m_library, *m_network);
    m_drafts = std::make_unique<Comments::Drafts>(*m_library);
    m_credentials = std::make_unique<Comments::MemoryCredentialStore>();
    m_outbox = std::make_unique<Comments::Outbox>(*m_library, *m_network, m_credentials.get());
    m_outbox->setAutomaticRetry(false);
    m_siteSettings = std::make_unique<Comments::SiteCommentSettings>(*m_library, *m_credentials);
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_panel = std::make_unique<Ui::CommentsPanel>(Ui::CommentsPanel::Services{
        *m_library, *m_loader, *m_drafts, *m_outbox, *m_settings, m_siteSettings.get()});
    m_panel->resize(700, 800);
    m_panel->show();

    Site site;
    site.title = QStringLiteral("Local Newsroom");
    site.homeUrl = m_server->url(QStringLiteral("/"));
    site.sourceUrl = m_server->url(QStringLiteral("/wp-json/"));
    site.kind = SourceKind::WordPress;
    m_siteId = Store::SiteStore(m_db->connection()).add(site);
    QVERIFY(m_siteId > 0);
}

void TestCommentsPanel::cleanup()
{
    m_panel.reset();
    m_outbox.reset();
    m_siteSettings.reset();
    m_drafts.reset();
    m_loader.reset();
    m_network.reset();
    m_library.reset();
    m_db.reset();
    m_server.reset();
    m_settings.reset();
    m_state.reset();
    m_dir.reset();
}

qint64 TestCommentsPanel::addArticle(qint64 postId, CommentBackend backend)
{
    Site site = *m_library->sites().site(m_siteId);
    site.commentBackend = backend;
    Store::SiteStore(m_db->connection()).update(site);
    Article a;
    a.guid = m_server->url(QStringLiteral("/?p=%1").arg(postId)).toString();
    a.title = QStringLiteral("Post %1").arg(postId);
    a.remotePostId = postId;
    a.published = QDateTime::currentDateTimeUtc();
    Store::ArticleStore(m_db->connection()).upsert(m_siteId, {a});
    return m_library->articles().findByRemotePostId(m_siteId, postId).value_or(0);
}

void TestCommentsPanel::fill(const QString &name, const QString &email, const QString &text)
{
    auto *nameEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("commentName"));
    auto *emailEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("commentEmail"));
    auto *textEdit = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    QVERIFY(nameEdit && emailEdit && textEdit);
    nameEdit->setText(name);
    emailEdit->setText(email);
    textEdit->setPlainText(text);
}

int TestCommentsPanel::serverCount(const QString &text) const
{
    QFile file(m_state->filePath(QStringLiteral("comments.json")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        n += v.toObject().value(QLatin1String("content")).toString() == text;
    return n;
}

void TestCommentsPanel::postsACommentAndAReply()
{
    const qint64 article = addArticle(11, CommentBackend::WordPressRest);
    QSignalSpy loaded(m_loader.get(), &Comments::CommentsLoader::loaded);
    m_panel->setArticle(article);
    QVERIFY(loaded.wait(10'000));
    auto *view = m_panel->view();
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("Carol")));
    QVERIFY(
        m_panel->findChild<QLabel *>(QStringLiteral("commentsHeader"))->text().contains(QLatin1String("5")));

    // The form waits as one line until the reader opens it.
    auto *opener = m_panel->findChild<QPushButton *>(QStringLiteral("openCommentForm"));
    QVERIFY(opener && opener->isVisibleTo(m_panel.get()));
    QVERIFY(!m_panel->form()->isExpanded());
    QTest::mouseClick(opener, Qt::LeftButton);
    QVERIFY(m_panel->form()->isExpanded());
    // A comment from the form: Send is busy (and refuses a second press) until the site answers.
    fill(QStringLiteral("Panel Reader"), QStringLiteral("panel@example.com"),
         QStringLiteral("From the panel."));
    auto *send = m_panel->findChild<QPushButton *>(QStringLiteral("sendComment"));
    QSignalSpy delivered(m_outbox.get(), &Comments::Outbox::delivered);
    QSignalSpy submitted(m_outbox.get(), &Comments::Outbox::submitted);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(m_panel->form()->isBusy());
    QVERIFY(!send->isEnabled());
    QVERIFY(!m_panel->form()->trySubmit()); // no double submission
    QVERIFY(submitted.wait(5000));
    QCOMPARE(submitted.count(), 1);
    QVERIFY(delivered.count() || delivered.wait(10'000));
    QVERIFY(!m_panel->form()->isBusy());
    QVERIFY(m_panel->form()->text().isEmpty());
    // Sent: the form is one line again, and says what became of the comment beside it.
    QVERIFY(!m_panel->form()->isExpanded());
    const auto *status = m_panel->findChild<QLabel *>(QStringLiteral("commentResult"));
    QCOMPARE(status->text(), QStringLiteral("Your comment is published."));
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("From the panel.")));
    QCOMPARE(serverCount(QStringLiteral("From the panel.")), 1);

    // A reply to Carol: "Reply" on her comment opens the form right under it, then Ctrl+Enter.
    QSignalSpy reveal(m_panel.get(), &Ui::CommentsPanel::revealRequested);
    Q_EMIT view->replyRequested(QStringLiteral("5"), QStringLiteral("Carol"));
    QVERIFY(m_panel->form()->isExpanded());
    QVERIFY(status->text().isEmpty()); // "published" does not linger into the next reply
    QVERIFY(!reveal.isEmpty());
    QVERIFY(
        m_panel->findChild<QLabel *>(QStringLiteral("replyingTo"))->text().contains(QLatin1String("Carol")));
    m_panel->layout()->activate();
    QVERIFY(view->toPlainText().contains(QLatin1String("Carol")));
    QVERIFY(m_panel->form()->y() > view->y());
    if (m_panel->viewAfter()->isVisibleTo(m_panel.get())) {
        QVERIFY(m_panel->viewAfter()->y() > m_panel->form()->y());
        QVERIFY(!m_panel->viewAfter()->toPlainText().contains(QLatin1String("Carol")));
    }
    fill(QStringLiteral("Panel Reader"), QStringLiteral("panel@example.com"),
         QStringLiteral("Replying from the panel."));
    delivered.clear();
    auto *textEdit = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    textEdit->setFocus();
    QTest::keyClick(textEdit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(delivered.wait(10'000));
    QCOMPARE(status->text(), QStringLiteral("Your comment is published."));
    QVERIFY(!m_panel->form()->isExpanded());
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("Replying from the panel.")));
    // Shown under Carol (after her, indented): the thread order puts it right after Dan's reply chain.
    const QString plain = view->toPlainText();
    QVERIFY(plain.indexOf(QLatin1String("Carol")) < plain.indexOf(QLatin1String("Replying from the panel.")));
}

void TestCommentsPanel::refusedCommentOffersRetryEditDiscard()
{
    const qint64 closed = addArticle(12, CommentBackend::WordPressRest);
    m_panel->setArticle(closed);
    // The article is marked open in the library (the site closed it since): the site says no.
    fill(QStringLiteral("Panel Reader"), QStringLiteral("panel@example.com"), QStringLiteral("Too late."));
    QSignalSpy delivered(m_outbox.get(), &Comments::Outbox::delivered);
    QVERIFY(m_panel->form()->trySubmit());
    QVERIFY(delivered.wait(10'000));
    const auto *status = m_panel->findChild<QLabel *>(QStringLiteral("commentResult"));
    QVERIFY2(status->text().contains(QLatin1String("Comments are closed for this article.")),
             qPrintable(status->text()));
    auto *view = m_panel->view();
    QTRY_VERIFY(view->toPlainText().contains(QLatin1String("Too late.")));
    QVERIFY(view->toPlainText().contains(QLatin1String("Not sent: Comments are closed for this article.")));
    const QString html = view->toHtml();
    QVERIFY(html.contains(QLatin1String("broadsheet-outbox:retry")));
    QVERIFY(html.contains(QLatin1String("broadsheet-outbox:edit")));
    QVERIFY(html.contains(QLatin1String("broadsheet-outbox:discard")));

    // Edit: the text comes back into the form and leaves the thread.
    const qint64 localId = delivered.at(0).at(0).toLongLong();
    QSignalSpy editReady(m_outbox.get(), &Comments::Outbox::editReady);
    Q_EMIT view->editRequested(localId);
    QVERIFY(editReady.wait(5000));
    QCOMPARE(m_panel->form()->text(), QStringLiteral("Too late."));
    QTRY_VERIFY(!view->toPlainText().contains(QLatin1String("Not sent")));

    // Send it again, then discard it.
    delivered.clear();
    QVERIFY(m_panel->form()->trySubmit());
    QVERIFY(delivered.wait(10'000));
    QSignalSpy discarded(m_outbox.get(), &Comments::Outbox::discarded);
    Q_EMIT view->discardRequested(delivered.at(0).at(0).toLongLong());
    QVERIFY(discarded.wait(5000));
    QTRY_VERIFY(!view->toPlainText().contains(QLatin1String("Too late.")));
}

void TestCommentsPanel::formChecksBeforeSending()
{
    const qint64 article = addArticle(11, CommentBackend::WordPressRest);
    m_panel->setArticle(article);
    fill(QString(), QStringLiteral("not-an-email"), QStringLiteral("x"));
    QSignalSpy submitted(m_outbox.get(), &Comments::Outbox::submitted);
    QVERIFY(!m_panel->form()->trySubmit());
    QCOMPARE(submitted.count(), 0);
    const auto *nameError = m_panel->findChild<QLabel *>(QStringLiteral("commentNameError"));
    const auto *emailError = m_panel->findChild<QLabel *>(QStringLiteral("commentEmailError"));
    QCOMPARE(nameError->text(), QStringLiteral("Please enter your name."));
    QCOMPARE(emailError->text(), QStringLiteral("Please enter a valid email address."));
    // "Required" is said in words to assistive technology.
    const auto *name = m_panel->findChild<QLineEdit *>(QStringLiteral("commentName"));
    QVERIFY(name->accessibleName().contains(QLatin1String("required")));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("commentSettingsButton")));

    // Remembered identity, and the opt-out that forgets it.
    auto *nameEdit = m_panel->findChild<QLineEdit *>(QStringLiteral("commentName"));
    nameEdit->setText(QStringLiteral("Remembered Reader"));
    Q_EMIT nameEdit->textEdited(nameEdit->text());
    QCOMPARE(m_settings->value(Settings::Key::CommenterName).toString(), QStringLiteral("Remembered Reader"));
    auto *remember = m_panel->findChild<QCheckBox *>(QStringLiteral("rememberCommenter"));
    QVERIFY(remember && remember->isChecked());
    remember->click();
    QVERIFY(!m_settings->value(Settings::Key::RememberCommenter).toBool());
    QVERIFY(m_settings->value(Settings::Key::CommenterName).toString().isEmpty());
    nameEdit->setText(QStringLiteral("Not kept"));
    Q_EMIT nameEdit->textEdited(nameEdit->text());
    QVERIFY(m_settings->value(Settings::Key::CommenterName).toString().isEmpty());
}

void TestCommentsPanel::settingsDialogSavesPerSite()
{
    // Automatic: found out when the dialog opens, without posting anything.
    m_siteSettings->setNetwork(m_network.get());
    {
        QSignalSpy detected(m_siteSettings.get(), &Comments::SiteCommentSettings::detected);
        Ui::CommentSettingsDialog dialog(*m_siteSettings, m_siteId, QStringLiteral("Local Newsroom"));
        QVERIFY(detected.wait(10'000));
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("commentBackendResolved"))
                     ->text()
                     .contains(QLatin1String("WordPress, directly")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("commentBackendResolved"))->text()));
    }
    // The generic JSON API with its address.
    {
        Ui::CommentSettingsDialog dialog(*m_siteSettings, m_siteId, QStringLiteral("Local Newsroom"));
        auto *backend = dialog.findChild<QComboBox *>(QStringLiteral("commentBackend"));
        backend->setCurrentIndex(backend->findData(int(CommentBackend::JsonApi)));
        auto *json = dialog.findChild<QLineEdit *>(QStringLiteral("commentJsonBase"));
        QVERIFY(json->isEnabled());
        json->setText(m_server->url(QStringLiteral("/api/v1")).toString());
        QSignalSpy saved(m_siteSettings.get(), &Comments::SiteCommentSettings::saved);
        dialog.accept();
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.at(0).at(1).toString().isEmpty(), qPrintable(saved.at(0).at(1).toString()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    m_library->flush();
    QCOMPARE(int(m_library->sites().site(m_siteId)->commentBackend), int(CommentBackend::JsonApi));
    QCOMPARE(Store::OutboxStore(m_db->connection()).backendSettings(m_siteId).jsonBase,
             m_server->url(QStringLiteral("/api/v1")));

    // A password for a site on plain http elsewhere is refused, and nothing changes.
    Site remote;
    remote.title = QStringLiteral("Remote");
    remote.homeUrl = QUrl(QStringLiteral("http://news.example.org/"));
    remote.sourceUrl = QUrl(QStringLiteral("http://news.example.org/wp-json/"));
    remote.kind = SourceKind::WordPress;
    const qint64 remoteId = Store::SiteStore(m_db->connection()).add(remote);
    Ui::CommentSettingsDialog dialog(*m_siteSettings, remoteId, remote.title);
    dialog.findChild<QCheckBox *>(QStringLiteral("commentSignIn"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("commentUser"))->setText(QStringLiteral("admin"));
    dialog.findChild<QLineEdit *>(QStringLiteral("commentPassword"))->setText(QStringLiteral("abcd efgh"));
    QSignalSpy saved(m_siteSettings.get(), &Comments::SiteCommentSettings::saved);
    dialog.accept();
    QVERIFY(saved.count() || saved.wait(5000));
    QVERIFY(saved.at(0).at(1).toString().contains(QLatin1String("https")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("commentSettingsStatus"))
                ->text()
                .contains(QLatin1String("https")));
    m_library->flush();
    QVERIFY(!Store::OutboxStore(m_db->connection()).backendSettings(remoteId).signIn);
}

QTEST_MAIN(TestCommentsPanel)
#include "tst_commentspanel.moc"
