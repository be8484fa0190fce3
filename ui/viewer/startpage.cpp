#include "ui/viewer/startpage.h"

#include "text/readerdate.h"

#include "models/sitelistmodel.h"
#include "ui/viewer/articlepage.h"

#include <QAbstractItemModel>
#include <QKeySequence>
#include <QLocale>

namespace Broadsheet::Ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A part of a "·" line that a narrow column must not break ("Sat, 21 Nov, 09:00", "chưa đọc"):
// escaped, with no-break spaces.
QString whole(const QString &part)
{
    return esc(part).replace(QLatin1Char(' '), QChar(0x00A0));
}

// Between the parts: the dot stays with the part before it.
QString separator()
{
    return QString(QChar(0x00A0)) + QStringLiteral("· ");
}

QString keys(const QKeySequence &sequence)
{
    return QStringLiteral("<b>%1</b>").arg(esc(sequence.toString(QKeySequence::NativeText)));
}

} // namespace

QString StartPage::html(const QAbstractItemModel &sites, const QList<Store::ArticleRow> &newest,
                        const QDateTime &now)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(tr("Welcome to Broadsheet")));
    html += sitesSection(sites);
    html += newestSection(newest, now);
    html += shortcutsSection();
    return html;
}

QString StartPage::sitesSection(const QAbstractItemModel &sites)
{
    using Model = Models::SiteListModel;
    QString rows;
    int siteCount = 0;
    int unreadTotal = 0;
    for (int row = 0; row < sites.rowCount(); ++row) {
        const QModelIndex index = sites.index(row, 0);
        const auto kind = index.data(Model::KindRole).value<Model::RowKind>();
        const int unread = index.data(Model::UnreadCountRole).toInt();
        const QString title = esc(index.data(Qt::DisplayRole).toString());
        if (kind == Model::RowKind::AllSites) {
            unreadTotal = unread;
            continue;
        }
        if (kind == Model::RowKind::Folder) {
            rows += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td></tr>").arg(title);
            continue;
        }
        ++siteCount;
        const QString indent =
            index.data(Model::DepthRole).toInt() > 0 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") : QString();
        QString state = unread > 0 ? tr("%n unread", nullptr, unread) : tr("all read");
        if (!index.data(Model::ErrorRole).toString().isEmpty())
            state += QStringLiteral(" · ") + tr("could not be refreshed");
        rows += QStringLiteral("<tr><td>%1%2</td><td class=\"muted\">&nbsp;&nbsp;%3</td></tr>")
                    .arg(indent, title, esc(state));
    }
    if (siteCount == 0) {
        return QStringLiteral("<p>%1</p>")
            .arg(esc(tr("You follow no site yet. Choose Library → Add Site… (%1) and type the address of a "
                        "site "
                        "you read."))
                     .arg(keys(QKeySequence::New)));
    }
    const QString summary = whole(tr("%n unread article(s)", nullptr, unreadTotal)) + separator() +
                            whole(tr("%n site(s)", nullptr, siteCount));
    return QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p><table>%3</table>")
        .arg(esc(tr("Your sites")), summary, rows);
}

QString StartPage::newestSection(const QList<Store::ArticleRow> &newest, const QDateTime &now)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Newest articles")));
    if (newest.isEmpty()) {
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("No articles yet. Press %1 to refresh your sites.")).arg(keys(Qt::Key_F5)));
    }
    html += QStringLiteral("<ul>");
    for (const Store::ArticleRow &row : newest.mid(0, NewestCount)) {
        const QString title = row.read ? esc(row.title) : QStringLiteral("<b>%1</b>").arg(esc(row.title));
        // A narrow column breaks the line only after a "·" (or in the site's name).
        QStringList about{esc(row.siteTitle)};
        if (const QString date = Text::compactReaderDate(row.published, now, QLocale()); !date.isEmpty())
            about << whole(date);
        if (!row.read)
            about << whole(tr("unread"));
        html += QStringLiteral("<li><a href=\"%1\">%2</a><br/><span class=\"muted\">%3</span></li>")
                    .arg(ArticlePage::articleUrl(row.id).toString(), title, about.join(separator()));
    }
    return html + QStringLiteral("</ul>");
}

QString StartPage::shortcutsSection()
{
    struct Shortcut
    {
        QKeySequence keys;
        const char *what;
    };
    const Shortcut shortcuts[] = {
        {QKeySequence(Qt::Key_J), QT_TR_NOOP("next article")},
        {QKeySequence(Qt::Key_K), QT_TR_NOOP("previous article")},
        {QKeySequence(Qt::Key_M), QT_TR_NOOP("mark as read or unread")},
        {QKeySequence(Qt::Key_S), QT_TR_NOOP("star")},
        {QKeySequence(Qt::Key_O), QT_TR_NOOP("open the original page in your browser")},
        {QKeySequence(Qt::Key_F5), QT_TR_NOOP("refresh every site")},
        {QKeySequence::Find, QT_TR_NOOP("find in the article")},
        {QKeySequence::New, QT_TR_NOOP("add a site")},
    };
    QString rows;
    for (const Shortcut &s : shortcuts)
        rows +=
            QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>").arg(keys(s.keys), esc(tr(s.what)));
    return QStringLiteral("<h2>%1</h2><p>%2</p><table>%3</table>")
        .arg(esc(tr("How to start")),
             esc(tr("Choose an article in the list to read it here, with its comments. The keys that "
                    "move you through the news:")),
             rows);
}

} // namespace Broadsheet::Ui
