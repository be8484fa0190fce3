#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet::Ui {

// One article in the list: site and date, the title (bold while unread, the unread marker in
// its own column), a two-line excerpt and a thumbnail where there is room (ArticleRowLayout).
class ThumbnailCache;

class ArticleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ArticleDelegate(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString dateText(const QDateTime &published, const QDateTime &now);

private:
    ThumbnailCache *m_thumbnails;
};

} // namespace Broadsheet::Ui
