#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet::Ui {

// One article in the list: title (bold while unread), site and date, and a two-line excerpt.
class ArticleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString dateText(const QDateTime &published, const QDateTime &now);
};

} // namespace Broadsheet::Ui
