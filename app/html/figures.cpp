// Figures, captions, credits and galleries: <figure> with <img>/<picture> and <figcaption>,
// WordPress classic captions (div.wp-caption + p.wp-caption-text, and the HTML5 form),
// Gutenberg image blocks and galleries (nested figures, gallery caption), classic
// [gallery] markup (dl.gallery-item). A picture with its caption becomes a paragraph with
// the picture and the caption's paragraphs indented to the picture's width so they line up
// under it; a gallery becomes a table of rows.

#include "html/credit.h"
#include "html/images.h"
#include "html/renderer.h"
#include "html/serializer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Broadsheet::Html::Detail {

namespace {

bool isCaptionNode(const Node &n)
{
    if (n.isText())
        return false;
    if (n.tag == Tag::Figcaption)
        return true;
    return n.hasClassContaining(QLatin1String("caption-text")) ||
           n.hasClass(QLatin1String("gallery-caption")) ||
           n.hasClass(QLatin1String("blocks-gallery-caption")) ||
           n.hasClass(QLatin1String("blocks-gallery-item__caption")) ||
           n.hasClass(QLatin1String("wp-element-caption"));
}

bool isCreditNode(const Node &n)
{
    return !n.isText() && (n.hasClassContaining(QLatin1String("credit")) ||
                           n.hasClassContaining(QLatin1String("copyright")) ||
                           n.hasClassContaining(QLatin1String("photographer")));
}

// Content a figure may hold besides pictures and captions without losing anything.
bool isNeutralWrapper(Tag tag)
{
    switch (tag) {
    case Tag::A:
    case Tag::Div:
    case Tag::Span:
    case Tag::P:
    case Tag::Figure:
    case Tag::Ul:
    case Tag::Li:
    case Tag::Dl:
    case Tag::Dt:
    case Tag::Dd:
    case Tag::Br:
    case Tag::Source:
    case Tag::Picture:
    case Tag::Img:
    case Tag::Center:
        return true;
    default:
        return false;
    }
}

int columnsFromClass(const Node &n)
{
    static const QRegularExpression columns(
        QStringLiteral(R"((?:^|\s)(?:gallery-)?columns-([1-9])(?:\s|$))"));
    const auto match = columns.match(n.attribute(QLatin1String("class")));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

enum Format : unsigned
{
    Bold = 1,
    Italic = 2,
    Underline = 4,
    Strike = 8,
    Code = 16,
    Sub = 32,
    Sup = 64,
};

struct Run
{
    QString text; // whitespace already collapsed, as it appears in the joined caption text
    unsigned format = 0;
    QString href;
    bool credit = false;
    bool lineBreak = false;
    qsizetype begin = 0; // position in the joined text
};

unsigned formatOf(Tag tag)
{
    switch (tag) {
    case Tag::B:
    case Tag::Strong:
        return Bold;
    case Tag::I:
    case Tag::Em:
    case Tag::Cite:
    case Tag::Dfn:
    case Tag::Var:
        return Italic;
    case Tag::U:
    case Tag::Ins:
        return Underline;
    case Tag::S:
    case Tag::Del:
    case Tag::Strike:
        return Strike;
    case Tag::Code:
    case Tag::Tt:
    case Tag::Kbd:
    case Tag::Samp:
        return Code;
    case Tag::Sub:
        return Sub;
    case Tag::Sup:
        return Sup;
    default:
        return 0;
    }
}

// Flattens a caption into formatted runs over one whitespace-collapsed string.
QList<Run> captionRuns(const Dom &dom, int caption, QString &joined)
{
    struct Frame
    {
        int node;
        unsigned format;
        QString href;
        bool credit;
    };
    QList<Run> runs;
    std::vector<Frame> stack;
    const auto &top = dom[caption].children;
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.push_back({*it, 0, {}, false});
    bool lastSpace = true;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const Node &n = dom[f.node];
        if (n.isText()) {
            Run run;
            run.format = f.format;
            run.href = f.href;
            run.credit = f.credit;
            run.begin = joined.size();
            for (const QChar c : n.text) {
                if (c.isSpace()) {
                    if (!lastSpace)
                        run.text += QLatin1Char(' ');
                    lastSpace = true;
                } else {
                    run.text += c;
                    lastSpace = false;
                }
            }
            joined += run.text;
            if (!run.text.isEmpty())
                runs.append(run);
            continue;
        }
        if (n.tag == Tag::Br) {
            Run run;
            run.lineBreak = true;
            run.credit = f.credit;
            run.begin = joined.size();
            run.text = QStringLiteral(" ");
            if (!lastSpace) {
                joined += run.text;
            } else {
                run.text.clear();
            }
            lastSpace = true;
            runs.append(run);
            continue;
        }
        if (n.tag == Tag::Img || n.tag == Tag::Picture || n.tag == Tag::Video || n.tag == Tag::Audio)
            continue;
        Frame child{0, f.format | formatOf(n.tag), f.href, f.credit || isCreditNode(n)};
        if (n.tag == Tag::A && !n.attribute(QLatin1String("href")).isEmpty() && f.href.isEmpty())
            child.href = n.attribute(QLatin1String("href"));
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) {
            child.node = *it;
            stack.push_back(child);
        }
    }
    return runs;
}

// The runs' HTML restricted to joined-text positions [from, to).
QString runsHtml(const QList<Run> &runs, qsizetype from, qsizetype to)
{
    QString out;
    for (const Run &run : runs) {
        const qsizetype begin = std::max(run.begin, from);
        const qsizetype end = std::min(run.begin + run.text.size(), to);
        if (run.lineBreak) {
            if (run.begin > from && run.begin < to)
                out += QLatin1String("<br>");
            continue;
        }
        if (begin >= end)
            continue;
        QString piece;
        appendEscapedText(piece, QStringView(run.text).mid(begin - run.begin, end - begin));
        static const std::pair<unsigned, const char *> tags[] = {
            {Bold, "b"},    {Italic, "i"}, {Underline, "u"}, {Strike, "s"},
            {Code, "code"}, {Sub, "sub"},  {Sup, "sup"}};
        for (const auto &[flag, name] : tags) {
            if (run.format & flag)
                piece = QLatin1Char('<') + QLatin1String(name) + QLatin1Char('>') + piece +
                        QLatin1String("</") + QLatin1String(name) + QLatin1Char('>');
        }
        if (!run.href.isEmpty()) {
            QString a = QStringLiteral("<a href=\"");
            appendEscapedAttribute(a, run.href);
            piece = a + QStringLiteral("\">") + piece + QStringLiteral("</a>");
        }
        out += piece;
    }
    return out.trimmed();
}

} // namespace

void Renderer::writeCaption(int captionNode, CaptionIndent indent)
{
    QString joined;
    const QList<Run> runs = captionRuns(m_dom, captionNode, joined);
    qsizetype captionEnd = joined.size();
    qsizetype creditBegin = joined.size();
    qsizetype creditEnd = joined.size();
    QString captionHtml;
    qsizetype markedBegin = -1;
    qsizetype markedEnd = -1;
    for (const Run &run : runs) {
        if (run.credit && !run.lineBreak) {
            if (markedBegin < 0)
                markedBegin = run.begin;
            markedEnd = run.begin + run.text.size();
        }
    }
    if (markedBegin >= 0) {
        // Explicit credit markup (<span class="credit">): everything else is caption.
        captionHtml =
            runsHtml(runs, 0, markedBegin) + QLatin1Char(' ') + runsHtml(runs, markedEnd, joined.size());
        creditBegin = markedBegin;
        creditEnd = markedEnd;
    } else {
        const CreditSpan span = findCredit(joined);
        if (span.found) {
            captionEnd = span.captionEnd;
            creditBegin = span.creditBegin;
            creditEnd = span.creditEnd;
        }
        captionHtml = runsHtml(runs, 0, captionEnd);
    }
    captionHtml = captionHtml.trimmed();
    const QString creditHtml = runsHtml(runs, creditBegin, creditEnd);
    QString indentStyle;
    if (indent.left > 0)
        indentStyle += QStringLiteral("; margin-left:") + QString::number(indent.left) + QStringLiteral("px");
    if (indent.right > 0)
        indentStyle +=
            QStringLiteral("; margin-right:") + QString::number(indent.right) + QStringLiteral("px");
    if (!captionHtml.isEmpty()) {
        m_out += QStringLiteral("<p class=\"caption\" style=\"") + QLatin1String(CaptionStyle) + indentStyle +
                 QStringLiteral("\">") + captionHtml + QStringLiteral("</p>");
    }
    if (!creditHtml.isEmpty()) {
        m_out += QStringLiteral("<p class=\"credit\" style=\"") + QLatin1String(CreditStyle) + indentStyle +
                 QStringLiteral("\">") + creditHtml + QStringLiteral("</p>");
    }
}

bool Renderer::tryFigure(int index)
{
    const std::vector<int> nodes = m_dom.descendants(index);
    // Pictures (a <picture> counts once), captions, and anything that is neither.
    std::vector<int> media;
    std::vector<int> captions;
    QSet<int> inCaption;
    for (const int d : nodes) {
        if (d == index)
            continue;
        const Node &n = m_dom[d];
        const int parent = n.parent;
        if (inCaption.contains(parent)) {
            inCaption.insert(d);
            continue;
        }
        if (n.isText()) {
            for (const QChar c : n.text) {
                if (!c.isSpace())
                    return false; // running text: not a plain figure
            }
            continue;
        }
        if (isCaptionNode(n)) {
            captions.push_back(d);
            inCaption.insert(d);
            continue;
        }
        if (!isNeutralWrapper(n.tag))
            return false;
        if (n.tag == Tag::Img) {
            bool insidePicture = false;
            for (int p = parent; p != index && p > 0; p = m_dom[p].parent)
                insidePicture = insidePicture || m_dom[p].tag == Tag::Picture;
            if (!insidePicture)
                media.push_back(d);
        } else if (n.tag == Tag::Picture && !isRedundantPicture(d)) {
            media.push_back(d);
        }
    }
    if (media.empty())
        return false;

    // Which caption belongs to which picture: the outermost ancestor holding just that one
    // picture is its item; a caption inside an item is that picture's caption, any other
    // caption is the caption of the whole figure or gallery.
    QHash<int, int> pictureCount;
    for (const int m : media) {
        for (int p = m_dom[m].parent; p != index && p > 0; p = m_dom[p].parent)
            ++pictureCount[p];
    }
    QHash<int, int> itemOf; // item root → media index
    std::vector<int> itemRoot(media.size());
    for (size_t i = 0; i < media.size(); ++i) {
        int root = media[i];
        for (int p = m_dom[root].parent; p != index && p > 0 && pictureCount.value(p) == 1;
             p = m_dom[p].parent)
            root = p;
        itemRoot[i] = root;
        itemOf.insert(root, static_cast<int>(i));
    }
    std::vector<std::vector<int>> itemCaptions(media.size());
    std::vector<int> figureCaptions;
    for (const int c : captions) {
        int owner = -1;
        for (int p = c; p != index && p > 0; p = m_dom[p].parent) {
            const auto it = itemOf.constFind(p);
            if (it != itemOf.constEnd()) {
                owner = it.value();
                break;
            }
        }
        if (owner >= 0 && media.size() > 1)
            itemCaptions[static_cast<size_t>(owner)].push_back(c);
        else
            figureCaptions.push_back(c);
    }
    auto linkOf = [&](int m) {
        for (int p = m_dom[m].parent; p != index && p > 0; p = m_dom[p].parent) {
            if (m_dom[p].tag == Tag::A)
                return m_dom[p].attribute(QLatin1String("href"));
        }
        return QString();
    };
    auto writePicture = [&](int m, int limit) {
        const QString href = linkOf(m);
        if (!href.isEmpty() && m_options.loadImages) {
            m_out += QStringLiteral("<a href=\"");
            appendEscapedAttribute(m_out, href);
            m_out += QStringLiteral("\">");
            writeImage(m, limit, true);
            m_out += QStringLiteral("</a>");
        } else {
            writeImage(m, limit, false);
        }
    };
    const Node &figure = m_dom[index];
    const QString align = figure.hasClassContaining(QLatin1String("aligncenter"))  ? QStringLiteral("center")
                          : figure.hasClassContaining(QLatin1String("alignright")) ? QStringLiteral("right")
                                                                                   : QString();

    if (!m_options.loadImages) {
        // Links instead of pictures: no layout needed, captions follow their link.
        for (size_t i = 0; i < media.size(); ++i) {
            m_out += QStringLiteral("<p class=\"figure\">");
            writePicture(media[i], m_options.columnWidth);
            m_out += QStringLiteral("</p>");
            for (const int c : itemCaptions[i])
                writeCaption(c);
        }
        for (const int c : figureCaptions)
            writeCaption(c);
        return true;
    }

    if (media.size() == 1) {
        // Blocks, not a table (a table costs QTextDocument more to build and lay out: 3 ms
        // for the 90 figures of the render_bench article): the picture's paragraph, then its
        // caption and credit indented to the picture's width and side so they line up under it.
        const ImageChoice choice = chooseImage(media[0], m_options.columnWidth);
        const int width = choice.width > 0 ? std::min(choice.width, m_options.columnWidth) : 0;
        m_out += QStringLiteral("<div class=\"figure\" style=\"margin-top:12px; margin-bottom:12px\"><p");
        if (!align.isEmpty())
            m_out += QStringLiteral(" align=\"") + align + QLatin1Char('"');
        m_out += QStringLiteral(" style=\"margin-top:0px; margin-bottom:0px\">");
        writePicture(media[0], m_options.columnWidth);
        m_out += QStringLiteral("</p>");
        CaptionIndent indent;
        if (width > 0 && width < m_options.columnWidth) {
            const int spare = m_options.columnWidth - width;
            indent.left = align == QLatin1String("center")  ? spare / 2
                          : align == QLatin1String("right") ? spare
                                                            : 0;
            indent.right = spare - indent.left;
        }
        for (const int c : figureCaptions)
            writeCaption(c, indent);
        m_out += QStringLiteral("</div>");
        return true;
    }

    // A gallery: rows of pictures, each with its caption, then the gallery caption.
    int columns = columnsFromClass(figure);
    if (columns <= 0)
        columns = static_cast<int>(std::min<size_t>(media.size(), 3));
    // The table spans the column; the cell spacing is also kept outside the first and last
    // cells, so the pictures get what is left after columns + 1 spacings.
    constexpr int spacing = 8;
    const int cellWidth = std::max(40, (m_options.columnWidth - spacing * (columns + 1)) / columns);
    m_out += QStringLiteral("<table class=\"gallery\" border=\"0\" cellpadding=\"0\" cellspacing=\"") +
             QString::number(spacing) +
             QStringLiteral("\" width=\"100%\" style=\"margin-top:12px; margin-bottom:12px\">");
    for (size_t i = 0; i < media.size(); ++i) {
        if (i % static_cast<size_t>(columns) == 0)
            m_out += QStringLiteral("<tr>");
        m_out += QStringLiteral("<td valign=\"top\" width=\"") + QString::number(cellWidth) +
                 QStringLiteral("\">");
        writePicture(media[i], cellWidth);
        for (const int c : itemCaptions[i])
            writeCaption(c);
        m_out += QStringLiteral("</td>");
        if (i % static_cast<size_t>(columns) == static_cast<size_t>(columns - 1) || i + 1 == media.size()) {
            for (size_t pad = i % static_cast<size_t>(columns) + 1; pad < static_cast<size_t>(columns); ++pad)
                m_out +=
                    QStringLiteral("<td width=\"") + QString::number(cellWidth) + QStringLiteral("\"></td>");
            m_out += QStringLiteral("</tr>");
        }
    }
    m_out += QStringLiteral("</table>");
    for (const int c : figureCaptions)
        writeCaption(c);
    return true;
}

} // namespace Broadsheet::Html::Detail
