#pragma once

#include "extract/pagetree.h"

#include <QString>

namespace Broadsheet::Extract::Detail {

// Which of the stricter rules a pass applies; a pass that keeps too little text is run
// again with fewer of them.
struct GrabFlags
{
    bool stripUnlikely = true;      // drop elements whose class/id say menu, sidebar, comments…
    bool weightClasses = true;      // class/id hints change scores
    bool cleanConditionally = true; // drop link lists, image strips, forms inside the article
};

struct Grabbed
{
    int article = -1;   // a detached <div> in the tree holding the article, -1 when none
    int textLength = 0; // of the article's text
    QString byline;     // the first author line found (and removed) in the page
};

// Content scoring over the body: paragraphs give points to their ancestors (commas, length),
// class/id hints and link density adjust them, the best candidate is taken with the siblings
// that look like part of the same article, then cleaned (see cleanArticle).
Grabbed grabArticle(PageTree &tree, const QString &title, const GrabFlags &flags);

} // namespace Broadsheet::Extract::Detail
