#pragma once

#include <QObject>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Ui {

class ArticleViewer;

// Keeps the article header's Follow toggle and the library's followed threads together: a
// click follows or unfollows the shown article's conversation (Library::setFollowed), and the
// toggle follows what the library says (the reader's comment follows a thread by itself).
class FollowToggle : public QObject
{
    Q_OBJECT
public:
    FollowToggle(ArticleViewer &viewer, Store::Library &library, QObject *parent = nullptr);

private:
    void follow(qint64 articleId, bool follow);
    void refresh(); // the shown article's state, read again

    ArticleViewer &m_viewer;
    Store::Library &m_library;
};

} // namespace Broadsheet::Ui
