#include "ui/viewer/fullarticleswitch.h"

#include "extract/explanation.h"
#include "extract/fullarticlequeue.h"
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
    const auto redisplay = [this](qint64 articleId) {
        if (!m_article || m_article->id != articleId || m_viewer.articleId() != articleId)
            return;
        // A full article read in the background does not pull the page from under a reader
        // who is already reading the feed's text (scrolled down) without having asked: the
        // header says it is there ("Feed text · Show full article") and L shows it.
        if (!m_choice.contains(articleId) && m_viewer.verticalScrollBar()->value() > 0 &&
            m_viewer.shownText().kind != Article::ShownText::Kind::FullArticle) {
            const auto stored = m_session.library().fullArticles().fullArticle(articleId);
            Article::ShownText shown;
            if (stored && stored->outcome == Store::FullArticle::Outcome::Article)
                shown.kind = Article::ShownText::Kind::FeedText;
            else if (stored)
                shown = {Article::ShownText::Kind::Unavailable,
                         Extract::Explanation::text(stored->explanation)};
            else if (m_session.fullArticles().isFetching(articleId))
                shown.kind = Article::ShownText::Kind::Loading;
            updateActions(shown.kind);
            m_viewer.setShownText(shown);
            return;
        }
        display();
    };
    connect(&queue, &Extract::FullArticleQueue::fetchStarted, this, redisplay);
    connect(&m_session.library(), &Store::Library::fullArticleChanged, this, redisplay);
    connect(&queue, &Extract::FullArticleQueue::fetchFinished, this,
            [redisplay](qint64 articleId, bool stored) {
                if (!stored) // nothing new was kept: only the "Loading" line goes
                    redisplay(articleId);
            });
}

void FullArticleSwitch::show(const Article &article, ArticleViewer::RelatedLoader loadRelated)
{
    m_article = article;
    m_loadRelated = std::move(loadRelated);
    display();
    Store::Library &library = m_session.library();
    if (library.fullArticles().fullArticle(article.id))
        return;
    if (const auto site = library.sites().site(article.siteId))
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

void FullArticleSwitch::display()
{
    if (!m_article)
        return;
    using Kind = Article::ShownText::Kind;
    const qint64 id = m_article->id;
    Store::Library &library = m_session.library();
    const std::optional<Store::FullArticle> stored = library.fullArticles().fullArticle(id);
    const auto site = library.sites().site(m_article->siteId);
    const FullArticleMode mode = site ? site->fullArticleMode : FullArticleMode::Automatic;
    const bool kept = stored && stored->outcome == Store::FullArticle::Outcome::Article;
    const bool wanted = m_choice.contains(id) ? m_choice.value(id) : mode != FullArticleMode::FeedText;

    Article shown = *m_article;
    if (wanted && kept) {
        shown = withFullArticle(*m_article, *stored);
        shown.shownText.kind = Kind::FullArticle;
    } else if (wanted && m_session.fullArticles().isFetching(id)) {
        shown.shownText.kind = Kind::Loading;
    } else if (wanted && stored && !kept) {
        shown.shownText = {Kind::Unavailable, Extract::Explanation::text(stored->explanation)};
    } else if (kept) {
        shown.shownText.kind = Kind::FeedText;
    }
    updateActions(shown.shownText.kind);
    m_viewer.showArticle(shown, m_loadRelated);
}

void FullArticleSwitch::loadFullArticle()
{
    if (!m_article)
        return;
    m_choice.insert(m_article->id, true);
    const auto stored = m_session.library().fullArticles().fullArticle(m_article->id);
    if (!stored || stored->outcome != Store::FullArticle::Outcome::Article)
        m_session.fullArticles().fetchNow(m_article->id, m_article->link);
    display();
}

void FullArticleSwitch::showFeedText()
{
    if (!m_article)
        return;
    m_choice.insert(m_article->id, false);
    display();
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

void FullArticleSwitch::updateActions(Article::ShownText::Kind shown)
{
    using Kind = Article::ShownText::Kind;
    const QString scheme = m_article ? m_article->link.scheme() : QString();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    m_load->setEnabled(web && shown != Kind::FullArticle && shown != Kind::Loading);
    m_feed->setEnabled(shown == Kind::FullArticle);
}

} // namespace Broadsheet::Ui
