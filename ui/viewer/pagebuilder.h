#pragma once

#include "domain/article.h"
#include "html/htmlpipeline.h"
#include "store/articlequery.h"
#include "ui/viewer/showntext.h"

#include <QFont>
#include <QList>

#include <functional>
#include <memory>
#include <utility>

class QTextDocument;
class QThread;

namespace Broadsheet::Ui {

// What the viewer's page for an article is built from; copied to a worker thread.
struct PageRequest
{
    Article article;
    ShownText shown; // the header's line on which text it is
    QList<Store::ArticleRow> related;
    Html::RenderOptions options;
    qsizetype contentLength = -1; // >= 0: the first screen only (ArticlePage::compose)
    QString styleSheet;           // ArticlePage::styleSheet of the viewer's palette
    QFont font;                   // the viewer's font; the page font is chosen from it
    qreal documentMargin = 0;
    bool withAttachment = false; // a complete page ends with the viewer's PageAttachment
    QThread *thread = nullptr;   // the thread the finished document is handed to
};

// A finished document on its way to the viewer's thread: deleted there (deleteLater) unless
// the viewer takes it.
class PageDocument
{
public:
    explicit PageDocument(QTextDocument *document)
        : m_document(document)
    {}
    ~PageDocument();
    Q_DISABLE_COPY_MOVE(PageDocument)
    QTextDocument *take() { return std::exchange(m_document, nullptr); }

private:
    QTextDocument *m_document;
};

struct BuiltPage
{
    std::shared_ptr<PageDocument> document; // null when the build was abandoned
    QList<Html::ImageRef> images;
    QList<QUrl> imageLinks;
    bool complete = false;    // the whole page (false: its first screen)
    bool withRelated = false; // the related posts are in it
};

// The article pipeline off the GUI thread: ArticlePage::compose (Html::render) and
// QTextDocument::setHtml with the viewer's stylesheet and page font, on the calling (worker)
// thread; the document is then moved to request.thread. wanted() is asked before each step:
// false abandons the build (a newer page was asked for). Touches no QObject but its own.
BuiltPage buildPage(const PageRequest &request, const std::function<bool()> &wanted);

// Where a long article's first screen ends (Html::leadingBlocksEnd), -1 for an article
// shown in one go.
qsizetype firstScreenLength(const QString &contentHtml);

} // namespace Broadsheet::Ui
