#include "ui/comments/commentsview.h"

#include "domain/comment.h"
#include "html/htmlpipeline.h"
#include "models/commentthreadmodel.h"
#include "text/readerdate.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QTextBlock>
#include <QWheelEvent>

#include <cmath>
#include <memory>
#include <QLocale>
#include <QUrlQuery>

namespace Broadsheet::Ui {

namespace {

QString stateNote(Comment::State state, const QString &error)
{
    switch (state) {
    case Comment::State::Published:
        return {};
    case Comment::State::Held:
        return CommentsView::tr("Awaiting moderation");
    case Comment::State::Draft:
        return CommentsView::tr("Draft, not sent");
    case Comment::State::Queued:
        return error.isEmpty() ? CommentsView::tr("Waiting to be sent")
                               : CommentsView::tr("Not sent yet, will be sent again: %1").arg(error);
    case Comment::State::Sending:
        return CommentsView::tr("Sending…");
    case Comment::State::Failed:
        return error.isEmpty() ? CommentsView::tr("Not sent") : CommentsView::tr("Not sent: %1").arg(error);
    }
    return {};
}

} // namespace

CommentsView::CommentsView(Models::CommentThreadModel &model, QWidget *parent)
    : QTextBrowser(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("commentsView"));
    setAccessibleName(tr("Comments"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    document()->setDocumentMargin(0);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &CommentsView::rebuild);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &CommentsView::rebuild);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("broadsheet-outbox")) {
            const qint64 id = QUrlQuery(url).queryItemValue(QStringLiteral("id")).toLongLong();
            if (url.path() == QLatin1String("retry"))
                Q_EMIT retryRequested(id);
            else if (url.path() == QLatin1String("edit"))
                Q_EMIT editRequested(id);
            else if (url.path() == QLatin1String("discard"))
                Q_EMIT discardRequested(id);
            return;
        }
        if (url.scheme() == QLatin1String("broadsheet-reply")) {
            const QUrlQuery query(url);
            Q_EMIT replyRequested(query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded),
                                  query.queryItemValue(QStringLiteral("author"), QUrl::FullyDecoded));
            return;
        }
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void CommentsView::setRows(int first, int count)
{
    if (first == m_first && count == m_count)
        return;
    m_first = first;
    m_count = count;
    rebuild();
}

void CommentsView::setRepliesEnabled(bool enabled)
{
    if (enabled == m_replies)
        return;
    m_replies = enabled;
    rebuild();
}

void CommentsView::setHighlighted(const QString &remoteId)
{
    if (remoteId == m_highlighted)
        return;
    m_highlighted = remoteId;
    rebuild();
}

int CommentsView::highlightedTop() const
{
    for (int row = m_first; !m_highlighted.isEmpty() && row < m_first + shownRows(); ++row) {
        if (m_model.index(row).data(Models::CommentThreadModel::RemoteIdRole).toString() == m_highlighted)
            return rowTop(row);
    }
    return -1;
}

int CommentsView::shownRows() const
{
    const int available = std::max(0, m_model.rowCount() - m_first);
    return m_count < 0 ? available : std::min(m_count, available);
}

int CommentsView::rowTop(int row) const
{
    if (row < m_first || row >= m_first + shownRows())
        return -1;
    // Each comment's first line carries its anchor name, "c" and its row.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(QStringLiteral("c%1").arg(row)))
                return int(document()->documentLayout()->blockBoundingRect(block).top());
        }
    }
    return -1;
}

int CommentsView::heightForWidth(int width) const
{
    if (shownRows() == 0)
        return 0;
    // The text at that width; the document is laid out at the view's width anyway.
    QTextDocument *doc = document();
    if (int(doc->textWidth()) == width)
        return int(std::ceil(doc->size().height()));
    // Another width (a layout asking ahead): laid out on a copy once per width, font and text.
    if (width != m_probedWidth || doc->defaultFont() != m_probedFont) {
        std::unique_ptr<QTextDocument> probe(doc->clone());
        probe->setTextWidth(width);
        m_probedWidth = width;
        m_probedFont = doc->defaultFont();
        m_probedHeight = int(std::ceil(probe->size().height()));
    }
    return m_probedHeight;
}

QSize CommentsView::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), heightForWidth(std::max(1, width()))};
}

void CommentsView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateGeometry(); // the height follows the width
}

void CommentsView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // no scroll of its own: the page scrolls
}

void CommentsView::rebuild()
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    QColor muted = QColor::fromRgbF(float(text.redF() * 0.6 + base.redF() * 0.4),
                                    float(text.greenF() * 0.6 + base.greenF() * 0.4),
                                    float(text.blueF() * 0.6 + base.blueF() * 0.4));
    document()->setDefaultStyleSheet(
        QStringLiteral(".meta { color: %1; font-size: small; } .note { color: %1; font-style: italic; } "
                       "a { color: %2; text-decoration: none; } p { margin-top: 2px; margin-bottom: 4px; }")
            .arg(muted.name(), palette().color(QPalette::Link).name()));

    // The comment opened from "My comments": on a tint of the selection colour.
    const QColor mark = palette().color(QPalette::Highlight);
    const QString highlight = QStringLiteral(" background-color: %1;")
                                  .arg(QColor::fromRgbF(float(mark.redF() * 0.25 + base.redF() * 0.75),
                                                        float(mark.greenF() * 0.25 + base.greenF() * 0.75),
                                                        float(mark.blueF() * 0.25 + base.blueF() * 0.75))
                                           .name());
    const QLocale locale;
    QString html;
    Html::RenderOptions options;
    options.loadImages = false;
    const int end = m_first + shownRows();
    for (int row = m_first; row < end; ++row) {
        const QModelIndex index = m_model.index(row);
        const int depth = std::min(index.data(Models::CommentThreadModel::DepthRole).toInt(), 6);
        const QString author = index.data(Models::CommentThreadModel::AuthorRole).toString();
        const QString remoteId = index.data(Models::CommentThreadModel::RemoteIdRole).toString();
        const auto state = Comment::State(index.data(Models::CommentThreadModel::StateRole).toInt());
        const QDateTime date = index.data(Models::CommentThreadModel::DateRole).toDateTime();
        const QUrl authorUrl = index.data(Models::CommentThreadModel::AuthorUrlRole).toUrl();

        QString name = author.toHtmlEscaped();
        if (authorUrl.scheme() == QLatin1String("http") || authorUrl.scheme() == QLatin1String("https"))
            name = QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(authorUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), name);
        // Blocks, not tables: a table's frame would put Qt's internal markers into the text a
        // screen reader reads.
        html += QStringLiteral("<div style=\"margin-left: %1px; margin-top: 14px;%2\">")
                    .arg(depth * 28)
                    .arg(!m_highlighted.isEmpty() && remoteId == m_highlighted ? highlight : QString());
        html += QStringLiteral("<p class=\"meta\"><a name=\"c") + QString::number(row) +
                QStringLiteral("\"></a><b>%1</b> · %2")
                    .arg(name, Text::readerDate(date, QDateTime::currentDateTime(), locale).toHtmlEscaped());
        const QString note =
            stateNote(state, index.data(Models::CommentThreadModel::LastErrorRole).toString());
        if (!note.isEmpty())
            html += QStringLiteral(" · <span class=\"note\">%1</span>").arg(note.toHtmlEscaped());
        html += QStringLiteral("</p>");
        html +=
            Html::render(index.data(Models::CommentThreadModel::ContentHtmlRole).toString(), options).html;
        if (m_replies && !remoteId.isEmpty() && (state == Comment::State::Published)) {
            QUrl reply(QStringLiteral("broadsheet-reply:comment"));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("id"), QString::fromLatin1(QUrl::toPercentEncoding(remoteId)));
            query.addQueryItem(QStringLiteral("author"),
                               QString::fromLatin1(QUrl::toPercentEncoding(author)));
            reply.setQuery(query);
            html += QStringLiteral("<p class=\"meta\"><a href=\"%1\">%2</a></p>")
                        .arg(reply.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("Reply").toHtmlEscaped());
        }
        if (state == Comment::State::Failed || state == Comment::State::Queued) {
            // The user's own comment that has not reached the site: what they can do about it.
            const qint64 localId = index.data(Models::CommentThreadModel::IdRole).toLongLong();
            auto action = [localId](const char *verb, const QString &label) {
                return QStringLiteral("<a href=\"broadsheet-outbox:%1?id=%2\">%3</a>")
                    .arg(QLatin1String(verb))
                    .arg(localId)
                    .arg(label.toHtmlEscaped());
            };
            html += QStringLiteral("<p class=\"meta\">%1 · %2 · %3</p>")
                        .arg(action("retry", state == Comment::State::Failed ? tr("Retry") : tr("Send now")),
                             action("edit", tr("Edit")), action("discard", tr("Discard")));
        }
        html += QStringLiteral("</div>");
    }
    setHtml(html);
    m_probedWidth = -1; // the text changed
    updateGeometry();
}

} // namespace Broadsheet::Ui
