#pragma once

#include <QString>
#include <QUrl>

class QTextDocument;

namespace Broadsheet {
struct Article;
}

namespace Broadsheet::Ui {

// The article header's "Follow" toggle (docs/conversations.md): a link in the header's meta
// line that says whether the conversation is followed and switches it. On by default in a
// thread the reader commented in; unfollowed, its checks stop.
struct FollowLink
{
    // The link for the header, empty for an article without a thread to follow.
    static QString html(const Article &article);
    // The state a click on url asks for: 1 follow, 0 unfollow, -1 not a follow link.
    static int requested(const QUrl &url);
    // Says followed in the header of a built page, in place; false when the page has no link.
    static bool update(QTextDocument *document, bool followed);
};

} // namespace Broadsheet::Ui
