// libFuzzer target for the article extractor: extractArticle() must never crash, leak or
// hang on any page, must be deterministic, and its body must stay inside the sanitizer's
// allow-list (it is Html::sanitize's output).

#include "extract/extractor.h"
#include "outputcheck.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Broadsheet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512 * 1024)
        return 0;
    const QString html =
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QUrl url(QStringLiteral("https://fuzz.example/2024/05/story/"));
    const Extract::Article first = Extract::extractArticle(html, url);
    Fuzz::checkOutput(first.contentHtml, Fuzz::sanitizedTags(), false); // Html::sanitize's output
    const Extract::Article second = Extract::extractArticle(html, url);
    if (second.contentHtml != first.contentHtml || second.title != first.title ||
        second.byline != first.byline) {
        std::fprintf(stderr, "fuzz_extract: two runs differ\n");
        std::abort();
    }
    return 0;
}
