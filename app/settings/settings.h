#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace Broadsheet {

// Every setting in one table of keys with defaults (settings.cpp). Stored with QSettings in
// the profile's ini file; credentials never go here (they go to the system keychain).
// Session owns the settings and applies the network and library policy they describe.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        // general
        RefreshOnStart,
        RefreshIntervalMinutes, // 0: never
        Language,               // empty: follow the system
        RetentionDays,          // read articles older than this are removed; 0: keep all
                                // reading
        ViewerZoom,             // points added to the base font size
        LoadImages,             // "always" | "never"
        MarkReadOnOpen,
        ImageCacheMegabytes,
        // comments
        RememberCommenter,
        CommenterName,
        CommenterEmail,
        CommenterWebsite,
        // network
        ProxyMode, // "system" | "none" | "manual"
        ProxyHost,
        ProxyPort,
        NetworkTimeoutSeconds,  // a request fails after this long without a byte
        NetworkDeadlineSeconds, // a request fails after this long in all; 0: no limit
                                // window state
        WindowGeometry,
        WindowState,
        MainSplitter,
        SitesPaneVisible,
        ArticleFilter, // "all" | "unread" | "starred"
        SelectedSite,
        SelectedArticle,
        ReadingPosition,           // the viewer's scroll position in the selected article
                                   // library health
        LibraryCheckedAt,          // when SQLite's quick check last found the library healthy (UTC)
                                   // following the conversation
        ModerationWindowDays,      // a comment held longer is reported as never approved
        ConversationNotifications, // desktop notifications for replies, approvals, removals
                                   // reader service accounts
        FirstSyncDays,             // the first sync of an account goes back this many days
        FirstSyncArticles,         // … and takes at most this many articles
                                   // full articles
        FullArticlesPerSite,       // after a refresh, the newest N unread articles of each site get theirs
    };
    Q_ENUM(Key)

    // Settings in file (an ini file); an empty path keeps them in memory only (tests).
    explicit Settings(const QString &file, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    void sync();

Q_SIGNALS:
    void changed(Broadsheet::Settings::Key key, const QVariant &value);

private:
    void carryOverGeneralGroup();
    std::unique_ptr<QSettings> m_settings; // null: in memory
    QHash<int, QVariant> m_memory;
};

} // namespace Broadsheet
