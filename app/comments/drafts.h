#pragma once

#include "store/commentstore.h"

#include <optional>
#include <QHash>
#include <QObject>

namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

// What the user is typing under each article, kept in the library while they type so that a
// crash or a restart loses nothing. Writes go through the library's writer thread.
class Drafts : public QObject
{
    Q_OBJECT
public:
    Drafts(Store::Library &library, QObject *parent = nullptr);

    void save(const Store::Draft &draft); // an empty body clears the draft
    std::optional<Store::Draft> draft(qint64 articleId) const;
    void clear(qint64 articleId);

private:
    Store::Library &m_library;
    QHash<qint64, Store::Draft> m_recent; // saved this session; may not have reached the disk yet
};

} // namespace Broadsheet::Comments
