#include "ui/viewer/fullarticleswitch.h"

#include "extract/explanation.h"
#include "extract/fullarticlequeue.h"
#include "net/weburl.h"
#include "session/session.h"
#include "store/library.h"
#include "ui/mainwindow/icons.h"
#include "ui/viewer/fullarticleheader.h"

#include <QAction>
#include <QScrollBar>
#include <QWidget>

namespace Broadsheet::Ui {

FullArticleSwitch::FullArticleSwitch(Session &session, ArticleViewer &viewer, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_viewer(viewer)
{
    m_load = new QAction(Icons::get(QStringLiteral("document-open-remote")), tr("&Load Full Article"), this);
    m_load->setObjectName(QStringLiteral("loadFullArticleAction"));
    m_load->setShortcut(QKeySequence(Qt::Key_L));
    m_load->setToolTip(tr("Read the whole article from its web page, in place of the feed's text"));
    m_feed = new QAction(tr("Show &Feed Text"), this);
    m_feed->setObjectName(QStringLiteral("showFeedTextAction"));
    m_feed->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_L));
    for (QAction *action : {m_load, m_feed}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        window->addAction(action);
    }
    connect(m_load, &QAction::triggered, this, &FullArticleSwitch::loadFullArticle);
    connect(m_feed, &QAction::triggered, this, &FullArticleSwitch::showFeedText);
    connect(&m_viewer, &ArticleViewer::textLinkActivated, this, &FullArticleSwitch::handleTextLink);
    Extract::FullArticleQueue &queue = m_session.fullArticles();
    const auto changed = [this](qint64 articleId) {
        if (m_article && m_article->id == articleId && m_viewer.articleId() == articleId)
            update(Update::Changed);
    };
    connect(&queue, &Extract::FullArticleQueue::fetchStarted, this, changed);
    connect(&m_session.library(), &Store::Library::fullArticleChanged, this, changed);
    connect(&queue, &Extract::FullArticleQueue::fetchFinished, this,
            [changed](qint64 articleId, bool stored) {
                if (!stored) // nothing new was kept: only the "Loading" line goes
                    changed(articleId);
            });
}

FullArticleSwitch::Shown
FullArticleSwitch::choose(bool wanted, const std::optional<Store::FullArticle> &stored, bool fetching)
{
    using Kind = ShownText::Kind;
    const bool kept = stored && stored->outcome == Store::FullArticle::Outcome::Article;
    if (wanted && kept)
        return {{Kind::FullArticle, {}}, true};
    if (wanted && fetching)
        return {{Kind::Loading, {}}, false};
    if (wanted && stored)
        return {{Kind::Unavailable, Extract::Explanation::text(stored->explanation)}, false};
    if (kept)
        return {{Kind::FeedText, {}}, false};
    return {};
}

void FullArticleSwitch::show(const Article &article, ArticleViewer::RelatedLoader loadRelated)
{
    m_article = article;
    m_loadRelated = std::move(loadRelated);
    const auto site = m_session.library().sites().site(article.siteId);
    m_mode = site ? site->fullArticleMode : FullArticleMode::Automatic;
    update(Update::Opened);
    if (m_session.library().fullArticles().fullArticle(article.id))
        return;
    if (site)
        m_session.fullArticles().articleOpened(article, *site); // read now if the site's mode wants it
}

Article FullArticleSwitch::withFullArticle(const Article &article, const Store::FullArticle &full)
{
    Article shown = article;
    shown.contentHtml = full.contentHtml;
    if (!full.imageUrl.isEmpty())
        shown.featuredImage = Image{full.imageUrl, QString(), full.imageCaption, full.imageCredit};
    if (shown.author.isEmpty())
        shown.author = full.byline;
    return shown;
}

void FullArticleSwitch::update(Update why)
{
    if (!m_article)
        return;
    const qint64 id = m_article->id;
    const std::optional<Store::FullArticle> stored = m_session.library().fullArticles().fullArticle(id);
    const bool chosen = m_choice.contains(id);
    const bool wanted = chosen ? m_choice.value(id) : m_mode != FullArticleMode::FeedText;
    Shown shown = choose(wanted, stored, m_session.fullArticles().isFetching(id));
    // What changed is only the header's line (Loading, why the page is no article, the other text
    // kept): the page stays where the reader is.
    if (why != Update::Opened && shown.full == m_showsFull) {
        updateActions(shown.text.kind);
        m_viewer.setShownText(shown.text);
        return;
    }
    // A full article read in the background does not pull the page from under a reader who is
    // already reading the feed's text (scrolled down) without having asked: the header says it
    // is there ("Feed text · Show full article") and L shows it.
    if (why == Update::Changed && shown.full && !chosen && m_viewer.verticalScrollBar()->value() > 0) {
        shown = choose(false, stored, false);
        updateActions(shown.text.kind);
        m_viewer.setShownText(shown.text);
        return;
    }
    m_showsFull = shown.full;
    updateActions(shown.text.kind);
    m_viewer.showArticle(shown.full ? withFullArticle(*m_article, *stored) : *m_article, m_loadRelated,
                         shown.text);
}

void FullArticleSwitch::loadFullArticle()
{
    if (!m_article)
        return;
    m_choice.insert(m_article->id, true);
    const auto stored = m_session.library().fullArticles().fullArticle(m_article->id);
    if (!stored || stored->outcome != Store::FullArticle::Outcome::Article)
        m_session.fullArticles().fetchNow(m_article->id, m_article->link); // says when it starts
    update(Update::Chosen);
}

void FullArticleSwitch::showFeedText()
{
    if (!m_article)
        return;
    m_choice.insert(m_article->id, false);
    update(Update::Chosen);
}

void FullArticleSwitch::handleTextLink(const QUrl &url)
{
    switch (FullArticleHeader::requestFromUrl(url)) {
    case FullArticleHeader::Request::ShowFeedText:
        showFeedText();
        break;
    case FullArticleHeader::Request::ShowFullArticle:
        loadFullArticle();
        break;
    case FullArticleHeader::Request::None:
        break;
    }
}

void FullArticleSwitch::updateActions(ShownText::Kind shown)
{
    using Kind = ShownText::Kind;
    m_load->setEnabled(m_article && Net::isWebUrl(m_article->link) && shown != Kind::FullArticle &&
                       shown != Kind::Loading);
    m_feed->setEnabled(shown == Kind::FullArticle);
}

} // namespace Broadsheet::Ui
