#pragma once

#include <QPixmap>
#include <QString>

namespace Broadsheet::Ui {

class MainWindow;

// What broadsheet-shot does to the real main window before it takes its picture.

// The Fusion style with a fixed light or dark palette, the same on any desktop.
void applyPalette(const QString &name);

// Selects the first article whose title contains text (loading more pages of the list as
// needed); false when there is none.
bool selectByTitle(MainWindow &window, const QString &text);

// Scrolls the page so that text is at its bottom, with what precedes it (a photo above its
// caption) in view; false when text is not there.
bool scrollToText(MainWindow &window, const QString &text);

// Scrolls the reading page to the article's comments ("Go to Comments").
void showComments(MainWindow &window);

// Chooses "Reply" under the first comment by author, as a click on it would; false when there
// is none.
bool replyTo(MainWindow &window, const QString &author);

// Shows something over the window: "shortcuts" (the dialog), "context-menu" (on the current
// article), "find=TEXT" (the find bar searching TEXT) or "filter=starred"; false for anything else.
bool openExtra(MainWindow &window, const QString &what);

// The whole screen, with dialogs and menus over the window.
QPixmap grabScreen();

} // namespace Broadsheet::Ui
