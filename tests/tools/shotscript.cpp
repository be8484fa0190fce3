#include "shotscript.h"

#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/articleviewer.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
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
    return window.articleList()->selectByTitle(text);
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

namespace {
// The page settles: the reply form's new height reaches the page layout a few turns later.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

void showComments(MainWindow &window)
{
    settle();
    window.viewer()->scrollToAttachment();
    settle();
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
                    settle();
                    return true;
                }
            }
        }
    }
    return false;
}

bool openExtra(MainWindow &window, const QString &what)
{
    if (what == QLatin1String("shortcuts")) {
        auto *dialog = new ShortcutsDialog(&window, &window);
        dialog->show();
        dialog->move(window.geometry().center() - dialog->rect().center());
        return true;
    }
    if (what == QLatin1String("library"))
        return true; // broadsheet-shot shows the library's notices itself
    if (what == QLatin1String("filter=starred")) {
        window.articleList()->setFilter(Store::ArticleQuery::Filter::Starred);
        return true;
    }
    if (what.startsWith(QLatin1String("find="))) {
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Find))) {
                action->trigger();
                if (auto *text = window.findChild<QLineEdit *>(QStringLiteral("findText")))
                    text->setText(what.mid(5));
                return true;
            }
        }
        return false;
    }
    if (what.startsWith(QLatin1String("add-account="))) {
        // add-account=SERVER|USER|PASSWORD: the dialog filled in, its connection tested.
        auto *action = window.findChild<QAction *>(QStringLiteral("addAccountAction"));
        if (!action)
            return false;
        action->trigger();
        const QStringList fields = what.mid(12).split(QLatin1Char('|'));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("addAccountDialog"));
        if (!dialog || fields.size() != 3)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("addAccountServer"))->setText(fields.at(0));
        dialog->findChild<QLineEdit *>(QStringLiteral("addAccountUser"))->setText(fields.at(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("addAccountPassword"))->setText(fields.at(2));
        dialog->findChild<QPushButton *>(QStringLiteral("addAccountTest"))->click();
        return true;
    }
    if (what == QLatin1String("context-menu")) {
        QListView *view = window.articleList()->view();
        const QPoint at = view->visualRect(view->currentIndex()).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event); // a menu loop: the picture is taken in it
        return true;
    }
    return false;
}

QPixmap grabScreen()
{
    return QGuiApplication::primaryScreen()->grabWindow(0);
}

} // namespace Broadsheet::Ui
