#include "comments/credentials.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Broadsheet::Comments {

namespace {

const QString kService = QStringLiteral("Broadsheet comments");

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Comments", text);
}

QString keychainError(QKeychain::Job *job)
{
    return tr("The system keychain could not be used (%1). Broadsheet keeps passwords only in the "
              "keychain, so it cannot sign in to the site.")
        .arg(job->errorString());
}

} // namespace

QString credentialKey(const QUrl &siteUrl)
{
    QUrl url = siteUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                                QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    return url.toString(QUrl::FullyEncoded);
}

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

void KeychainCredentialStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, QString());
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(std::nullopt, keychainError(read));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(read->textData().toUtf8()).object();
        Credentials c{o.value(QLatin1String("user")).toString(),
                      o.value(QLatin1String("password")).toString()};
        if (c.isEmpty())
            done(std::nullopt, tr("The keychain entry for this site is damaged; please sign in again."));
        else
            done(c, QString());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const Credentials &credentials, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("user"), credentials.user},
                                                    {QStringLiteral("password"), credentials.password}})
                              .toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : keychainError(finished));
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : keychainError(finished));
    });
    job->start();
}

void MemoryCredentialStore::read(const QString &key, ReadDone done)
{
    const auto it = m_entries.constFind(key);
    const std::optional<Credentials> found =
        it == m_entries.constEnd() ? std::nullopt : std::optional<Credentials>(*it);
    // Asynchronous like the keychain, so callers cannot depend on an immediate answer.
    QTimer::singleShot(0, this, [done = std::move(done), found] { done(found, QString()); });
}

void MemoryCredentialStore::write(const QString &key, const Credentials &credentials, WriteDone done)
{
    m_entries.insert(key, credentials);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

void MemoryCredentialStore::remove(const QString &key, WriteDone done)
{
    m_entries.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

} // namespace Broadsheet::Comments
