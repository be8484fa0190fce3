#pragma once

// "Add site": from any address the user types (a feed, a web page, a WordPress site, a JSON
// API) to the list of sources it offers. The parsing is pure (discover… functions below);
// Discoverer does the fetching.

#include "domain/site.h"
#include "net/network.h"

#include <QObject>
#include <QPointer>

namespace Broadsheet::Sites {

// One source a site offers.
struct Candidate
{
    SourceKind kind = SourceKind::Feed;
    QString title;  // the site's or the feed's name
    QString format; // human: "RSS feed", "Atom feed", "JSON Feed", "WordPress REST API", "JSON API"
    QUrl url;       // becomes Site::sourceUrl: feed URL, REST API root or JSON API base
    QUrl homeUrl;
    CommentBackend commentBackend = CommentBackend::Auto;

    Site toSite() const;
    friend bool operator==(const Candidate &, const Candidate &) = default;
};

// What the user typed, as a URL: "example.org" → https://example.org/, "feed:https://…" and
// "feed://…" → the web URL, a local path → a file: URL. Empty (and error set) when it is none.
QUrl normalizeAddress(const QString &text, QString *error = nullptr);

// What a feed's type or version is called for the user: "Atom feed", "JSON Feed", "RSS feed".
QString feedFormat(const QString &typeOrVersion);

// A feed link, the REST API root and the title found in an HTML page.
struct HtmlLinks
{
    struct FeedLink
    {
        QUrl url;
        QString type; // application/rss+xml, application/atom+xml, application/feed+json
        QString title;
    };
    QString title; // <title>, else og:site_name
    QList<FeedLink> feeds;
    QUrl apiRoot; // <link rel="https://api.w.org/" href>
    // A single post's page: <link rel="alternate" type="application/json" href="…/wp/v2/posts/9">
    // and <link rel="shortlink" href="…/?p=9">.
    QUrl postApiLink;
    QUrl shortlink;
};

// Scans an HTML document (parsed with gumbo, as a browser would) for <link rel="alternate">
// feeds, <link rel="https://api.w.org/"> and the title. Relative links resolve against
// <base href> or pageUrl.
HtmlLinks scanHtml(const QByteArray &html, const QUrl &pageUrl);

// What one response offers: the candidates, in the order the user should see them, and
// the WordPress REST API root to confirm (Link header, <link> tag, or the URL itself).
struct DiscoveryStep
{
    QList<Candidate> candidates;
    QUrl wordPressRoot;  // empty when the site shows no sign of WordPress
    bool isFeed = false; // the URL is a feed: it is followed as is (first candidate)
    bool isHtml = false;
    QString error; // human, when nothing could be found in the response
};
DiscoveryStep discoverFromResponse(const QUrl &requested, const Net::Response &response);

// Confirms a REST API root from its index (GET root): the "wp/v2" namespace must be there.
// Returns the WordPress candidate (title from "name") or nothing, with error set.
std::optional<Candidate> wordPressFromIndex(const QUrl &root, const Net::Response &response, QString *error);

// Fetches an address and lists what it offers.
class Discoverer : public QObject
{
    Q_OBJECT
public:
    explicit Discoverer(Net::NetworkManager &network, QObject *parent = nullptr);
    ~Discoverer() override;

    struct Result
    {
        bool ok = false; // at least one candidate
        QString error;   // human, when !ok
        QString notice;  // human, something worth telling even when ok
        QUrl url;        // the normalized address
        QList<Candidate> candidates;
        QString opmlFile; // the address is a local OPML subscription list: import it instead
    };

    void discover(const QString &address);
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const Broadsheet::Sites::Discoverer::Result &result);

private:
    void discoverFile(const QString &path);
    void handlePage(const Net::Response &response);
    void handleIndex(const Net::Response &response);
    void finish();

    Net::NetworkManager &m_network;
    QPointer<Net::Reply> m_reply;
    DiscoveryStep m_step;
    Result m_result;
    bool m_running = false;
    bool m_probedJsonApi = false;
    quint64 m_generation = 0;
};

} // namespace Broadsheet::Sites

Q_DECLARE_METATYPE(Broadsheet::Sites::Discoverer::Result)
