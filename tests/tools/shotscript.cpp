#include "shotscript.h"

#include "models/articlelistmodel.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/articleviewer.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTextBlock>
#include <QUrlQuery>

namespace Broadsheet::Ui {

void applyPalette(const QString &name)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (name == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    }
    QApplication::setPalette(palette);
}

bool selectByTitle(MainWindow &window, const QString &text)
{
    ArticleListPane *list = window.articleList();
    Models::ArticleListModel *model = window.articleModel();
    for (int row = 0;; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore({}))
                return false;
            model->fetchMore({});
            if (row >= model->rowCount())
                return false;
        }
        if (model->index(row)
                .data(Models::ArticleListModel::TitleRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return list->selectRow(row);
    }
}

bool scrollToText(MainWindow &window, const QString &text)
{
    ArticleViewer *viewer = window.viewer();
    QCoreApplication::processEvents();
    viewer->moveCursor(QTextCursor::Start);
    if (!viewer->find(text))
        return false;
    QTextCursor cursor = viewer->textCursor();
    cursor.clearSelection();
    viewer->setTextCursor(cursor);
    return true;
}

void showComments(MainWindow &window)
{
    QCoreApplication::processEvents();
    window.viewer()->scrollToAttachment();
}

bool replyTo(MainWindow &window, const QString &author)
{
    QCoreApplication::processEvents();
    for (CommentsView *view : {window.comments()->view(), window.comments()->viewAfter()}) {
        for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QUrl href(it.fragment().charFormat().anchorHref());
                if (href.scheme() == QLatin1String("broadsheet-reply") &&
                    QUrlQuery(href).queryItemValue(QStringLiteral("author"), QUrl::FullyDecoded) == author) {
                    Q_EMIT view->anchorClicked(href);
                    QCoreApplication::processEvents();
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace Broadsheet::Ui
