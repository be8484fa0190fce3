#include "store/library.h"

#include "store/database.h"
#include "store/databasethread.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcLibrary, "broadsheet.store.library", QtWarningMsg)

namespace Broadsheet::Store {

namespace {
// Bulk writes are announced at most this often: a refresh of 200 sites reloads the views a few
// times a second, not 200 times.
constexpr int ThrottleMs = 250;
} // namespace

Library::Library(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_writer(std::make_unique<DatabaseThread>(database, DatabaseThread::Access::ReadWrite,
                                                QStringLiteral("LibraryWriter")))
    , m_reader(std::make_unique<DatabaseThread>(database, DatabaseThread::Access::ReadOnly,
                                                QStringLiteral("LibraryReader")))
{
    qRegisterMetaType<Changes>();
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &Library::announce);
    m_backupDelay.setSingleShot(true);
    m_backupDelay.setInterval(2000);
    connect(&m_backupDelay, &QTimer::timeout, this, [this] { backUpEssentials(); });
    m_damageBaseline = DamageWatch::damageReports();
    m_damagePoll.setInterval(1000);
    connect(&m_damagePoll, &QTimer::timeout, this, &Library::checkForDamage);
    m_damagePoll.start();
}

Library::~Library()
{
    m_reader.reset();
    if (m_backupDelay.isActive() && !m_damaged)
        backUpEssentials(); // what changed in the last seconds is in the backup too
    flush();
    m_writer.reset();
}

SiteStore Library::sites() const
{
    return SiteStore(m_database.readConnection());
}

ArticleStore Library::articles() const
{
    return ArticleStore(m_database.readConnection());
}

CommentStore Library::comments() const
{
    return CommentStore(m_database.readConnection());
}

OutboxStore Library::outbox() const
{
    return OutboxStore(m_database.readConnection());
}

ConversationStore Library::conversations() const
{
    return ConversationStore(m_database.readConnection());
}

SyncStore Library::sync() const
{
    return SyncStore(m_database.readConnection());
}

void Library::enqueue(Urgency urgency, Job job)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Library", "commands are given on the library's thread");
    m_writer->post([this, urgency, job = std::move(job)](QSqlDatabase db) mutable {
        Changes changes;
        Delivery delivery = job(db, changes);
        // The library outlives its writer (see the destructor), so `this` is still there.
        QMetaObject::invokeMethod(
            this,
            [this, urgency, changes = std::move(changes), delivery = std::move(delivery)]() mutable {
                committed(urgency, changes, std::move(delivery));
            },
            Qt::QueuedConnection);
    });
}

void Library::committed(Urgency urgency, const Changes &changes, Delivery delivery)
{
    m_pending.merge(changes);
    m_deliveries << std::move(delivery);
    if (changes.sites || changes.outbox)
        essentialsChanged();
    checkForDamage();
    const qint64 since = m_sinceAnnouncement.isValid() ? m_sinceAnnouncement.elapsed() : ThrottleMs;
    if (urgency == Urgency::Now || since >= ThrottleMs || m_pending.isEmpty()) {
        announce();
        return;
    }
    if (!m_throttle.isActive())
        m_throttle.start(int(ThrottleMs - since));
}

void Library::announce()
{
    m_throttle.stop();
    const Changes changes = std::exchange(m_pending, {});
    const QList<Delivery> deliveries = std::exchange(m_deliveries, {});
    if (!changes.isEmpty()) {
        m_sinceAnnouncement.start();
        qCDebug(lcLibrary) << "changed: sites" << changes.sites << "articles of" << changes.articleSites
                           << "states" << changes.articleStates.size() << "threads" << changes.commentThreads
                           << "outbox" << changes.outbox;
        Q_EMIT changed(changes);
        for (auto it = changes.articleStates.cbegin(); it != changes.articleStates.cend(); ++it)
            Q_EMIT articleStateChanged(it.key(), it->read, it->starred);
        if (!changes.articleSites.isEmpty())
            Q_EMIT articlesChanged(changes.articleSites.size() == 1 ? *changes.articleSites.cbegin() : 0);
        if (changes.sites)
            Q_EMIT sitesChanged();
        for (qint64 articleId : changes.commentThreads)
            Q_EMIT commentsChanged(articleId);
        if (changes.outbox)
            Q_EMIT outboxChanged();
        if (changes.conversations)
            Q_EMIT conversationsChanged();
        for (qint64 articleId : changes.fullArticles)
            Q_EMIT fullArticleChanged(articleId);
    }
    for (const Delivery &deliver : deliveries)
        deliver();
}

QFuture<QList<ArticleRow>> Library::relatedArticles(qint64 articleId, int limit)
{
    auto promise = std::make_shared<QPromise<QList<ArticleRow>>>();
    promise->start();
    QFuture<QList<ArticleRow>> future = promise->future();
    m_reader->post([promise, articleId, limit](QSqlDatabase db) {
        promise->addResult(ArticleStore(db).related(articleId, limit));
        promise->finish();
    });
    return future;
}

void Library::flush()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_writer->flush();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    announce();
}

} // namespace Broadsheet::Store
