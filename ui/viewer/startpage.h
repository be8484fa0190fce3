#pragma once

// What the reading page shows with no article selected: the sites with their unread counts,
// the newest articles as links the viewer opens (ArticlePage::articleUrl), and a short "how to
// start" with the main shortcuts. Pure: it turns the rows it is given into the viewer's HTML
// (the viewer's stylesheet applies), so it is tested without a window.

#include "store/articlequery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace Broadsheet::Ui {

class StartPage
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Ui::StartPage)

public:
    static constexpr int NewestCount = 8;

    // sites: the Sites pane's model (Models::SiteListModel: its site and folder rows with their
    // unread counts and errors); newest: the newest articles, newest first (at most
    // NewestCount are shown). now: for "today"/"yesterday" in the dates.
    static QString html(const QAbstractItemModel &sites, const QList<Store::ArticleRow> &newest,
                        const QDateTime &now = QDateTime::currentDateTime());

private:
    static QString sitesSection(const QAbstractItemModel &sites);
    static QString newestSection(const QList<Store::ArticleRow> &newest, const QDateTime &now);
    static QString shortcutsSection();
};

} // namespace Broadsheet::Ui
