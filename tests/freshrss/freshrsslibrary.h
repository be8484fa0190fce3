#pragma once

// A Broadsheet library in a temporary folder with one account on the real FreshRSS, as the
// in-process suites of tests/freshrss use it: the account added as the dialog and the command
// line add it (connection test first), a sync run to its end, the articles looked up.

#include "freshrssenv.h"

#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "net/network.h"
#include "store/database.h"
#include "store/library.h"
#include "sync/accountsetup.h"
#include "sync/syncer.h"

#include <QEventLoop>
#include <QHash>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace Broadsheet::Testing {

class SyncedLibrary
{
public:
    // Opens a new library; false (and *error) when it cannot be opened.
    bool open(QString *error)
    {
        m_db = std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("library.sqlite")));
        if (!m_db->open(error))
            return false;
        library = std::make_unique<Store::Library>(*m_db);
        network = std::make_unique<Net::NetworkManager>();
        credentials = std::make_unique<Comments::MemoryCredentialStore>();
        syncer = std::make_unique<Sync::Syncer>(*library, *network, *credentials);
        return true;
    }
    // The account of the FreshRSS in env (FRLOCAL_*): its id, or 0 and *error.
    qint64 addAccount(const QHash<QString, QString> &env, QString *error)
    {
        Sync::AccountSetup setup(*library, *network, *credentials);
        qint64 account = 0;
        QEventLoop loop;
        bool done = false;
        setup.add(QUrl(env.value(QStringLiteral("FRLOCAL_GREADER"))),
                  env.value(QStringLiteral("FRLOCAL_USER")),
                  env.value(QStringLiteral("FRLOCAL_API_PASSWORD")), [&](qint64 id, const QString &message) {
                      account = id;
                      *error = message;
                      done = true;
                      loop.quit();
                  });
        if (!done)
            loop.exec();
        return account;
    }
    // One sync of the account to its end (an empty report when it did not end in time).
    Sync::SyncReport sync(qint64 account, int timeoutMs = 120'000)
    {
        QSignalSpy finished(syncer.get(), &Sync::Syncer::finished);
        syncer->sync({account});
        if (!finished.wait(timeoutMs) || syncer->reports().isEmpty())
            return {};
        library->flush();
        return syncer->reports().constLast();
    }
    QList<Store::ArticleRow> articles() const { return library->articles().page({}, {}, 100000); }
    // The article with this title whose link starts with linkPrefix (any link when empty); 0: none.
    qint64 articleTitled(const QString &title, const QString &linkPrefix = {}) const
    {
        for (const Store::ArticleRow &row : articles()) {
            if (row.title == title && row.link.toString().startsWith(linkPrefix))
                return row.id;
        }
        return 0;
    }
    // A site's feed subscribed on the service (FreshRSS fetches it at once), then this library
    // opened with the account, synced, and a comments loader: what went wrong, empty when all
    // went well.
    QString followThroughService(OtherDevice &other, const QHash<QString, QString> &env,
                                 const QString &feedUrl)
    {
        QByteArray answer;
        m_stream = other.quickadd(feedUrl, &answer);
        if (m_stream.isEmpty())
            return QString::fromUtf8(answer);
        QString error;
        if (!open(&error))
            return error;
        const qint64 account = addAccount(env, &error);
        if (account <= 0)
            return error;
        const Sync::SyncReport report = sync(account);
        comments = std::make_unique<Comments::CommentsLoader>(*library, *network);
        return report.ok ? QString() : QStringLiteral("sync: ") + report.error;
    }
    // Unsubscribes what followThroughService subscribed: the other suites find the service as it was.
    void unfollow(OtherDevice &other)
    {
        if (!m_stream.isEmpty())
            other.unsubscribe(std::exchange(m_stream, QString()));
    }
    // Loads an article's comments (finding its site first when it must): the error said, empty
    // when they were loaded.
    QString loadComments(qint64 articleId)
    {
        QSignalSpy loaded(comments.get(), &Comments::CommentsLoader::loaded);
        if (!comments->load(articleId))
            return QStringLiteral("no source of comments");
        if (!loaded.wait(60'000))
            return QStringLiteral("not loaded in time");
        library->flush();
        return loaded.constLast().at(1).toString();
    }
    // The name of the reader whose replies reply() sends.
    static QString readerName() { return QStringLiteral("Synced Reader"); }
    // A reply through the outbox to an article (or to one of its comments, by its id on the
    // site): its text (made unique), and *error empty when the site published it.
    QString reply(qint64 articleId, QString *error, const QString &parentRemoteId = {},
                  const QString &parentAuthor = {})
    {
        Comments::Outbox outbox(*library, *network, credentials.get());
        QSignalSpy delivered(&outbox, &Comments::Outbox::delivered);
        Comments::Submission s;
        s.articleId = articleId;
        s.name = readerName();
        s.email = QStringLiteral("synced@example.com");
        s.parentRemoteId = parentRemoteId;
        s.parentAuthor = parentAuthor;
        s.text = QStringLiteral("Read through FreshRSS, answered from Broadsheet %1.")
                     .arg(QDateTime::currentMSecsSinceEpoch());
        outbox.submit(s);
        if (!delivered.wait(60'000))
            *error = QStringLiteral("not delivered in time");
        else if (delivered.constFirst().at(2).value<Comment::State>() != Comment::State::Published)
            *error = QStringLiteral("not published: ") + delivered.constFirst().at(3).toString();
        return s.text;
    }
    // Ends every object in the order that keeps the library's writer last.
    void close()
    {
        comments.reset();
        syncer.reset();
        network.reset();
        library.reset();
        m_db.reset();
        credentials.reset();
    }
    ~SyncedLibrary() { close(); }

    std::unique_ptr<Store::Library> library;
    std::unique_ptr<Net::NetworkManager> network;
    std::unique_ptr<Comments::MemoryCredentialStore> credentials;
    std::unique_ptr<Sync::Syncer> syncer;
    std::unique_ptr<Comments::CommentsLoader> comments; // after followThroughService()

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_db;
    QString m_stream;
};

} // namespace Broadsheet::Testing
