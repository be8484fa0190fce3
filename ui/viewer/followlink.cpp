#include "ui/viewer/followlink.h"

#include "domain/article.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Broadsheet::Ui {

namespace {

const QLatin1String kScheme("broadsheet-follow");

QString text(bool followed)
{
    // A toggle: what it is now, ticked when on.
    return followed ? QCoreApplication::translate("Broadsheet::Ui::FollowLink", "Following ✓")
                    : QCoreApplication::translate("Broadsheet::Ui::FollowLink", "Follow");
}

// Clicking asks for the other state.
QString href(bool followed)
{
    return kScheme + (followed ? QLatin1String(":off") : QLatin1String(":on"));
}

} // namespace

QString FollowLink::html(const Article &article)
{
    // A thread the reader can follow: open for comments, or with comments to read.
    if (!article.commentsOpen && article.commentCount <= 0)
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(href(article.followed), text(article.followed).toHtmlEscaped());
}

int FollowLink::requested(const QUrl &url)
{
    if (url.scheme() != kScheme)
        return -1;
    return url.path() == QLatin1String("on") ? 1 : 0;
}

bool FollowLink::update(QTextDocument *document, bool followed)
{
    // The link is in the header: the first few blocks.
    QTextBlock block = document->begin();
    for (int n = 0; n < 6 && block.isValid(); ++n, block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.anchorHref().startsWith(kScheme + QLatin1Char(':')))
                continue;
            if (format.anchorHref() == href(followed))
                return true;
            format.setAnchorHref(href(followed));
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.insertText(text(followed), format);
            return true;
        }
    }
    return false;
}

} // namespace Broadsheet::Ui
