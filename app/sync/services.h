#pragma once

// The core services the sync classes are built on (forward declarations).

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Library;
}
namespace Broadsheet::Comments {
class CredentialStore;
}
