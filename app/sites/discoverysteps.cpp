// Site discovery without the network: what an address is, what a page or a response says
// about the site's sources (feeds, WordPress REST, the JSON API). Discoverer (discovery.cpp)
// drives these over the network.

#include "sites/discovery.h"

#include "feeds/feedparser.h"
#include "feeds/opml.h"
#include "feeds/textconstruct.h"
#include "html/depthlimit.h"
#include "sites/candidatechoice.h"
#include "sites/jsonapi.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace Broadsheet::Sites {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites)
};

QString mimeOf(const Net::Response &response)
{
    return QString::fromLatin1(response.header("Content-Type"))
        .section(QLatin1Char(';'), 0, 0)
        .trimmed()
        .toLower();
}

bool isFeedType(const QString &type, const QUrl &href)
{
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("application/rss+xml") || t == QLatin1String("application/atom+xml") ||
        t == QLatin1String("application/rdf+xml") || t == QLatin1String("application/feed+json") ||
        t == QLatin1String("application/x-rss+xml") || t == QLatin1String("text/xml") ||
        t == QLatin1String("application/xml"))
        return true;
    // Older JSON Feeds say application/json; WordPress uses the same type for REST links
    // of a post (/wp-json/wp/v2/posts/9), which are not feeds.
    if (t == QLatin1String("application/json"))
        return !href.path().contains(QLatin1String("/wp-json")) &&
               !href.query().contains(QLatin1String("rest_route"));
    return false;
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString textOf(const GumboNode *node)
{
    QString text;
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(n->v.text.text);
        } else if (n->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified();
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

void addUnique(QList<Candidate> &list, const Candidate &candidate)
{
    for (const Candidate &c : std::as_const(list)) {
        if (c.url == candidate.url)
            return;
    }
    list.append(candidate);
}

Candidate wordPressCandidate(const QUrl &root, const QString &title)
{
    Candidate c;
    c.kind = SourceKind::WordPress;
    c.format = Text::tr("WordPress REST API");
    c.url = root;
    c.homeUrl = WordPressApi::homeFromRoot(root);
    c.title = title.isEmpty() ? c.homeUrl.host() : title;
    c.commentBackend = CommentBackend::Auto;
    return c;
}

} // namespace

QString feedFormat(const QString &typeOrVersion)
{
    const QString t = typeOrVersion.toLower();
    if (t.contains(QLatin1String("atom")))
        return Text::tr("Atom feed");
    if (t.contains(QLatin1String("json")))
        return Text::tr("JSON Feed");
    return Text::tr("RSS feed");
}

Site Candidate::toSite() const
{
    Site site;
    site.kind = kind;
    site.title = title.isEmpty() ? url.toString() : title;
    site.sourceUrl = url;
    site.homeUrl = homeUrl;
    site.commentBackend = commentBackend;
    return site;
}

QUrl normalizeAddress(const QString &input, QString *error)
{
    QString text = input.trimmed();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (text.isEmpty())
        return fail(Text::tr("Type the address of a site or a feed."));
    // feed:https://example.org/feed, feed://example.org/feed (the old feed: scheme)
    if (text.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        text = text.mid(5);
        if (text.startsWith(QLatin1String("//")))
            text.prepend(QLatin1String("http:"));
    }
    if (text.startsWith(QLatin1Char('/')) || text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ||
        text.startsWith(QLatin1String("~/")) || text.startsWith(QLatin1String("./"))) {
        QUrl url = text.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(text)
                                                                                : QUrl::fromLocalFile(text);
        if (!url.isLocalFile())
            return fail(Text::tr("“%1” is not a file address.").arg(input));
        return url;
    }
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (scheme.match(text).hasMatch() && !text.contains(QRegularExpression(QStringLiteral("^[^:/]+:\\d")))) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            return fail(Text::tr("Broadsheet reads sites over http and https, not %1.").arg(url.scheme()));
    }
    const bool typedScheme = text.contains(QLatin1String("://"));
    if (!typedScheme) {
        if (QFileInfo::exists(text))
            return QUrl::fromLocalFile(QFileInfo(text).absoluteFilePath());
        text.prepend(QLatin1String("https://"));
    }
    const QString notAnAddress =
        Text::tr("That is not a web address. Type one like example.org or https://example.org/feed/.");
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (text.contains(space))
        return fail(notAnAddress); // "not a url", "hello world": words, not an address
    QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty())
        return fail(notAnAddress);
    // A single word ("hello") is a web address only when typed as one: https://intranet/
    const QString host = url.host();
    if (!typedScheme && !host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':')) &&
        host != QLatin1String("localhost") && url.port() == -1)
        return fail(notAnAddress);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return fail(Text::tr("Broadsheet reads sites over http and https, not %1.").arg(url.scheme()));
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

HtmlLinks scanHtml(const QByteArray &html, const QUrl &pageUrl)
{
    HtmlLinks links;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    // Only the head matters, but a hostile page may nest deeply anywhere: bound it first.
    const QByteArray bounded = Html::Detail::limitNesting(html);
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, bounded.constData(), static_cast<size_t>(bounded.size())));
    if (!output)
        return links;
    QUrl base = pageUrl;
    bool baseSeen = false;
    QString siteName;
    std::vector<const GumboNode *> stack{output->root};
    QList<const GumboElement *> linkElements; // in document order
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &e = node->v.element;
        switch (e.tag) {
        case GUMBO_TAG_BASE:
            if (!baseSeen) {
                const QString href = attribute(e, "href").trimmed();
                if (!href.isEmpty()) {
                    base = pageUrl.resolved(QUrl(href));
                    baseSeen = true;
                }
            }
            break;
        case GUMBO_TAG_TITLE:
            if (links.title.isEmpty())
                links.title = textOf(node);
            break;
        case GUMBO_TAG_META:
            if (attribute(e, "property") == QLatin1String("og:site_name"))
                siteName = attribute(e, "content").simplified();
            break;
        case GUMBO_TAG_LINK:
            linkElements.append(&e);
            break;
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
            continue;
        default:
            break;
        }
        for (unsigned i = e.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(e.children.data[i - 1]));
    }
    if (links.title.isEmpty())
        links.title = siteName;
    for (const GumboElement *element : std::as_const(linkElements)) {
        const QString href = attribute(*element, "href").trimmed();
        if (href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (!isWebUrl(url))
            continue;
        const QStringList rels = attribute(*element, "rel")
                                     .toLower()
                                     .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (rels.contains(QLatin1String("https://api.w.org/"))) {
            if (links.apiRoot.isEmpty())
                links.apiRoot = url;
            continue;
        }
        if (rels.contains(QLatin1String("shortlink")) && links.shortlink.isEmpty())
            links.shortlink = url;
        if (!rels.contains(QLatin1String("alternate")))
            continue;
        const QString type = attribute(*element, "type");
        if (links.postApiLink.isEmpty() && type.trimmed().toLower() == QLatin1String("application/json") &&
            !WordPressApi::rootFromEndpoint(url).isEmpty())
            links.postApiLink = url;
        if (!isFeedType(type, url))
            continue;
        bool seen = false;
        for (const HtmlLinks::FeedLink &f : std::as_const(links.feeds))
            seen = seen || f.url == url;
        if (!seen)
            links.feeds.append({url, type.trimmed().toLower(), attribute(*element, "title").simplified()});
    }
    return links;
}

DiscoveryStep discoverFromResponse(const QUrl &requested, const Net::Response &response)
{
    DiscoveryStep step;
    const QUrl url = response.url.isEmpty() ? requested : response.url;
    if (!response.ok()) {
        step.error = response.errorMessage.isEmpty() ? Text::tr("The address could not be read.")
                                                     : response.errorMessage;
        return step;
    }
    step.wordPressRoot = WordPressApi::apiRootFromLinkHeader(WordPress::linkHeader(response), url);
    const QString mime = mimeOf(response);
    const QByteArray head = response.body.left(512).trimmed().toLower();
    const bool json = mime.contains(QLatin1String("json")) || head.startsWith('{') || head.startsWith('[');
    const bool html = mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml") ||
                      head.startsWith("<!doctype html") || head.startsWith("<html");

    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(response.body);
        const QJsonObject object = doc.object();
        if (doc.isObject() &&
            object.value(QLatin1String("namespaces")).toArray().contains(QLatin1String("wp/v2"))) {
            // The REST index itself.
            step.wordPressRoot = WordPressApi::rootFromEndpoint(url);
            if (step.wordPressRoot.isEmpty())
                step.wordPressRoot = url;
            step.candidates.append(wordPressCandidate(
                step.wordPressRoot, Feeds::Text::htmlToText(object.value(QLatin1String("name")).toString())));
            return step;
        }
        if (doc.isObject() && object.value(QLatin1String("articles")).isArray()) {
            Candidate c;
            c.kind = SourceKind::JsonApi;
            c.format = Text::tr("JSON API");
            c.url = JsonApi::baseFromArticlesUrl(url);
            if (c.url.isEmpty())
                c.url = url;
            c.homeUrl = c.url.resolved(QUrl(QStringLiteral("/")));
            c.title = c.homeUrl.host();
            c.commentBackend = CommentBackend::JsonApi;
            step.candidates.append(c);
            return step;
        }
        if (doc.isArray()) {
            const QJsonObject first = doc.array().first().toObject();
            const QUrl root = WordPressApi::rootFromEndpoint(url);
            if (!root.isEmpty() && first.value(QLatin1String("title")).isObject()) {
                step.wordPressRoot = root;
                step.candidates.append(wordPressCandidate(root, {}));
                return step;
            }
        }
    }
    if (!html) {
        Feeds::ParseOptions options;
        options.documentUrl = url;
        options.httpHeaders = response.headers;
        options.sanitize = false;
        const Feeds::ParseResult parsed = Feeds::parseFeed(response.body, options);
        if (parsed.ok && !parsed.feed.version.isEmpty()) {
            Candidate c;
            c.kind = SourceKind::Feed;
            c.format = feedFormat(parsed.feed.version);
            c.url = url; // followed as is
            c.title = parsed.feed.title.isEmpty() ? url.host() : parsed.feed.title;
            c.homeUrl = QUrl(parsed.feed.link);
            c.commentBackend = CommentBackend::Auto;
            step.isFeed = true;
            step.candidates.append(c);
            if (!step.wordPressRoot.isEmpty())
                addUnique(step.candidates, wordPressCandidate(step.wordPressRoot, c.title));
            return step;
        }
    }
    if (html || !json) {
        const HtmlLinks links = scanHtml(response.body, url);
        if (!links.feeds.isEmpty() || !links.apiRoot.isEmpty() || html)
            step.isHtml = true;
        if (step.wordPressRoot.isEmpty())
            step.wordPressRoot = links.apiRoot;
        const QString siteTitle = links.title; // gumbo decoded the references
        if (!step.wordPressRoot.isEmpty())
            step.candidates.append(wordPressCandidate(step.wordPressRoot, siteTitle));
        for (const HtmlLinks::FeedLink &feed : links.feeds) {
            Candidate c;
            c.kind = SourceKind::Feed;
            c.format = feedFormat(feed.type);
            c.url = feed.url;
            c.title = feed.title.isEmpty() ? siteTitle : feed.title;
            if (c.title.isEmpty())
                c.title = url.host();
            c.homeUrl = url;
            c.commentBackend = CommentBackend::Auto;
            addUnique(step.candidates, c);
        }
    }
    if (step.candidates.isEmpty()) {
        step.error = step.isHtml
                         ? Text::tr("The page at %1 does not link to a feed, and it is not a WordPress site.")
                               .arg(url.toDisplayString())
                         : Text::tr("The document at %1 is neither a feed nor a web page Broadsheet knows.")
                               .arg(url.toDisplayString());
    }
    return step;
}

std::optional<Candidate> wordPressFromIndex(const QUrl &root, const Net::Response &response, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Candidate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!response.ok())
        return fail(Text::tr("The site's WordPress REST API is not available: %1")
                        .arg(WordPress::errorMessage(response)));
    const QJsonObject index = QJsonDocument::fromJson(response.body).object();
    const QJsonArray namespaces = index.value(QLatin1String("namespaces")).toArray();
    if (!namespaces.contains(QLatin1String("wp/v2")))
        return fail(Text::tr("The site's REST API at %1 does not offer WordPress posts (wp/v2).")
                        .arg(root.toDisplayString()));
    Candidate c = wordPressCandidate(
        root, Feeds::Text::htmlToText(index.value(QLatin1String("name")).toString()).trimmed());
    const QUrl home = QUrl(index.value(QLatin1String("home")).toString());
    if (isWebUrl(home))
        c.homeUrl = home;
    return c;
}

} // namespace Broadsheet::Sites
