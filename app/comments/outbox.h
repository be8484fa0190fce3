#pragma once

#include "comments/submission.h"

#include <QObject>

namespace Broadsheet::Store {
class Library;
class Writer;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

// Comments the user wrote, on their way to the site. A comment is written to the library
// before anything else happens to it, and shown in the thread at once.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Store::Library &library, Store::Writer &writer, QObject *parent = nullptr);

    struct Receipt
    {
        qint64 localId = 0;
        bool stored = false;
        QString message; // human: what happened to the comment
    };

    // Stores the comment (validated by the caller) and starts delivering it.
    void submit(const Submission &submission);

Q_SIGNALS:
    void submitted(qint64 articleId, const Broadsheet::Comments::Outbox::Receipt &receipt);

private:
    Store::Library &m_library;
    Store::Writer &m_writer;
};

} // namespace Broadsheet::Comments
