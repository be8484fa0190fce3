#pragma once

// The Google Reader API's documents, read and written without any network: pure and
// thread-safe (the item pages of a first sync are parsed on the thread pool). What the
// servers send is described in ../shared/freshrss-local/README.md and docs/sync.md.

#include "domain/account.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Broadsheet::Sync::GReader {

inline const QString ReadingList = QStringLiteral("user/-/state/com.google/reading-list");
inline const QString ReadTag = QStringLiteral("user/-/state/com.google/read");
inline const QString StarredTag = QStringLiteral("user/-/state/com.google/starred");
inline const QString LabelPrefix = QStringLiteral("user/-/label/");

// "Auth=…" of a ClientLogin answer; empty when there is none.
QString authToken(const QByteArray &body);

// subscription/list: the subscriptions (titles with the service's fullwidth punctuation mapped
// back); false when the body is not such a document.
bool parseSubscriptions(const QByteArray &body, QList<Subscription> *subscriptions);
// tag/list: the labels and tags, as (name, "folder" or "tag").
bool parseTags(const QByteArray &body, QList<QPair<QString, QString>> *labels);
// stream/items/ids: the ids (decimal) and the continuation (empty at the end).
bool parseItemIds(const QByteArray &body, QList<qint64> *ids, QString *continuation);
// stream/contents or stream/items/contents: the items, each mapped like a feed entry (same
// sanitizer, featured image, captions), with read and starred from its categories.
bool parseItems(const QByteArray &body, QList<SyncedItem> *items, QString *continuation = nullptr);
// quickadd: the new stream id, or the service's error (it answers 200 for failures too).
QString quickAddStream(const QByteArray &body, QString *error);

// An item id in any of the three forms (long "tag:google.com,2005:reader/item/<hex>", bare
// 16-digit hex, decimal) as the decimal number; 0 when it is none.
qint64 itemId(const QString &text);
// Plain text as the service sends it, with ＆ ＜ ＞ (and in feed titles ？ ＼ ／ ， ；) turned
// back into ASCII.
QString plainText(QString text);

} // namespace Broadsheet::Sync::GReader
