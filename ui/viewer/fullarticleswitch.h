#pragma once

#include "domain/article.h"
#include "store/fullarticlestore.h"
#include "ui/viewer/articleviewer.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

// Which text of an article the reading page shows: the feed's, or the full article read from
// its web page (docs/full-articles.md). It shows each article as its site's mode and the
// reader's choice say, asks the session's queue for a full article not read yet when the
// article is opened ("Automatic" on an excerpt, "Full article") or asked for, and shows it
// once the library has it. Owns "Load Full Article" (L) and "Show Feed Text" (Shift+L).
class FullArticleSwitch : public QObject
{
    Q_OBJECT
public:
    // The actions are added to window, so their shortcuts work wherever the focus is.
    FullArticleSwitch(Session &session, ArticleViewer &viewer, QWidget *window);

    QAction *loadAction() const { return m_load; }
    QAction *feedAction() const { return m_feed; }

    // Shows the article (as the library has it) in the viewer.
    void show(const Article &article, ArticleViewer::RelatedLoader loadRelated);

    // The feed's article with the full article's text, lead image and byline.
    static Article withFullArticle(const Article &article, const Store::FullArticle &full);

private:
    // What the page shows: the text (and the header's line about the other one), and whether
    // that text is the full article's.
    struct Shown
    {
        ShownText text;
        bool full = false;
    };
    static Shown choose(bool wanted, const std::optional<Store::FullArticle> &stored, bool fetching);

    enum class Update
    {
        Opened,  // a new article: its page is built
        Chosen,  // the reader asked for the other text
        Changed, // the library or the queue changed for the article shown
    };
    void update(Update why);
    void loadFullArticle();
    void showFeedText();
    void handleTextLink(const QUrl &url);
    void updateActions(ShownText::Kind shown);

    Session &m_session;
    ArticleViewer &m_viewer;
    std::optional<Article> m_article; // the article shown, with its feed's text
    ArticleViewer::RelatedLoader m_loadRelated;
    FullArticleMode m_mode = FullArticleMode::Automatic; // the article's site's
    bool m_showsFull = false;                            // the page shown has the full article's text
    QHash<qint64, bool> m_choice; // the reader's choice per article (true: the full article)
    QAction *m_load = nullptr;
    QAction *m_feed = nullptr;
};

} // namespace Broadsheet::Ui
