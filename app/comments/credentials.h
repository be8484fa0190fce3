#pragma once

#include "comments/backend.h"

#include <functional>
#include <optional>
#include <QHash>
#include <QObject>

namespace Broadsheet::Comments {

// Where a site's user name and WordPress Application Password live. The app uses the system
// keychain (QtKeychain, never a plain file); tests hand credentials over in memory. Reads and
// writes are asynchronous (the keychain answers over D-Bus).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // done(credentials, error): nullopt and an empty error when nothing is stored; nullopt and a
    // human error when the store could not be asked (no keychain on this system, locked, ...).
    using ReadDone = std::function<void(std::optional<Credentials>, QString)>;
    using WriteDone = std::function<void(QString)>; // empty: done

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const Credentials &credentials, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
};

// The key a site's credentials are kept under: its home URL without query and fragment.
QString credentialKey(const QUrl &siteUrl);

class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const Credentials &credentials, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;
};

class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const Credentials &credentials, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QHash<QString, Credentials> m_entries;
};

} // namespace Broadsheet::Comments
