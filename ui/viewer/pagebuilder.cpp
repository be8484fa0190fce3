#include "ui/viewer/pagebuilder.h"

#include "ui/viewer/articlepage.h"
#include "ui/viewer/pageattachment.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>

namespace Broadsheet::Ui {

namespace {
// A first screen of about this much source (a few screens of text at 1280×720; rendered and
// built in ~2 ms), cut at the end of a top-level block; articles shorter than
// SplitFrom are shown in one go (a 20 KB article takes ~4 ms to render and build).
constexpr qsizetype FirstScreenChars = 16'000;
constexpr qsizetype FirstScreenMaxChars = 64'000;
constexpr qsizetype SplitFrom = 48'000;
} // namespace

PageDocument::~PageDocument()
{
    if (m_document)
        m_document->deleteLater();
}

qsizetype firstScreenLength(const QString &contentHtml)
{
    if (contentHtml.size() < SplitFrom)
        return -1;
    return Html::leadingBlocksEnd(contentHtml, FirstScreenChars, FirstScreenMaxChars);
}

BuiltPage buildPage(const PageRequest &request, const std::function<bool()> &wanted)
{
    BuiltPage built;
    if (!wanted())
        return built;
    const Html::Rendered page = ArticlePage::compose(request.article, request.related, request.options,
                                                     request.contentLength, request.shown);
    if (!wanted())
        return built;
    auto *document = new QTextDocument;
    document->setUndoRedoEnabled(false);
    document->setDocumentMargin(request.documentMargin);
    document->setDefaultStyleSheet(request.styleSheet);
    // Shaping is half the layout time of a long read; a long Latin, Greek or Cyrillic page
    // lays out without it. Decided on the article's source, so that its first screen is laid
    // out as the whole page will be (a first screen also checks the source it leaves out).
    const QString &source = request.article.contentHtml;
    const bool plain = source.size() >= ArticlePage::PlainLayoutFrom &&
                       !ArticlePage::needsShaping(page.html) &&
                       (request.contentLength < 0 || !ArticlePage::needsShaping(source));
    document->setDefaultFont(ArticlePage::documentFont(request.font, plain));
    document->setHtml(page.html);
    // Running text is set at 1.5 lines (ArticlePage::styleSheet); a line holding a picture
    // would be 1.5 pictures high: such lines keep their natural height.
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.lineHeightType() != QTextBlockFormat::ProportionalHeight ||
            !block.text().contains(QChar::ObjectReplacementCharacter))
            continue;
        format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    if (request.withAttachment && request.contentLength < 0)
        PageAttachment::appendTo(document); // here: added to a long page once laid out, it relays it out
    document->moveToThread(request.thread);
    built.document = std::make_shared<PageDocument>(document);
    built.images = page.images;
    built.imageLinks = page.imageLinks;
    built.complete = request.contentLength < 0;
    built.withRelated = built.complete && !request.related.isEmpty();
    return built;
}

} // namespace Broadsheet::Ui
