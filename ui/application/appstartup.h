#pragma once

namespace Broadsheet::Ui {

// Names the application (its data paths, desktop entry and version); call before the
// QApplication is constructed.
void describeApplication();

// The window icon from the icon theme, else the built-in one; call once QApplication exists.
void setApplicationIcon();

// The app: options, one window per profile, the start-up refresh, the event loop.
int runApplication(int argc, char *argv[]);

} // namespace Broadsheet::Ui
