#pragma once

// What the system says of the network (QNetworkInformation), for the parts that wait for it:
// the outbox sends, the conversation tracker checks once it is back.

#include <functional>

class QObject;

namespace Broadsheet::Net {

// Calls back (on context's thread, while context lives) each time the network comes back.
// Nothing happens on a system without a reachability backend.
void whenOnlineAgain(QObject *context, std::function<void()> callback);
// True only when the system knows it is disconnected (unknown counts as online).
bool isKnownOffline();

} // namespace Broadsheet::Net
