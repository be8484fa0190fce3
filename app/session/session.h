#pragma once

#include "settings/profile.h"
#include "settings/settings.h"
#include "store/recovery.h"

#include <memory>
#include <optional>
#include <QObject>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Database;
class Library;
} // namespace Broadsheet::Store
namespace Broadsheet::Sites {
class AutoRefresh;
class Refresher;
} // namespace Broadsheet::Sites
namespace Broadsheet::Comments {
class CommentsLoader;
class CredentialStore;
class Outbox;
} // namespace Broadsheet::Comments

namespace Broadsheet::Conversations {
class Tracker;
}
namespace Broadsheet::Extract {
class FullArticleQueue;
}

namespace Broadsheet {

class LibraryGuard;

// Everything the core offers for one profile, built once by the entry point (the app or the
// CLI) and handed to whoever needs it: no global state.
//
// The session owns the user's settings and applies their policy for every front end, at
// open and on every change: the proxy, request timeout and deadline and the HTTP cache size
// on the network layer; retention (also after each refresh) and the auto-refresh interval on
// the library. Front ends keep only their own view settings.
class Session : public QObject
{
    Q_OBJECT
public:
    // Settings from the profile's ini file.
    explicit Session(Profile profile, QObject *parent = nullptr);
    // Settings handed in (tests use in-memory ones: Settings(QString())).
    Session(Profile profile, std::unique_ptr<Settings> settings, QObject *parent = nullptr);
    ~Session() override;

    // Opens (or creates) the library; a new library follows the built-in sample site. A damaged
    // library (it cannot be opened, SQLite says so, or a check found damage in an earlier run) is
    // moved aside and a new one recovered from it and from the essentials backup
    // (Store::Recovery): recoveryReport() then says what happened, for the front end to tell.
    bool open(QString *error);
    const std::optional<Store::RecoveryReport> &recoveryReport() const { return m_recovery; }
    // The profile's folder cannot be written: the library can be read, nothing can be changed.
    bool isReadOnly() const;
    // What the front ends tell the reader then (empty when not read-only).
    QString readOnlyNotice() const;
    LibraryGuard &guard() const { return *m_guard; }

    const Profile &profile() const { return m_profile; }
    Settings &settings() const { return *m_settings; }

    // Removes read, unstarred articles older than days (0: keep everything); the library
    // announces what went.
    void applyRetention(int days);
    bool isNewLibrary() const;
    Store::Library &library() const { return *m_library; }
    Net::NetworkManager &network() const { return *m_network; }
    Sites::Refresher &refresher() const { return *m_refresher; }
    Sites::AutoRefresh &autoRefresh() const { return *m_autoRefresh; }
    Comments::CommentsLoader &commentsLoader() const { return *m_commentsLoader; }
    // The comment outbox (shared by the app and the CLI) and where sign-in credentials live
    // (the system keychain unless a caller hands another store, as tests do).
    Comments::Outbox &outbox() const { return *m_outbox; }
    Comments::CredentialStore &credentials() const { return *m_credentials; }
    // Follows the reader's comments and followed threads (checks, events).
    Conversations::Tracker &conversations() const { return *m_conversations; }
    // Full articles behind excerpts: read after each refresh and when an article is opened.
    Extract::FullArticleQueue &fullArticles() const { return *m_fullArticles; }

Q_SIGNALS:
    // The library turned out damaged while open: the next start repairs it.
    void libraryDamaged();

private:
    bool openLibrary(QString *error);
    void applySetting(Settings::Key key);
    void applyRetentionPolicy();

    Profile m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibraryGuard> m_guard;
    std::optional<Store::RecoveryReport> m_recovery;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::Library> m_library;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<Sites::Refresher> m_refresher;
    std::unique_ptr<Sites::AutoRefresh> m_autoRefresh;
    std::unique_ptr<Comments::CommentsLoader> m_commentsLoader;
    std::unique_ptr<Comments::CredentialStore> m_credentials;
    std::unique_ptr<Comments::Outbox> m_outbox;
    std::unique_ptr<Conversations::Tracker> m_conversations;
    std::unique_ptr<Extract::FullArticleQueue> m_fullArticles;
};

} // namespace Broadsheet
