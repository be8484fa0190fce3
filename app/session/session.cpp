#include "session/session.h"

#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "net/network.h"
#include "sites/refresher.h"
#include "sites/samplesite.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/library.h"

#include <memory>

namespace Broadsheet {

Session::Session(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{}

Session::~Session()
{
    // Stop producing work before the writer drains and the database closes.
    m_outbox.reset();
    m_credentials.reset();
    m_commentsLoader.reset();
    m_refresher.reset();
    m_network.reset();
    m_library.reset();
    m_database.reset();
}

bool Session::open(QString *error)
{
    if (!m_profile.ensureExists(error))
        return false;
    m_database = std::make_unique<Store::Database>(m_profile.libraryPath());
    if (!m_database->open(error))
        return false;
    m_library = std::make_unique<Store::Library>(*m_database);
    m_network = std::make_unique<Net::NetworkManager>();
    m_network->setCacheDirectory(m_profile.cachePath(), 100LL * 1024 * 1024);
    m_refresher = std::make_unique<Sites::Refresher>(*m_library, *m_network);
    m_commentsLoader = std::make_unique<Comments::CommentsLoader>(*m_library, *m_network);
    m_credentials = std::make_unique<Comments::KeychainCredentialStore>();
    m_outbox = std::make_unique<Comments::Outbox>(*m_library, *m_network, m_credentials.get());
    if (m_database->isNew()) {
        const auto added = m_library->wait(m_library->addSite(Sites::sampleSite()));
        if (added.site.id == 0) {
            if (error)
                *error = added.error;
            return false;
        }
    }
    return true;
}

void Session::applyRetention(int days)
{
    if (days <= 0 || !m_library)
        return;
    m_library->removeReadBefore(QDateTime::currentDateTimeUtc().addDays(-days));
}

bool Session::isNewLibrary() const
{
    return m_database && m_database->isNew();
}

} // namespace Broadsheet
