#include "ui/application/appstartup.h"

#include <QApplication>
#include <QMainWindow>

namespace Broadsheet::Ui {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace Broadsheet::Ui
