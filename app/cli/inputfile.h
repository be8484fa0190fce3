#pragma once

#include "cli/command.h"

#include <QByteArray>

#include <optional>

namespace Broadsheet::Cli {

// The bytes of a command's input file, or nullopt after saying on stderr why it cannot be read
// ("broadsheet-cli COMMAND: cannot read FILE: reason").
std::optional<QByteArray> readInputFile(const QString &path, Context &context, const char *command);

} // namespace Broadsheet::Cli
