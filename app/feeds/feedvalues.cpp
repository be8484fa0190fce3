// FeedBuilder: where the values of captured elements, links, enclosures and media go, and
// how entries and the feed are completed.

#include "feeds/feedbuilder.h"
#include "feeds/feedbuilder_p.h"

#include <algorithm>
#include <optional>

#include "feeds/dates.h"
#include "feeds/encoding.h"
#include "feeds/textconstruct.h"
#include "feeds/urls.h"
#include "html/htmlpipeline.h"

#include <QUrl>

namespace Broadsheet::Feeds {

using namespace Detail;

QString wordpressPostId(QStringView url)
{
    for (qsizetype at = url.indexOf(u"p="); at > 0; at = url.indexOf(u"p=", at + 2)) {
        const QChar before = url.at(at - 1);
        if (before != QLatin1Char('?') && before != QLatin1Char('&'))
            continue;
        qsizetype end = at + 2;
        while (end < url.size() && url.at(end).isDigit() && url.at(end).unicode() < 128)
            ++end;
        if (end == at + 2)
            continue;
        if (end < url.size() && url.at(end) != QLatin1Char('&') && url.at(end) != QLatin1Char('#'))
            continue;
        return url.mid(at + 2, end - at - 2).toString();
    }
    return {};
}

QString sanitizeHtml(const QString &html, const QString &base)
{
    return Html::sanitize(html, base.isEmpty() ? QUrl() : QUrl(base));
}
void FeedBuilder::handleLink(const std::vector<XmlAttribute> &attributes)
{
    Link link;
    link.rel = attribute(attributes, "rel").trimmed();
    if (link.rel.isEmpty())
        link.rel = QStringLiteral("alternate");
    link.type = attribute(attributes, "type").trimmed();
    if (link.type.isEmpty())
        link.type = link.rel == QLatin1String("self") ? QStringLiteral("application/atom+xml")
                                                      : QStringLiteral("text/html");
    link.title = attribute(attributes, "title");
    link.hreflang = attribute(attributes, "hreflang");
    link.length = toLength(attribute(attributes, "length"));
    if (!hasAttribute(attributes, "href"))
        return;
    const QString href = attribute(attributes, "href").trimmed();
    link.href = href.isEmpty() ? currentBase() : resolveUrl(href); // "" is the base itself
    const QString rel = link.rel.toLower();
    if (m_inEntry) {
        m_entry.links.append(link);
        if (link.href.isEmpty())
            return;
        if (rel == QLatin1String("alternate") && isHtmlType(link.type) &&
            (m_entry.link.isEmpty() || m_linkFromGuid)) {
            m_entry.link = link.href;
            m_linkFromGuid = false;
        } else if (rel == QLatin1String("enclosure")) {
            m_entry.enclosures.append(
                Enclosure{link.href, attribute(attributes, "type").trimmed(), link.length});
        } else if (rel == QLatin1String("replies")) {
            const QString type = link.type.toLower();
            if (m_entry.commentsFeed.isEmpty() &&
                (type.contains(QLatin1String("atom")) || type.contains(QLatin1String("rss")) ||
                 type.contains(QLatin1String("xml"))))
                m_entry.commentsFeed = link.href;
            for (const XmlAttribute &a : attributes) {
                if (a.name.ns == Ns::Thr && is(a.name.local, "count"))
                    m_entry.commentCount = toInt(str(a.value));
            }
        } else if (rel == QLatin1String("image") && m_entry.imageUrl.isEmpty()) {
            m_entry.imageUrl = link.href;
        }
        return;
    }
    if (!m_inFeed)
        return;
    m_feed.links.append(link);
    if (link.href.isEmpty())
        return;
    if (rel == QLatin1String("alternate") && isHtmlType(link.type) && m_feed.link.isEmpty())
        m_feed.link = link.href;
    else if (rel == QLatin1String("image") && m_feed.image.url.isEmpty())
        m_feed.image.url = link.href;
}

void FeedBuilder::handleEnclosure(const std::vector<XmlAttribute> &attributes)
{
    if (!m_inEntry)
        return;
    const QString url = attribute(attributes, "url").trimmed();
    if (url.isEmpty())
        return;
    Enclosure enclosure{resolveUrl(url), attribute(attributes, "type").trimmed(),
                        toLength(attribute(attributes, "length"))};
    if (enclosure.url.isEmpty())
        return;
    Link link;
    link.rel = QStringLiteral("enclosure");
    link.href = enclosure.url;
    link.type = enclosure.type;
    link.length = enclosure.length;
    m_entry.links.append(link);
    m_entry.enclosures.append(enclosure);
}

void FeedBuilder::handleMedia(const XmlName &name, const std::vector<XmlAttribute> &attributes)
{
    if (!m_inEntry)
        return;
    const QString url = attribute(attributes, "url").trimmed();
    if (url.isEmpty())
        return;
    const QString resolved = resolveUrl(url);
    if (resolved.isEmpty())
        return;
    if (is(name.local, "thumbnail")) {
        m_entry.mediaThumbnails.append(MediaThumbnail{resolved, toInt(attribute(attributes, "width")),
                                                      toInt(attribute(attributes, "height"))});
        return;
    }
    m_entry.mediaContent.append(MediaContent{
        resolved, attribute(attributes, "type").trimmed(), attribute(attributes, "medium").trimmed(),
        toInt(attribute(attributes, "width")), toInt(attribute(attributes, "height"))});
}

void FeedBuilder::applyValue(Target target, QString raw, const Capture &capture)
{
    const auto plain = [&raw, &capture] {
        QString value = raw.trimmed();
        if (capture.mayNeedRepair)
            repairMojibake(value);
        return value;
    };
    const auto setFirst = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    const auto setDate = [](QDateTime &field, const QString &value) {
        const QDateTime date = parseFeedDate(value);
        if (date.isValid())
            field = date; // the last valid date wins, as in feedparser
    };
    const bool entry = m_inEntry;
    if (!entry && !m_inFeed && !m_inAuthor)
        return;

    switch (target) {
    case Target::None:
        return;
    case Target::Title:
        setFirst(entry ? m_entry.title : m_feed.title, textField(std::move(raw), capture));
        return;
    case Target::MediaTitle:
        if (entry)
            setFirst(m_mediaTitle, textField(std::move(raw), capture));
        return;
    case Target::Subtitle:
        if (!entry)
            setFirst(m_feed.subtitle, htmlField(std::move(raw), capture));
        return;
    case Target::Description: // RSS description and Atom summary: the same rule
    case Target::Summary:
        if (!entry) {
            setFirst(m_feed.subtitle, htmlField(std::move(raw), capture));
        } else if (m_entry.summary.isEmpty()) {
            m_entry.summary = htmlField(std::move(raw), capture);
        } else {
            setFirst(m_entry.content, htmlField(std::move(raw), capture));
        }
        return;
    case Target::Content:
        if (entry)
            setFirst(m_entry.content, htmlField(std::move(raw), capture));
        return;
    case Target::ItunesSummary:
        setFirst(entry ? m_itunesSummary : m_feedItunesSummary, htmlField(std::move(raw), capture));
        return;
    case Target::Rights:
        setFirst(entry ? m_entry.rights : m_feed.rights, htmlField(std::move(raw), capture));
        return;
    case Target::Link: {
        QString value = plain();
        value.remove(QLatin1Char('\n'));
        value.remove(QLatin1Char('\r'));
        value = value.trimmed();
        if (value.isEmpty())
            return;
        const QString href = resolveUrlAt(value, capture.baseIndex);
        if (href.isEmpty())
            return;
        Link link = m_pendingLink;
        if (link.rel.isEmpty())
            link.rel = QStringLiteral("alternate");
        if (link.type.isEmpty())
            link.type = QStringLiteral("text/html");
        link.href = href;
        const bool alternate = link.rel == QLatin1String("alternate");
        if (entry) {
            m_entry.links.append(link);
            if (alternate && (m_entry.link.isEmpty() || m_linkFromGuid)) {
                m_entry.link = href;
                m_linkFromGuid = false;
            }
        } else {
            m_feed.links.append(link);
            if (alternate)
                setFirst(m_feed.link, href);
        }
        return;
    }
    case Target::Id: {
        const QString value = plain();
        const QString resolved = resolveUrlAt(value, capture.baseIndex);
        setFirst(entry ? m_entry.id : m_feed.id, resolved.isEmpty() ? value : resolved);
        return;
    }
    case Target::Guid: {
        const QString value = plain();
        if (!entry || value.isEmpty())
            return;
        m_entry.id = value;
        if (m_guidIsPermalink) {
            const QString resolved = resolveUrlAt(value, capture.baseIndex);
            if (!resolved.isEmpty())
                m_entry.id = resolved;
            if (m_entry.link.isEmpty()) {
                m_entry.link = resolved;
                m_linkFromGuid = !m_entry.link.isEmpty();
            }
        }
        return;
    }
    case Target::Updated:
        setDate(entry ? m_entry.updated : m_feed.updated, plain());
        return;
    case Target::Published:
        setDate(entry ? m_entry.published : m_feed.published, plain());
        return;
    case Target::Language:
        if (!entry)
            setFirst(m_feed.language, plain());
        return;
    case Target::AuthorText: {
        // An author with structure (<name>, <email>, <title>, …): the name, never the parts glued.
        const std::optional<Person> structured =
            capture.hasChildren ? Text::structuredPerson(raw) : std::nullopt;
        const QString value = structured ? structured->name : textField(std::move(raw), capture);
        if (value.isEmpty() && !structured)
            return;
        Person person = structured ? *structured : Text::parsePerson(value);
        if (structured && !person.uri.isEmpty())
            person.uri = resolveUrlAt(person.uri, capture.baseIndex);
        Person &primary = entry ? m_entry.author : m_feed.author;
        QList<Person> &all = entry ? m_entry.authors : m_feed.authors;
        all.append(person);
        if (primary.name.isEmpty() && primary.email.isEmpty())
            primary = person;
        return;
    }
    case Target::Icon:
        if (!entry)
            setFirst(m_feed.icon, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::Logo:
        if (!entry)
            setFirst(m_feed.logo, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::Generator:
        if (!entry)
            m_feed.generator = plain().isEmpty() ? m_feed.generator : plain();
        return;
    case Target::Category: {
        Category category = m_pendingCategory;
        if (category.term.isEmpty())
            category.term = textField(std::move(raw), capture);
        if (QList<Category> *list = currentCategories())
            addCategory(*list, category);
        return;
    }
    case Target::Tags: {
        const QStringList terms = plain().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &term : terms)
            addCategory(m_entry.categories, Category{term.trimmed(), {}, {}});
        return;
    }
    case Target::Comments:
        if (entry)
            setFirst(m_entry.comments, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::CommentsFeed:
        if (entry)
            setFirst(m_entry.commentsFeed, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::CommentCount:
        if (entry && m_entry.commentCount < 0) {
            bool ok = false;
            const int count = plain().toInt(&ok);
            if (ok && count >= 0)
                m_entry.commentCount = count;
        }
        return;
    case Target::ImageUrl:
        setFirst(m_feed.image.url, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::ImageTitle:
        setFirst(m_feed.image.title, textField(std::move(raw), capture));
        return;
    case Target::ImageLink:
        setFirst(m_feed.image.link, resolveUrlAt(plain(), capture.baseIndex));
        return;
    case Target::ImageWidth:
        if (!m_feed.image.width)
            m_feed.image.width = toInt(plain());
        return;
    case Target::ImageHeight:
        if (!m_feed.image.height)
            m_feed.image.height = toInt(plain());
        return;
    case Target::PersonName:
        setFirst(m_person.name, textField(std::move(raw), capture));
        return;
    case Target::PersonEmail:
        setFirst(m_person.email, plain());
        return;
    case Target::PersonUri:
        setFirst(m_person.uri, resolveUrlAt(plain(), capture.baseIndex));
        return;
    }
}

void FeedBuilder::finishEntry()
{
    m_inEntry = false;
    Entry &e = m_entry;
    if (e.title.isEmpty())
        e.title = m_mediaTitle;
    if (e.summary.isEmpty())
        e.summary = m_itunesSummary;
    if (e.summary.isEmpty())
        e.summary = e.content;
    if (e.author.name.isEmpty())
        e.author.name = e.author.email; // Entry::author.name is the display name
    if (e.link.isEmpty())
        e.link = fallbackLink(e);
    for (const QString *candidate : {&e.id, &e.link}) {
        e.postId = wordpressPostId(*candidate);
        if (!e.postId.isEmpty())
            break;
    }
    m_feed.entries.append(std::move(m_entry)); // m_entry is reset when the next item starts
}

void FeedBuilder::finishFeed()
{
    if (m_feed.subtitle.isEmpty())
        m_feed.subtitle = m_feedItunesSummary;
    if (m_feed.language.isEmpty())
        m_feed.language = m_options.defaultLanguage;
    m_feed.language.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (m_feed.author.name.isEmpty())
        m_feed.author.name = m_feed.author.email; // Feed::author.name is the display name
    inheritFeedAuthor(m_feed, m_feed.version.startsWith(QLatin1String("atom")));
}

// An entry with no link but an enclosure (a PDF, a recording) or some other link: that is
// where the entry is, when nothing better exists.
QString fallbackLink(const Entry &e)
{
    for (const Enclosure &enclosure : e.enclosures) {
        if (!enclosure.url.isEmpty())
            return enclosure.url;
    }
    for (const Link &link : e.links) {
        if (link.rel == QLatin1String("enclosure") && !link.href.isEmpty())
            return link.href;
    }
    for (const Link &link : e.links) {
        if (!link.href.isEmpty() && link.rel != QLatin1String("self") &&
            link.rel != QLatin1String("replies") && link.rel != QLatin1String("edit") &&
            link.rel != QLatin1String("license"))
            return link.href;
    }
    return {};
}

void inheritFeedAuthor(Feed &feed, bool always)
{
    if (feed.author.name.isEmpty())
        return;
    auto hasAuthor = [](const Entry &e) {
        return !e.author.name.isEmpty() || !e.authors.isEmpty();
    };
    if (!always && std::any_of(feed.entries.cbegin(), feed.entries.cend(), hasAuthor))
        return;
    for (Entry &e : feed.entries) {
        if (hasAuthor(e))
            continue;
        e.author = feed.author;
        e.authors = feed.authors;
    }
}

Feed FeedBuilder::finish()
{
    if (m_capturing)
        finishCapture();
    while (!m_frames.empty()) {
        endRole(m_frames.back().role);
        m_frames.pop_back();
    }
    if (m_inEntry)
        finishEntry();
    finishFeed();
    return std::move(m_feed);
}
} // namespace Broadsheet::Feeds
