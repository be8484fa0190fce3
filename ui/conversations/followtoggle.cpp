#include "ui/conversations/followtoggle.h"

#include "concurrency/async.h"
#include "store/library.h"
#include "ui/viewer/articleviewer.h"

#include <QDateTime>

namespace Broadsheet::Ui {

FollowToggle::FollowToggle(ArticleViewer &viewer, Store::Library &library, QObject *parent)
    : QObject(parent)
    , m_viewer(viewer)
    , m_library(library)
{
    connect(&m_viewer, &ArticleViewer::followRequested, this, &FollowToggle::follow);
    connect(&m_library, &Store::Library::conversationsChanged, this, &FollowToggle::refresh);
}

void FollowToggle::follow(qint64 articleId, bool follow)
{
    if (!articleId)
        return;
    Async::then(m_library.setFollowed(articleId, follow, QDateTime::currentSecsSinceEpoch()), this,
                [this, articleId, follow](bool done) {
                    if (done && m_viewer.articleId() == articleId)
                        m_viewer.setFollowed(follow);
                });
}

void FollowToggle::refresh()
{
    if (const qint64 id = m_viewer.articleId())
        m_viewer.setFollowed(m_library.conversations().isFollowed(id));
}

} // namespace Broadsheet::Ui
