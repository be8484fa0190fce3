// libFuzzer target for the article extractor: extractArticle() must never crash, leak or
// hang on any page, must be deterministic, and its body must stay inside the sanitizer's
// allow-list (it is Html::sanitize's output).

#include "extract/extractor.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Broadsheet;

namespace {

// Where the tag opened at `open` ends: the first ">" outside a quoted attribute value.
qsizetype tagEnd(const QString &html, qsizetype open)
{
    QChar quote;
    for (qsizetype i = open + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return i;
        }
    }
    return -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512 * 1024)
        return 0;
    const QString html =
        QString::fromUtf8(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    const QUrl url(QStringLiteral("https://fuzz.example/2024/05/story/"));
    const Extract::Article first = Extract::extractArticle(html, url);
    // Only markup can be dangerous; text may well say " onerror=". Every "<" in the body starts
    // a tag (text has it escaped), and quoted attribute values are data, so the check looks at
    // what is left of each tag once its values are taken out.
    const QString &body = first.contentHtml;
    static const QRegularExpression values(QStringLiteral(R"("[^"]*"|'[^']*')"));
    static const QRegularExpression forbiddenTag(
        QStringLiteral(R"(^</?(script|style|iframe|object|embed)\b)"));
    static const QRegularExpression handler(QStringLiteral(R"(\son[a-z]+\s*=)"));
    static const QRegularExpression scriptUrl(
        QStringLiteral(R"(\s(href|src|action)\s*=\s*["']?\s*javascript:)"));
    for (qsizetype open = body.indexOf(QLatin1Char('<')); open >= 0;
         open = body.indexOf(QLatin1Char('<'), open + 1)) {
        const qsizetype close = tagEnd(body, open);
        const QString tag = body.mid(open, close < 0 ? -1 : close - open + 1).toLower();
        QString names = tag;
        names.replace(values, QStringLiteral("\"\""));
        if (forbiddenTag.match(tag).hasMatch() || handler.match(names).hasMatch() ||
            scriptUrl.match(tag).hasMatch()) {
            std::fprintf(stderr, "fuzz_extract: %s in the body\n%s\n", tag.toUtf8().constData(),
                         body.toUtf8().constData());
            std::abort();
        }
    }
    const Extract::Article second = Extract::extractArticle(html, url);
    if (second.contentHtml != first.contentHtml || second.title != first.title ||
        second.byline != first.byline) {
        std::fprintf(stderr, "fuzz_extract: two runs differ\n");
        std::abort();
    }
    return 0;
}
