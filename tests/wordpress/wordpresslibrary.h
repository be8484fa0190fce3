#pragma once

// A library on disk with the parts that talk to the real WordPress in process: the network, the
// refresher, the outbox and an in-memory credential store (the keychain's stand-in).

#include "comments/credentials.h"
#include "comments/outbox.h"
#include "net/network.h"
#include "sites/refresher.h"
#include "store/database.h"
#include "store/library.h"

#include <QDir>

#include <memory>

namespace Broadsheet::Testing {

struct WordPressLibrary
{
    std::unique_ptr<Store::Database> db;
    std::unique_ptr<Store::Library> library;
    std::unique_ptr<Net::NetworkManager> network;
    std::unique_ptr<Sites::Refresher> refresher;
    std::unique_ptr<Comments::MemoryCredentialStore> credentials;
    std::unique_ptr<Comments::Outbox> outbox;

    bool open(const QString &dir, QString *error)
    {
        db = std::make_unique<Store::Database>(QDir(dir).filePath(QStringLiteral("library.sqlite")));
        if (!db->open(error))
            return false;
        library = std::make_unique<Store::Library>(*db);
        network = std::make_unique<Net::NetworkManager>();
        refresher = std::make_unique<Sites::Refresher>(*library, *network);
        credentials = std::make_unique<Comments::MemoryCredentialStore>();
        outbox = std::make_unique<Comments::Outbox>(*library, *network, credentials.get());
        outbox->setAutomaticRetry(false);
        return true;
    }
    // In the reverse order of open().
    void close()
    {
        outbox.reset();
        refresher.reset();
        network.reset();
        library.reset();
        db.reset();
    }
};

} // namespace Broadsheet::Testing
