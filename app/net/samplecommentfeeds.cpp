#include "net/samplecommentsapi.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

// The sample's feeds as the embedded origin serves them once comments were posted from this
// computer: each article's comment feed with those comments as Atom entries, and feed.xml with
// its comment counts raised by as many.

namespace Broadsheet::Net {

namespace {

QString atomEntry(const SampleComment &c)
{
    const QString date = c.published.toUTC().toString(Qt::ISODate);
    QString entry = QStringLiteral("  <entry>\n    <id>%1</id>\n    <title>%2</title>\n    <author>\n"
                                   "      <name>%3</name>\n")
                        .arg(c.id.toHtmlEscaped(),
                             QCoreApplication::translate("Broadsheet::Net::SampleCommentsApi", "By: %1")
                                 .arg(c.name)
                                 .toHtmlEscaped(),
                             c.name.toHtmlEscaped());
    if (!c.url.isEmpty())
        entry += QStringLiteral("      <uri>%1</uri>\n").arg(c.url.toHtmlEscaped());
    entry +=
        QStringLiteral("    </author>\n    <published>%1</published>\n    <updated>%1</updated>\n").arg(date);
    if (!c.parentId.isEmpty())
        entry += QStringLiteral("    <thr:in-reply-to ref=\"%1\"/>\n").arg(c.parentId.toHtmlEscaped());
    entry += QStringLiteral("    <content type=\"html\">%1</content>\n  </entry>\n")
                 .arg(c.contentHtml.toHtmlEscaped());
    return entry;
}

} // namespace

std::optional<EmbeddedAnswer> SampleCommentsApi::commentFeed(const SamplePost &post) const
{
    const QList<SampleComment> posted = m_threads.posted(post.id);
    QByteArray atom = m_threads.file(post.commentsPath);
    const qsizetype end = atom.lastIndexOf("</feed>");
    if (posted.isEmpty() || end < 0)
        return std::nullopt;
    QString entries;
    for (const SampleComment &c : posted)
        entries += atomEntry(c);
    atom.insert(end, entries.toUtf8());
    return EmbeddedAnswer{200, QByteArrayLiteral("application/atom+xml; charset=utf-8"), atom, {}};
}

std::optional<EmbeddedAnswer> SampleCommentsApi::feed() const
{
    const QByteArray file = m_threads.file(QStringLiteral("/feed.xml"));
    const QList<SampleComment> posted = m_threads.posted();
    if (posted.isEmpty() || file.isEmpty())
        return std::nullopt;
    // Each article's <slash:comments> counts the comments posted here too.
    static const QRegularExpression count(QStringLiteral("<slash:comments>(\\d+)</slash:comments>"));
    QString text = QString::fromUtf8(file);
    QHash<qint64, int> added;
    for (const SampleComment &c : posted)
        ++added[c.post];
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const qsizetype item = text.indexOf(QStringLiteral("?p=%1</guid>").arg(it.key()));
        const qsizetype itemEnd = text.indexOf(QLatin1String("</item>"), item);
        const auto match = item < 0 ? QRegularExpressionMatch() : count.match(text, item);
        if (match.hasMatch() && match.capturedStart() < itemEnd)
            text.replace(match.capturedStart(1), match.capturedLength(1),
                         QString::number(match.captured(1).toInt() + it.value()));
    }
    return EmbeddedAnswer{200, QByteArrayLiteral("application/rss+xml; charset=utf-8"), text.toUtf8(), {}};
}

} // namespace Broadsheet::Net
