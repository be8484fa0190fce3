#include "settings/settings.h"

#include <QDateTime>
#include <QSettings>

#include <array>

namespace Broadsheet {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 31> &table()
{
    using K = Settings::Key;
    static const std::array<Entry, 31> entries{{
        {K::RefreshOnStart, "library/refreshOnStart", true},
        {K::RefreshIntervalMinutes, "library/refreshIntervalMinutes", 30},
        {K::Language, "app/language", QString()},
        {K::RetentionDays, "library/retentionDays", 90},
        {K::ViewerZoom, "reading/zoom", 0},
        {K::LoadImages, "reading/loadImages", QStringLiteral("always")},
        {K::MarkReadOnOpen, "reading/markReadOnOpen", true},
        {K::ImageCacheMegabytes, "reading/imageCacheMegabytes", 100},
        {K::RememberCommenter, "comments/remember", true},
        {K::CommenterName, "comments/name", QString()},
        {K::CommenterEmail, "comments/email", QString()},
        {K::CommenterWebsite, "comments/website", QString()},
        {K::ProxyMode, "network/proxyMode", QStringLiteral("system")},
        {K::ProxyHost, "network/proxyHost", QString()},
        {K::ProxyPort, "network/proxyPort", 8080},
        {K::NetworkTimeoutSeconds, "network/timeoutSeconds", 30},
        {K::NetworkDeadlineSeconds, "network/deadlineSeconds", 60},
        {K::WindowGeometry, "window/geometry", QByteArray()},
        {K::WindowState, "window/state", QByteArray()},
        {K::MainSplitter, "window/mainSplitter", QByteArray()},
        {K::SitesPaneVisible, "window/sitesPane", true},
        {K::ArticleFilter, "window/articleFilter", QStringLiteral("all")},
        {K::SelectedSite, "window/selectedSite", 0},
        {K::SelectedArticle, "window/selectedArticle", 0},
        {K::ReadingPosition, "window/readingPosition", 0},
        {K::LibraryCheckedAt, "library/checkedAt", QDateTime()},
        {K::ModerationWindowDays, "conversations/moderationWindowDays", 14},
        {K::ConversationNotifications, "conversations/notifications", true},
        {K::FirstSyncDays, "sync/firstSyncDays", 30},
        {K::FirstSyncArticles, "sync/firstSyncArticles", 10000},
        {K::FullArticlesPerSite, "library/fullArticlesPerSite", 10},
    }};
    return entries;
}

const Entry &entryFor(Settings::Key key)
{
    for (const Entry &entry : table()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &file, QObject *parent)
    : QObject(parent)
{
    if (!file.isEmpty()) {
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        carryOverGeneralGroup();
    }
}

// These keys were once in a group named "general". QSettings writes that group as [%General]
// and reads it back as "General/…", so they never came back after a restart; the ones a file
// holds move to the table's names.
void Settings::carryOverGeneralGroup()
{
    static const std::pair<const char *, Key> moved[] = {
        {"General/refreshOnStart", Key::RefreshOnStart},
        {"General/refreshIntervalMinutes", Key::RefreshIntervalMinutes},
        {"General/language", Key::Language},
        {"General/retentionDays", Key::RetentionDays},
    };
    for (const auto &[old, key] : moved) {
        const QString oldName = QLatin1String(old);
        if (!m_settings->contains(oldName))
            continue;
        if (!m_settings->contains(name(key)))
            m_settings->setValue(name(key), m_settings->value(oldName));
        m_settings->remove(oldName);
    }
}

Settings::~Settings() = default;

QVariant Settings::defaultValue(Key key)
{
    return entryFor(key).defaultValue;
}

QString Settings::name(Key key)
{
    return QLatin1String(entryFor(key).name);
}

QVariant Settings::value(Key key) const
{
    const Entry &entry = entryFor(key);
    QVariant stored = m_settings ? m_settings->value(QLatin1String(entry.name)) : m_memory.value(int(key));
    if (!stored.isValid())
        return entry.defaultValue;
    if (entry.defaultValue.isValid() && stored.metaType() != entry.defaultValue.metaType() &&
        stored.canConvert(entry.defaultValue.metaType()))
        stored.convert(entry.defaultValue.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (value == this->value(key))
        return;
    if (m_settings)
        m_settings->setValue(name(key), value);
    else
        m_memory.insert(int(key), value);
    Q_EMIT changed(key, value);
}

void Settings::reset(Key key)
{
    if (m_settings)
        m_settings->remove(name(key));
    else
        m_memory.remove(int(key));
    Q_EMIT changed(key, defaultValue(key));
}

void Settings::sync()
{
    if (m_settings)
        m_settings->sync();
}

} // namespace Broadsheet
