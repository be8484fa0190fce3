// FeedBuilder: what each RSS/Atom element is (the vocabulary) and the containers it opens.

#include "feeds/feedbuilder.h"
#include "feeds/feedbuilder_p.h"

#include "feeds/urls.h"

namespace Broadsheet::Feeds {

using namespace Detail;

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
    case Ns::BroadsheetOpml:
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
} // namespace Broadsheet::Feeds
