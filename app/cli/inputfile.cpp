#include "cli/inputfile.h"

#include <QFile>

namespace Broadsheet::Cli {

std::optional<QByteArray> readInputFile(const QString &path, Context &context, const char *command)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "broadsheet-cli " << command << ": cannot read " << path << ": " << file.errorString()
                    << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace Broadsheet::Cli
