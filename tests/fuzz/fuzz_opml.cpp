// libFuzzer target for the OPML reader, and the writer on whatever it read.

#include "feeds/opml.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Broadsheet::Feeds::OpmlResult result = Broadsheet::Feeds::parseOpml(bytes);
    if (!result.outlines.isEmpty()) {
        // What we write we must be able to read back.
        const QByteArray written = Broadsheet::Feeds::writeOpml(result.outlines);
        const Broadsheet::Feeds::OpmlResult again = Broadsheet::Feeds::parseOpml(written);
        if (!again.ok) {
            std::fprintf(stderr, "fuzz_opml: written OPML does not parse: %s\n",
                         again.error.toUtf8().constData());
            std::abort();
        }
    }
    return 0;
}
