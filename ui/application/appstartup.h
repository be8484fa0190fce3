#pragma once

namespace Broadsheet::Ui {

int runApplication(int argc, char *argv[]);

} // namespace Broadsheet::Ui
