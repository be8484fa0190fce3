#pragma once

#include <QString>

namespace Broadsheet::Ui {

class MainWindow;

// What broadsheet-shot does to the real main window before it takes its picture.

// The Fusion style with a fixed light or dark palette, the same on any desktop.
void applyPalette(const QString &name);

// Selects the first article whose title contains text (loading more pages of the list as
// needed); false when there is none.
bool selectByTitle(MainWindow &window, const QString &text);

// Gives the viewer most of a 1360×1000 window and scrolls it so that text is at its bottom,
// with what precedes it (a photo above its caption) in view; false when text is not there.
bool scrollToText(MainWindow &window, const QString &text);

} // namespace Broadsheet::Ui
