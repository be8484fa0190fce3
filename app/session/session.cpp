#include "session/session.h"

#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "conversations/tracker.h"
#include "extract/fullarticlequeue.h"
#include "net/network.h"
#include "session/libraryguard.h"
#include "sites/autorefresh.h"
#include "sites/refresher.h"
#include "sites/samplesite.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/essentials.h"
#include "store/library.h"
#include "store/walcheck.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <memory>

namespace Broadsheet {

Session::Session(Profile profile, QObject *parent)
    : Session(profile, std::make_unique<Settings>(profile.settingsPath()), parent)
{}

Session::Session(Profile profile, std::unique_ptr<Settings> settings, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(std::move(settings))
{
    Q_ASSERT(m_settings);
    connect(m_settings.get(), &Settings::changed, this, [this](Settings::Key key) { applySetting(key); });
}

Session::~Session()
{
    // Stop producing work before the writer drains and the database closes.
    m_settings->disconnect(this);
    m_fullArticles.reset();
    m_conversations.reset();
    m_outbox.reset();
    m_credentials.reset();
    m_commentsLoader.reset();
    m_autoRefresh.reset();
    m_refresher.reset();
    m_network.reset();
    m_library.reset();
    m_database.reset();
    m_guard.reset(); // last: the library closed properly
}

bool Session::open(QString *error)
{
    if (!m_profile.ensureExists(error))
        return false;
    m_guard =
        std::make_unique<LibraryGuard>(m_profile, *m_settings, [] { return QDateTime::currentDateTime(); });
    m_guard->begin();
    if (!openLibrary(error))
        return false;
    m_library = std::make_unique<Store::Library>(*m_database);
    m_guard->watch(*m_library);
    connect(m_guard.get(), &LibraryGuard::damaged, this, &Session::libraryDamaged);
    if (!QFileInfo::exists(Store::Essentials::directoryFor(m_profile.libraryPath()) +
                           QStringLiteral("/essentials-1.json")))
        m_library->backUpEssentials();
    m_network = std::make_unique<Net::NetworkManager>();
    m_network->setEmbeddedCommentsPath(m_profile.sampleCommentsPath());
    m_refresher = std::make_unique<Sites::Refresher>(*m_library, *m_network);
    m_autoRefresh = std::make_unique<Sites::AutoRefresh>(*m_refresher);
    connect(m_refresher.get(), &Sites::Refresher::finished, this, &Session::applyRetentionPolicy);
    m_commentsLoader = std::make_unique<Comments::CommentsLoader>(*m_library, *m_network);
    m_credentials = std::make_unique<Comments::KeychainCredentialStore>();
    m_outbox = std::make_unique<Comments::Outbox>(*m_library, *m_network, m_credentials.get());
    m_conversations = std::make_unique<Conversations::Tracker>(*m_library, *m_network, m_credentials.get());
    m_fullArticles = std::make_unique<Extract::FullArticleQueue>(*m_library, *m_network);
    connect(m_refresher.get(), &Sites::Refresher::finished, m_fullArticles.get(),
            &Extract::FullArticleQueue::fetchNewest);
    if (m_database->isNew()) {
        const auto added = m_library->wait(m_library->addSite(Sites::sampleSite()));
        if (added.site.id == 0) {
            if (error)
                *error = added.error;
            return false;
        }
        m_library->wait(m_library->setCommentBackend(added.site.id, CommentBackend::JsonApi,
                                                     Sites::sampleCommentSettings()));
    }
    using Key = Settings::Key;
    for (Key key : {Key::ProxyMode, Key::NetworkTimeoutSeconds, Key::NetworkDeadlineSeconds,
                    Key::ImageCacheMegabytes, Key::RefreshIntervalMinutes, Key::RetentionDays,
                    Key::ModerationWindowDays, Key::FullArticlesPerSite})
        applySetting(key);
    return true;
}

bool Session::openLibrary(QString *error)
{
    const QString path = m_profile.libraryPath();
    // A damaged log is only judged while no other process writes it.
    const bool walDamaged = LibraryGuard::otherUsers(m_profile).isEmpty() && Store::walIsDamaged(path);
    if (!m_guard->repairRequested() && !walDamaged) {
        m_database = std::make_unique<Store::Database>(path);
        if (m_database->open(error))
            return true;
        if (m_database->failure() != Store::Failure::Damaged)
            return false;
        m_database.reset();
    }
    m_recovery = Store::Recovery::recover(path, QDateTime::currentDateTime());
    if (!m_recovery->ok) {
        if (error)
            *error = m_recovery->summary();
        return false;
    }
    m_guard->clearRepairRequest();
    m_database = std::make_unique<Store::Database>(path);
    return m_database->open(error);
}

void Session::applySetting(Settings::Key key)
{
    if (!m_network)
        return; // not open yet: open() applies every setting
    using Key = Settings::Key;
    const auto number = [this](Key k, int min, int max) {
        return std::clamp(m_settings->value(k).toInt(), min, max);
    };
    switch (key) {
    case Key::ProxyMode:
    case Key::ProxyHost:
    case Key::ProxyPort:
        m_network->setProxy(Net::ProxySetting::fromSettings(m_settings->value(Key::ProxyMode).toString(),
                                                            m_settings->value(Key::ProxyHost).toString(),
                                                            m_settings->value(Key::ProxyPort).toInt()));
        break;
    case Key::NetworkTimeoutSeconds:
        m_network->setTransferTimeout(number(key, 1, 3600) * 1000);
        break;
    case Key::NetworkDeadlineSeconds:
        m_network->setDeadline(number(key, 0, 24 * 3600) * 1000);
        break;
    case Key::ImageCacheMegabytes:
        m_network->setCacheDirectory(m_profile.cachePath(), qint64(number(key, 1, 64 * 1024)) * 1024 * 1024);
        break;
    case Key::RefreshIntervalMinutes:
        m_autoRefresh->setInterval(std::chrono::minutes(number(key, 0, 7 * 24 * 60)));
        break;
    case Key::RetentionDays:
        applyRetentionPolicy();
        break;
    case Key::ModerationWindowDays:
        m_conversations->setPolicy({number(key, 1, 365)});
        break;
    case Key::FullArticlesPerSite: {
        Extract::FullArticleQueue::Limits limits = m_fullArticles->limits();
        limits.perSite = number(key, 0, 1000);
        m_fullArticles->setLimits(limits);
        break;
    }
    default:
        break; // the front ends' own settings
    }
}

void Session::applyRetentionPolicy()
{
    applyRetention(m_settings->value(Settings::Key::RetentionDays).toInt());
}

void Session::applyRetention(int days)
{
    if (days <= 0 || !m_library)
        return;
    m_library->removeReadBefore(QDateTime::currentDateTimeUtc().addDays(-days));
}

bool Session::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

QString Session::readOnlyNotice() const
{
    if (!isReadOnly())
        return {};
    if (m_database->readOnlyReason() == Store::Failure::DiskFull)
        return tr("The disk of your library is full (%1): you can read your articles, but nothing you change "
                  "is "
                  "kept and no comment is sent. Free some space, then restart Broadsheet.")
            .arg(QDir::toNativeSeparators(m_profile.directory()));
    return tr("The folder of your library cannot be written (%1): you can read your articles, but nothing "
              "you "
              "change is kept and no comment is sent. Check the folder's permissions or free the disk, then "
              "restart Broadsheet.")
        .arg(QDir::toNativeSeparators(m_profile.directory()));
}

bool Session::isNewLibrary() const
{
    return m_database && m_database->isNew();
}

} // namespace Broadsheet
