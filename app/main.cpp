// Broadsheet: the composition root. It builds the core services, hands them to the UI and
// runs the event loop; everything else lives in broadsheet-core and broadsheet-ui.

#include "ui/application/appstartup.h"

int main(int argc, char *argv[])
{
    return Broadsheet::Ui::runApplication(argc, argv);
}
