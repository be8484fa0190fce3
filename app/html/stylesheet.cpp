#include "html/htmlpipeline.h"

namespace Broadsheet::Html {

QString viewerStyleSheet(const ViewerColors &colors)
{
    // Only selectors and properties QTextDocument's CSS subset understands.
    QString css;
    if (!colors.text.isEmpty())
        css += QStringLiteral("body { color: %1; }\n").arg(colors.text);
    if (!colors.link.isEmpty())
        css += QStringLiteral("a { color: %1; }\n").arg(colors.link);
    const QString muted = colors.muted.isEmpty() ? QStringLiteral("gray") : colors.muted;
    css += QStringLiteral("p.caption { color: %1; font-style: italic; font-size: small; }\n"
                          "p.credit { color: %1; font-size: small; }\n"
                          "p.cite { color: %1; font-style: italic; }\n"
                          "blockquote.pullquote { font-size: large; font-style: italic; }\n"
                          "span.mark { font-weight: bold; }\n"
                          "span.math, p.math { font-family: \"STIX Two Math\", \"Latin Modern Math\", "
                          "\"Cambria Math\", \"DejaVu Serif\", serif; }\n")
               .arg(muted);
    if (!colors.rule.isEmpty())
        css += QStringLiteral("table.data { border-color: %1; }\n").arg(colors.rule);
    return css;
}

} // namespace Broadsheet::Html
