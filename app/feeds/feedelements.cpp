// FeedBuilder: what each RSS/Atom element means (the vocabulary), and where values go.

#include "feeds/feedbuilder.h"
#include "feeds/feedbuilder_p.h"

#include "feeds/dates.h"
#include "feeds/encoding.h"
#include "feeds/textconstruct.h"
#include "feeds/urls.h"
#include "html/htmlpipeline.h"

#include <QRegularExpression>
#include <QUrl>

namespace Broadsheet::Feeds {

using namespace Detail;

// The WordPress post id of a "https://site/?p=123" style guid or link ("" when none).
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

FeedBuilder::Role FeedBuilder::classify(const XmlName &name, const std::vector<XmlAttribute> &attributes)
{
    m_pendingTarget = Target::None;
    const std::string_view local = name.local;
    if (m_sourceDepth)
        return Role::Skip;
    const auto text = [this](Target target) {
        m_pendingTarget = target;
        return Role::Text;
    };

    if (m_imageDepth) {
        if (m_inEntry || !isCore(name.ns))
            return Role::Skip;
        if (is(local, "url"))
            return text(Target::ImageUrl);
        if (is(local, "title"))
            return text(Target::ImageTitle);
        if (is(local, "link"))
            return text(Target::ImageLink);
        if (is(local, "width"))
            return text(Target::ImageWidth);
        if (is(local, "height"))
            return text(Target::ImageHeight);
        return Role::Skip;
    }

    if (m_inAuthor) {
        if (isCore(name.ns)) {
            if (is(local, "name"))
                return text(Target::PersonName);
            if (is(local, "email"))
                return text(Target::PersonEmail);
            if (is(local, "uri") || is(local, "url") || is(local, "homepage"))
                return text(Target::PersonUri);
        }
        return Role::Skip;
    }

    switch (name.ns) {
    case Ns::None:
    case Ns::Atom03:
    case Ns::Atom10:
    case Ns::Rss090:
    case Ns::Rss10: {
        const bool atom = name.ns == Ns::Atom03 || name.ns == Ns::Atom10 ||
                          (name.ns == Ns::None && m_feed.version.startsWith(QLatin1String("atom")));
        if (is(local, "item") || is(local, "entry"))
            return m_sawRoot || m_inFeed ? Role::Item : Role::Root;
        if (is(local, "title"))
            return text(Target::Title);
        if (is(local, "link"))
            return Role::Link;
        if (is(local, "description"))
            return text(Target::Description);
        if (is(local, "summary"))
            return text(Target::Summary);
        if (is(local, "content") || is(local, "fullitem"))
            return hasAttribute(attributes, "src") ? Role::Skip : text(Target::Content);
        if (is(local, "subtitle") || is(local, "tagline"))
            return text(Target::Subtitle);
        if (is(local, "copyright") || is(local, "rights"))
            return text(Target::Rights);
        if (is(local, "language"))
            return text(Target::Language);
        if (is(local, "id"))
            return text(Target::Id);
        if (is(local, "guid"))
            return text(Target::Guid);
        if (is(local, "updated") || is(local, "modified") || is(local, "lastbuilddate"))
            return text(Target::Updated);
        if (is(local, "pubdate") || is(local, "published") || is(local, "issued"))
            return text(Target::Published);
        if (is(local, "author"))
            return atom ? Role::Person : text(Target::AuthorText);
        if (is(local, "managingeditor"))
            return m_inEntry ? Role::Ignore : text(Target::AuthorText);
        if (is(local, "contributor"))
            return Role::Contributor;
        if (is(local, "category"))
            return text(Target::Category);
        if (is(local, "tags") && m_inEntry)
            return text(Target::Tags);
        if (is(local, "image"))
            return Role::Image;
        if (is(local, "textinput"))
            return Role::Skip;
        if (is(local, "icon"))
            return text(Target::Icon);
        if (is(local, "logo"))
            return text(Target::Logo);
        if (is(local, "generator"))
            return text(Target::Generator);
        if (is(local, "enclosure")) {
            handleEnclosure(attributes);
            return Role::Ignore;
        }
        if (is(local, "comments"))
            return text(Target::Comments);
        if (is(local, "source") || is(local, "info"))
            return Role::Skip;
        if (is(local, "channel") || is(local, "feed"))
            return Role::Channel;
        if (is(local, "rss"))
            return Role::Root;
        if (is(local, "body") && m_inEntry)
            return text(Target::Content);
        return Role::Ignore;
    }
    case Ns::Rdf:
        if (is(local, "rdf"))
            return Role::Root;
        return Role::Ignore;
    case Ns::Dc:
        if (is(local, "title"))
            return text(Target::Title);
        if (is(local, "creator") || is(local, "author"))
            return text(Target::AuthorText);
        if (is(local, "subject"))
            return text(Target::Category);
        if (is(local, "date"))
            return text(Target::Updated);
        if (is(local, "language"))
            return text(Target::Language);
        if (is(local, "rights"))
            return text(Target::Rights);
        if (is(local, "description"))
            return text(Target::Description);
        return Role::Ignore;
    case Ns::DcTerms:
        if (is(local, "issued"))
            return text(Target::Published);
        if (is(local, "modified"))
            return text(Target::Updated);
        return Role::Ignore;
    case Ns::Content:
        if (is(local, "encoded"))
            return text(Target::Content);
        return Role::Ignore;
    case Ns::Media:
        if (is(local, "title"))
            return text(Target::MediaTitle);
        if (is(local, "category"))
            return text(Target::Category);
        if (is(local, "content") || is(local, "thumbnail"))
            handleMedia(name, attributes);
        return Role::Ignore;
    case Ns::Itunes:
        if (is(local, "author"))
            return text(Target::AuthorText);
        if (is(local, "summary"))
            return text(Target::ItunesSummary);
        if (is(local, "subtitle"))
            return m_inEntry ? Role::Ignore : text(Target::Subtitle);
        if (is(local, "image")) {
            QString href = attribute(attributes, "href");
            if (href.isEmpty())
                href = attribute(attributes, "url");
            href = href.trimmed();
            if (!href.isEmpty()) {
                href = resolveUrl(href);
                if (m_inEntry)
                    m_entry.imageUrl = href;
                else if (!href.isEmpty())
                    m_feed.image = FeedImage{href, {}, {}, 0, 0};
            }
            return Role::Ignore;
        }
        if (is(local, "link")) {
            if (attribute(attributes, "rel").trimmed().toLower() == QLatin1String("image"))
                handleLink(attributes);
            return Role::Ignore;
        }
        if (is(local, "category")) {
            Category category;
            category.term = attribute(attributes, "text");
            category.scheme = QStringLiteral("http://www.itunes.com/");
            if (QList<Category> *list = currentCategories())
                addCategory(*list, category);
            return Role::Ignore;
        }
        return Role::Ignore;
    case Ns::Wfw:
        if (is(local, "commentrss"))
            return text(Target::CommentsFeed);
        return Role::Ignore;
    case Ns::Slash:
        if (is(local, "comments"))
            return text(Target::CommentCount);
        return Role::Ignore;
    case Ns::Thr:
        if (is(local, "total"))
            return text(Target::CommentCount);
        if (is(local, "in-reply-to") && m_inEntry) {
            QString ref = attribute(attributes, "ref").trimmed();
            if (ref.isEmpty())
                ref = resolveUrl(attribute(attributes, "href"));
            if (m_entry.inReplyTo.isEmpty())
                m_entry.inReplyTo = ref;
        }
        return Role::Ignore;
    case Ns::Xhtml:
        if (is(local, "body") && m_inEntry)
            return text(Target::Content);
        return Role::Ignore;
    case Ns::Xml:
    case Ns::Other:
        return Role::Ignore;
    }
    return Role::Ignore;
}

void FeedBuilder::startRole(Role role, const XmlName &name, const std::vector<XmlAttribute> &attributes)
{
    switch (role) {
    case Role::Ignore:
    case Role::Markup:
        return;
    case Role::Skip:
        ++m_sourceDepth;
        return;
    case Role::Root: {
        const bool first = !m_sawRoot;
        m_sawRoot = true;
        m_inFeed = true;
        if (!first)
            return;
        const QString version = attribute(attributes, "version").trimmed();
        if (is(name.local, "rss")) {
            if (version == QLatin1String("0.91"))
                m_feed.version = m_netscapeDoctype ? QStringLiteral("rss091n") : QStringLiteral("rss091u");
            else if (version == QLatin1String("0.92"))
                m_feed.version = QStringLiteral("rss092");
            else if (version == QLatin1String("0.93"))
                m_feed.version = QStringLiteral("rss093");
            else if (version == QLatin1String("0.94"))
                m_feed.version = QStringLiteral("rss094");
            else if (version == QLatin1String("2.0") || version == QLatin1String("2") ||
                     version.startsWith(QLatin1String("2.")))
                m_feed.version = QStringLiteral("rss20");
            else
                m_feed.version = QStringLiteral("rss");
        } else if (name.ns == Ns::Rdf) {
            m_feed.version = m_declaresRss090 ? QStringLiteral("rss090") : QStringLiteral("rss10");
        } else {
            m_feed.version = QStringLiteral("rss");
        }
        const QString lang = xmlAttribute(attributes, "lang");
        if (!lang.isEmpty() && m_options.defaultLanguage.isEmpty())
            m_options.defaultLanguage = lang;
        else if (!lang.isEmpty())
            m_options.defaultLanguage = lang;
        return;
    }
    case Role::Channel: {
        const bool isFeedElement = is(name.local, "feed");
        if (isFeedElement && !m_sawRoot) {
            const QString version = attribute(attributes, "version").trimmed();
            if (name.ns == Ns::Atom10)
                m_feed.version = QStringLiteral("atom10");
            else if (version == QLatin1String("0.3") || name.ns == Ns::Atom03)
                m_feed.version = QStringLiteral("atom03");
            else if (version == QLatin1String("0.2"))
                m_feed.version = QStringLiteral("atom02");
            else if (version == QLatin1String("0.1"))
                m_feed.version = QStringLiteral("atom01");
            else
                m_feed.version = QStringLiteral("atom");
            m_atom03 = m_feed.version == QLatin1String("atom03") ||
                       m_feed.version == QLatin1String("atom02") || m_feed.version == QLatin1String("atom01");
        } else if (!m_sawRoot) {
            m_feed.version = QStringLiteral("rss");
        }
        if (name.ns == Ns::Rss090)
            m_feed.version = QStringLiteral("rss090");
        m_sawRoot = true;
        m_inFeed = true;
        const QString lang = xmlAttribute(attributes, "lang");
        if (!lang.isEmpty())
            m_options.defaultLanguage = lang;
        return;
    }
    case Role::Item: {
        if (m_inEntry)
            finishEntry();
        if (name.ns == Ns::Rss090)
            m_feed.version = QStringLiteral("rss090");
        m_inEntry = true;
        m_entry = Entry();
        m_linkFromGuid = false;
        m_itunesSummary.clear();
        m_mediaTitle.clear();
        for (const XmlAttribute &a : attributes) {
            if (a.name.ns == Ns::Rdf && is(a.name.local, "about"))
                m_entry.id = str(a.value).trimmed();
        }
        return;
    }
    case Role::Image:
        ++m_imageDepth;
        return;
    case Role::Person:
    case Role::Contributor:
        m_inAuthor = true;
        m_authorIsContributor = role == Role::Contributor;
        m_person = Person();
        return;
    case Role::Link: {
        const bool atom = name.ns == Ns::Atom03 || name.ns == Ns::Atom10 ||
                          (name.ns == Ns::None && m_feed.version.startsWith(QLatin1String("atom")));
        if (hasAttribute(attributes, "href")) {
            handleLink(attributes);
            return;
        }
        m_pendingLink = Link();
        if (atom) {
            m_pendingLink.rel = attribute(attributes, "rel").trimmed();
            m_pendingLink.type = attribute(attributes, "type").trimmed();
            m_pendingLink.title = attribute(attributes, "title");
            m_pendingLink.hreflang = attribute(attributes, "hreflang");
        }
        m_pendingTarget = Target::Link;
        beginCapture(Target::Link, attributes, false);
        return;
    }
    case Role::Text: {
        const bool atom = name.ns == Ns::Atom03 || name.ns == Ns::Atom10 ||
                          (name.ns == Ns::None && m_feed.version.startsWith(QLatin1String("atom")));
        if (m_pendingTarget == Target::Category) {
            m_pendingCategory = Category();
            m_pendingCategory.term = attribute(attributes, "term");
            m_pendingCategory.scheme = attribute(attributes, "scheme");
            if (m_pendingCategory.scheme.isEmpty())
                m_pendingCategory.scheme = attribute(attributes, "domain");
            m_pendingCategory.label = attribute(attributes, "label");
            if (name.ns == Ns::Media && m_pendingCategory.scheme.isEmpty())
                m_pendingCategory.scheme = QStringLiteral("http://search.yahoo.com/mrss/category_schema");
        }
        if (m_pendingTarget == Target::Guid)
            m_guidIsPermalink =
                attribute(attributes, "ispermalink").trimmed().toLower() != QLatin1String("false");
        if (m_pendingTarget == Target::Generator && !attribute(attributes, "uri").isEmpty() && !m_inEntry)
            m_feed.generator = attribute(attributes, "uri");
        // xhtml:body is inline XHTML; RSS bodies are HTML; Atom constructs default to text.
        beginCapture(m_pendingTarget, attributes, atom);
        if (name.ns == Ns::Xhtml || is(name.local, "body"))
            m_capture.type = QStringLiteral("application/xhtml+xml");
        return;
    }
    }
}

void FeedBuilder::endRole(Role role)
{
    switch (role) {
    case Role::Skip:
        --m_sourceDepth;
        return;
    case Role::Item:
        if (m_inEntry)
            finishEntry();
        return;
    case Role::Image:
        --m_imageDepth;
        return;
    case Role::Person:
    case Role::Contributor: {
        m_inAuthor = false;
        if (m_authorIsContributor)
            return;
        Person person = m_person;
        if (person.name.isEmpty() && person.email.isEmpty() && person.uri.isEmpty())
            return;
        if (m_inEntry) {
            m_entry.authors.append(person);
            if (m_entry.author.name.isEmpty() && m_entry.author.email.isEmpty())
                m_entry.author = person;
        } else if (m_inFeed) {
            m_feed.authors.append(person);
            if (m_feed.author.name.isEmpty() && m_feed.author.email.isEmpty())
                m_feed.author = person;
        }
        return;
    }
    default:
        return;
    }
}

QList<Category> *FeedBuilder::currentCategories()
{
    if (m_inEntry)
        return &m_entry.categories;
    if (m_inFeed)
        return &m_feed.categories;
    return nullptr;
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
    case Target::Description:
        if (!entry) {
            setFirst(m_feed.subtitle, htmlField(std::move(raw), capture));
        } else if (m_entry.summary.isEmpty()) {
            m_entry.summary = htmlField(std::move(raw), capture);
        } else {
            setFirst(m_entry.content, htmlField(std::move(raw), capture));
        }
        return;
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
        const QString value = textField(std::move(raw), capture);
        if (value.isEmpty())
            return;
        const Person person = Text::parsePerson(value);
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
