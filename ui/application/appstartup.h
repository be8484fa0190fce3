#pragma once

class QString;

namespace Broadsheet::Sites {
class Refresher;
}

namespace Broadsheet::Ui {

class MainWindow;

// Names the application (its data paths, desktop entry and version); call before the
// QApplication is constructed.
void describeApplication();

// The window icon from the icon theme, else the built-in one; call once QApplication exists.
void setApplicationIcon();

// --select-article TEXT: opens the first article whose title contains text, now if the list has
// it, else once the start-up refresh (refreshing) has brought it in; when none does, says so on
// stderr and in the status bar.
void selectArticleOnStart(MainWindow &window, Sites::Refresher &refresher, const QString &text,
                          bool refreshing);

// The app: options, one window per profile, the start-up refresh, the event loop.
int runApplication(int argc, char *argv[]);

} // namespace Broadsheet::Ui
