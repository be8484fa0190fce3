#pragma once

// The viewer normalizer: turns the sanitized Dom into the HTML subset QTextDocument renders.

#include "html/dom.h"
#include "html/htmlpipeline.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Broadsheet::Html::Detail {

// Extra left/right margins (px) that line a caption up under a narrower picture.
struct CaptionIndent
{
    int left = 0;
    int right = 0;
};

class Renderer
{
public:
    Renderer(const Dom &dom, const RenderOptions &options);
    Rendered run();

private:
    // One step of the iterative walk: visit a node, or leave an element (write its end tag
    // and undo its context).
    struct Step
    {
        int node = -1;
        bool leave = false;
        QString closing;
        int quoteDelta = 0, listDelta = 0, tableDelta = 0, linkDelta = 0, preDelta = 0;
    };

    void visit(int index, std::vector<Step> &stack);
    void enter(int index, std::vector<Step> &stack, const QString &open, const QString &closing);
    void enter(int index, std::vector<Step> &stack, const QString &open, const QString &closing,
               Step context);
    void enterChildren(int index, std::vector<Step> &stack);

    // Blocks that replace a whole subtree (render.cpp / figures.cpp).
    bool isEmptyParagraph(int index) const;
    void writeTableCaptions(int table);
    void writeMediaLink(int index);
    bool writeEmbedWrapper(int index);
    void writeImage(int mediaNode, int displayLimit, bool inLink);
    bool tryFigure(int index);
    void writeCaption(int captionNode, CaptionIndent indent = {});
    void writeBlockquoteCite(int index);

    // Image choice for an <img> or a <picture>.
    struct ImageChoice
    {
        QString url;
        QString alt;
        int width = -1; // as stated in markup
        int height = -1;
    };
    ImageChoice chooseImage(int mediaNode, int displayLimit) const;
    // A <picture> without an <img> of its own beside an <img>: the same picture twice (art
    // direction written as a sibling); the <img> is the one shown.
    bool isRedundantPicture(int node) const;
    QString resourceFor(const ImageChoice &choice);

    const Dom &m_dom;
    RenderOptions m_options;
    QString m_out;
    QList<ImageRef> m_images;
    QList<QUrl> m_imageLinks;
    QHash<QString, QString> m_resources; // url → resource name
    int m_quoteDepth = 0;
    int m_listDepth = 0;
    int m_tableDepth = 0;
    int m_linkDepth = 0;
    int m_preDepth = 0;
};

// Inline styles the normalizer controls (no colours: those come from the viewer's stylesheet).
inline constexpr char CaptionStyle[] =
    "margin-top:4px; margin-bottom:0px; font-size:small; font-style:italic";
inline constexpr char CreditStyle[] = "margin-top:2px; margin-bottom:0px; font-size:small";

} // namespace Broadsheet::Html::Detail
