#include "html/htmlpipeline.h"

namespace Broadsheet::Html {

QString sanitize(const QString &html, const QUrl &) { return html.toHtmlEscaped(); }

Rendered render(const QString &html, const RenderOptions &) { return {html.toHtmlEscaped(), {}}; }

CaptionParts splitCredit(const QString &captionText) { return {captionText, {}}; }

} // namespace Broadsheet::Html
